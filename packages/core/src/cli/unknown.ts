// What yargs did not know on a command line, said the way the user typed it: each unknown flag or word once (yargs
// also lists a flag's camelCase twin, --node-typ as nodeTyp), with the known names closest to it.
import { suggestionsFor } from '../suggest.js';

/** The names a command line may hold where yargs found something unknown. */
export interface KnownNames {
  /** The program as typed before a command ("envboot"). */
  program: string;
  /** Every command and alias. */
  commands: string[];
  /** Whether the line named one of them: its words are then arguments, not a command. */
  inCommand: boolean;
  /** The long flags of the command (of the program when there is none), without dashes. */
  flags: string[];
}

export interface UnknownError {
  message: string;
  /** The first unknown flag, without dashes (the envelope's error.field). */
  field: string | null;
  details: { unknown: string[]; suggestions?: Record<string, string[]> };
}

/** The names of yargs' "Unknown argument(s): a, b" message; null for any other message. */
export function unknownNamesIn(message: string): string[] | null {
  const match = /^Unknown arguments?: (.*)$/s.exec(message.trim());
  return match ? match[1]!.split(', ').map((n) => n.replace(/^"(.*)"$/, '$1')) : null;
}

/** Each of yargs' names as it appears on the line: a flag (--x, -x, --no-x) or a word; twins are left out. */
export function onLine(names: string[], argv: string[]): { flags: string[]; words: string[] } {
  const end = argv.indexOf('--');
  const tokens = end < 0 ? argv : argv.slice(0, end);
  const flags: string[] = [];
  const words: string[] = [];
  for (const name of names) {
    const flag = tokens
      .map((t) => t.split('=')[0]!)
      .find(
        (t) =>
          t === `--${name}` ||
          t === `--no-${name}` ||
          (name.length === 1 && /^-[^-]/.test(t) && t.slice(1).includes(name)),
      );
    if (flag) {
      const spelled = flag.startsWith('--') ? flag : `-${name}`;
      if (!flags.includes(spelled)) flags.push(spelled);
    } else if (tokens.includes(name) && !words.includes(name)) words.push(name);
  }
  return { flags, words };
}

const quoted = (word: string) => `"${word}"`;

/** "a", "a or b", "a, b or c". */
function either(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * The error for yargs' unknown-arguments message, or null when the message is another one or names nothing found
 * on the line (yargs' own message is then kept).
 */
export function unknownError(message: string, argv: string[], known: KnownNames): UnknownError | null {
  const names = unknownNamesIn(message);
  if (!names) return null;
  const { flags, words } = onLine(names, argv);
  const suggestions: Record<string, string[]> = {};
  const parts: string[] = [];
  if (!known.inCommand && words.length > 0) {
    // Without a command the flags cannot be judged: the command is what is wrong.
    const word = words[0]!;
    const near = suggestionsFor(word, known.commands).map((c) => `${known.program} ${c}`);
    if (near.length) suggestions[word] = near;
    parts.push(`unknown command ${quoted(word)}${near.length ? `: did you mean ${either(near)}?` : ''}`);
    return { message: parts.join('; '), field: null, details: withSuggestions([word], suggestions) };
  }
  if (flags.length > 0) {
    const said = flags.map((flag) => {
      const near = nearFlags(flag, known.flags);
      if (near.length) suggestions[flag] = near;
      return { flag, near };
    });
    if (said.length === 1) {
      const [{ flag, near }] = said as [{ flag: string; near: string[] }];
      parts.push(`unknown flag ${flag}${near.length ? `: did you mean ${either(near)}?` : ''}`);
    } else {
      const each = said.map(({ flag, near }) =>
        near.length ? `${flag} (did you mean ${either(near)}?)` : flag,
      );
      parts.push(`unknown flags ${each.join(', ')}`);
    }
  }
  if (words.length > 0) {
    parts.push(`unexpected argument${words.length > 1 ? 's' : ''} ${words.map(quoted).join(', ')}`);
  }
  if (parts.length === 0) return null;
  const field = flags[0]?.replace(/^-+/, '') ?? null;
  return { message: parts.join('; '), field, details: withSuggestions([...flags, ...words], suggestions) };
}

/** The long flags a typed one probably meant; none for a short flag (-z), too short to compare with anything. */
function nearFlags(flag: string, known: string[]): string[] {
  if (!flag.startsWith('--')) return [];
  const negated = flag.startsWith('--no-') ? 'no-' : '';
  return suggestionsFor(flag.slice(2 + negated.length), known).map((f) => `--${negated}${f}`);
}

function withSuggestions(unknown: string[], suggestions: Record<string, string[]>): UnknownError['details'] {
  return Object.keys(suggestions).length ? { unknown, suggestions } : { unknown };
}
