// What the word under the cursor may become: a command, a flag of the command, or a value (a site, a node type, a
// run id, a lease name). Pure: the command table and the sources of values are given; nothing here calls the cloud.
import type { CommandSpec } from '../commands/index.js';

export interface Candidate {
  value: string;
  description?: string;
}

/** Where values come from (files on this machine, never the network). */
export interface Values {
  sites(): string[];
  nodeTypes(site: string | undefined): string[];
  leases(site: string | undefined): string[];
  runs(): string[];
}

type Source = (values: Values, site: string | undefined) => string[];

/** Flags whose values are known without asking anyone. */
const FLAG_VALUES: Record<string, Source> = {
  site: (v) => v.sites(),
  'node-type': (v, site) => v.nodeTypes(site),
  lease: (v, site) => v.leases(site),
  resume: (v) => v.runs(),
  seed: () => ['uc', 'small'],
};

const POSITIONAL_VALUES: Record<string, Source> = {
  lease: (v, site) => v.leases(site),
  run: (v) => v.runs(),
  // envboot ssh's run or server: the runs.
  target: (v) => v.runs(),
  shell: () => ['bash', 'zsh'],
};

const GLOBAL_FLAGS: CommandSpec['options'] = {
  help: { type: 'boolean', describe: 'Show help' },
  version: { type: 'boolean', describe: 'Show the version' },
};

/**
 * `words` are the words after the program's name, the last one the word being completed ('' after a space).
 * `implied` is the command a single-step bin stands for (capacity, api-1, …).
 */
export function complete(
  rawWords: string[],
  commands: CommandSpec[],
  values: Values,
  implied?: string,
): Candidate[] {
  const words = withoutEquals(rawWords);
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const named = (name: string | undefined) =>
    commands.find((c) => c.name === name || c.aliases.includes(name ?? ''));
  const command = named(implied) ?? named(before.find((w) => !w.startsWith('-')));
  const startsWith = (c: Candidate) => c.value.startsWith(current);

  if (!command) {
    if (current.startsWith('-')) return flagCandidates(GLOBAL_FLAGS, before).filter(startsWith);
    return commands.map((c) => ({ value: c.name, description: c.summary })).filter(startsWith);
  }

  const options = { ...command.options, ...GLOBAL_FLAGS };
  const site = siteOn(before);
  const previous = before.at(-1);
  const flag = previous?.startsWith('--') ? resolveFlag(previous.slice(2), options) : undefined;
  if (flag && takesValue(options[flag]!)) {
    const choices =
      (options[flag]!.choices as string[] | undefined) ?? FLAG_VALUES[flag]?.(values, site) ?? [];
    return choices.map((value) => ({ value })).filter(startsWith);
  }
  if (current.startsWith('-')) return flagCandidates(options, before).filter(startsWith);

  const positional = command.positionals[positionalsBefore(before, options, implied ? 0 : 1)];
  const source = positional ? POSITIONAL_VALUES[positional] : undefined;
  if (source)
    return source(values, site)
      .map((value) => ({ value }))
      .filter(startsWith);
  // Nothing to suggest for this word but flags (a file name is left to the shell).
  return current === '' && !positional ? flagCandidates(options, before) : [];
}

/** bash splits `--site=uc` into `--site`, `=`, `uc`: the value then follows its flag as a word of its own. */
function withoutEquals(words: string[]): string[] {
  const last = words.length - 1;
  return words.flatMap((w, i) => (w === '=' ? (i === last ? [''] : []) : [w]));
}

function takesValue(option: CommandSpec['options'][string]): boolean {
  return option.type !== 'boolean' && option.type !== 'count';
}

/** An option by its name or alias (--zone is --site). */
function resolveFlag(name: string, options: CommandSpec['options']): string | undefined {
  if (options[name]) return name;
  return Object.keys(options).find((key) => [options[key]!.alias ?? []].flat().includes(name));
}

/** The site the line names, to complete its own node types and leases. */
function siteOn(words: string[]): string | undefined {
  const i = words.findIndex((w) => w === '--site' || w === '--zone');
  return i >= 0 ? words[i + 1] : undefined;
}

/** Long flags not yet given (a repeatable one may be given again), with what they do. */
function flagCandidates(options: CommandSpec['options'], given: string[]): Candidate[] {
  return Object.entries(options)
    .filter(([name, o]) => o.array === true || !given.includes(`--${name}`))
    .map(([name, o]) => ({ value: `--${name}`, description: String(o.describe ?? '') }));
}

/** How many positional arguments come before the cursor, the command's own name (`skip`) left out. */
function positionalsBefore(words: string[], options: CommandSpec['options'], skip: number): number {
  let count = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (w.startsWith('-')) {
      const flag = w.startsWith('--') && !w.includes('=') ? resolveFlag(w.slice(2), options) : undefined;
      if (flag && takesValue(options[flag]!)) i += 1; // its value
    } else count += 1;
  }
  return Math.max(0, count - skip);
}
