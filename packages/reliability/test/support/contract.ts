// What every run of every command must look like, whatever it was given: one schema-valid envelope on stdout
// (or help text when asked for help), a documented exit code that agrees with the envelope, never an INTERNAL
// error, never a stack trace, never a hang.
import { EXIT_CODES, exitCodeFor, fieldName, validateEnvelope, type Envelope } from '@envboot/core';
import { hasStackTrace } from '@envboot/testkit';

export const DOCUMENTED_EXITS: ReadonlySet<number> = new Set([0, ...Object.values(EXIT_CODES)]);

export interface RunLike {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Verdict {
  problems: string[];
  envelope: Envelope | null;
}

const HELP_FLAGS = new Set(['--help', '-h', '--version', '-V']);

// A `--` may end the options or be the value of the flag before it: any token may be a flag.

/** Whether yargs may have answered with help or version text instead of running the command. */
export function askedForHelp(argv: readonly string[]): boolean {
  // Short flags may come together: yargs reads `-1h` as -1 and -h.
  return argv.some((a) => HELP_FLAGS.has(a) || /^-[^-=]*[hV]/.test(a));
}

function askedFor(argv: readonly string[], flag: string): boolean {
  return argv.some((a) => a === flag || a.startsWith(`${flag}=`));
}

/** The envelope stdin held, when it was one (a failure in it travels down the pipe unchanged). */
export function upstreamOf(stdin: string | undefined): Envelope | null {
  if (stdin === undefined) return null;
  try {
    const doc: unknown = JSON.parse(stdin);
    return validateEnvelope(doc).valid ? (doc as Envelope) : null;
  } catch {
    return null;
  }
}

export function judge(argv: readonly string[], run: RunLike, stdin?: string): Verdict {
  const problems: string[] = [];
  if (run.code === null) return { problems: ['did not finish (a hang)'], envelope: null };
  if (!DOCUMENTED_EXITS.has(run.code)) problems.push(`undocumented exit code ${run.code}`);
  if (hasStackTrace(run.stdout) || hasStackTrace(run.stderr)) problems.push('a stack trace was printed');
  if (run.code === 0 && askedForHelp(argv) && !run.stdout.startsWith('{')) {
    if (run.stdout.trim() === '') problems.push('help was asked for and nothing was printed');
    return { problems, envelope: null };
  }
  const text = run.stdout;
  // One line, unless --pretty asked for it indented.
  if (!text.endsWith('\n') || (text.trimEnd().includes('\n') && !askedFor(argv, '--pretty'))) {
    problems.push(`stdout is not one line: ${JSON.stringify(text.slice(0, 300))}`);
    return { problems, envelope: null };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    problems.push(`stdout is not JSON: ${JSON.stringify(text.slice(0, 300))}`);
    return { problems, envelope: null };
  }
  const valid = validateEnvelope(doc);
  if (!valid.valid) {
    const first = valid.problems[0]!;
    problems.push(`the envelope does not follow the schemas: ${fieldName(first.path)} ${first.message}`);
    return { problems, envelope: null };
  }
  const envelope = doc as Envelope;
  if (envelope.ok !== (run.code === 0)) problems.push(`ok is ${envelope.ok} with exit ${run.code}`);
  if (!envelope.ok) {
    const code = envelope.error!.code;
    if (exitCodeFor(code) !== run.code)
      problems.push(`${code} should exit ${exitCodeFor(code)}, not ${run.code}`);
    const upstream = upstreamOf(stdin);
    const passedOn = upstream?.ok === false && JSON.stringify(upstream) === JSON.stringify(envelope);
    if (code === 'INTERNAL' && !passedOn) problems.push(`INTERNAL error: ${envelope.error!.message}`);
  }
  return { problems, envelope };
}
