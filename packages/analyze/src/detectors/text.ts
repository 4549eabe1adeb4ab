// Small helpers for reading text files: the line a thing is on, and safe parsing.
import { parse as parseToml } from 'smol-toml';

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

/** A TOML document, or null when it does not parse. */
export function tomlOf(text: string): Record<string, unknown> | null {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * A YAML document, or null when it does not parse. The parser is a large module: it loads on the first YAML file
 * read, so that repositories without one (most) never pay for it.
 */
export async function yamlOf(text: string): Promise<unknown> {
  const { parse } = await import('yaml');
  try {
    return parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A JSON document, or null when it does not parse. */
export function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
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
