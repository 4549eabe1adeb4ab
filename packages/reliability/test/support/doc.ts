// docs/reliability.md is partly written by the suite: the text between <!-- reliability:NAME --> and
// <!-- /reliability:NAME --> is replaced by what the last run measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@envboot/testkit';

export const RELIABILITY_DOC = join(REPO_ROOT, 'docs/reliability.md');

export function writeSection(name: string, body: string, file = RELIABILITY_DOC): void {
  const text = readFileSync(file, 'utf8');
  const open = `<!-- reliability:${name} -->`;
  const close = `<!-- /reliability:${name} -->`;
  const from = text.indexOf(open);
  const to = text.indexOf(close);
  if (from < 0 || to < from) throw new Error(`${file} has no ${open} … ${close} section`);
  const next = `${text.slice(0, from + open.length)}\n${body.trimEnd()}\n${text.slice(to)}`;
  if (next !== text) writeFileSync(file, next);
}

/** A markdown table; cells may not hold a pipe. */
export function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
