// Small helpers for reading text files: the line a thing is on, and parsing that reports a file it cannot read.
import { parse as parseToml, TomlError } from 'smol-toml';

/** 1-based line of the first line containing `needle` (a string or a pattern), or null. */
export function lineOf(text: string, needle: string | RegExp): number | null {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
  return i < 0 ? null : i + 1;
}

/** The text of a 1-based line. */
export function lineText(text: string, line: number | null): string {
  if (line === null) return '';
  return text.split(/\r?\n/)[line - 1] ?? '';
}

/** Where a detector reports a file it was meant to read but could not (it is put in the analysis's warnings). */
export type Warn = (file: string, reason: string) => void;

/** The parser's first line, with its position: "Invalid TOML document: invalid value (line 3, column 7)". */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/:$/, '');
}

/** A TOML document; null, with a warning, when the file is not TOML. Other failures are faults and propagate. */
export function tomlOf(text: string, file: string, warn: Warn): Record<string, unknown> | null {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    warn(file, `not valid TOML: ${firstLine(err.message)}`);
    return null;
  }
}

/**
 * A YAML document; null, with a warning, when the file is not YAML. The parser is a large module: it loads on the
 * first YAML file read, so that repositories without one (most) never pay for it.
 */
export async function yamlOf(text: string, file: string, warn: Warn): Promise<unknown> {
  const yaml = await import('yaml');
  try {
    // Warnings (an unknown tag, say) are not failures: the document is still read, and nothing is printed.
    return yaml.parse(text, { logLevel: 'error' }) as unknown;
  } catch (err) {
    if (!(err instanceof yaml.YAMLError)) throw err;
    warn(file, `not valid YAML: ${firstLine(err.message)}`);
    return null;
  }
}

/** A JSON document; null, with a warning, when the file is not JSON. */
export function jsonOf(text: string, file: string, warn: Warn): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    warn(file, `not valid JSON: ${firstLine(err.message)}`);
    return null;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A group name that means development only (tests, docs, lint). */
export function isDevGroup(name: string): boolean {
  return /^(dev|develop|development|test|tests|testing|docs?|lint|linting|style|typing|ci|benchmarks?|pre-?commit)$/i.test(
    name,
  );
}

/**
 * A Markdown fence line (```, ~~~, with an info string) that opens or closes a code block: not one that opens and
 * closes on the same line (```pip install timm==0.3.2```), which is inline code.
 */
export function isFence(line: string): boolean {
  const m = /^\s*(```+|~~~+)(.*)$/.exec(line);
  return m !== null && !m[2]!.includes(m[1]!.slice(0, 3));
}

/** The code of a one-line fenced span (```pip install timm```), or null. */
export function oneLineFence(line: string): string | null {
  return /^\s*(```+|~~~+)(.+?)\1\s*$/.exec(line)?.[2]!.trim() || null;
}
