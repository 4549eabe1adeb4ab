// docs/reliability.md is partly written by the suite: the text between <!-- reliability:NAME --> and
// <!-- /reliability:NAME --> is replaced by what the last run measured, and only when every test of the file held,
// so the page never reports a run whose checks failed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@envboot/testkit';

export const RELIABILITY_DOC = join(REPO_ROOT, 'docs/reliability.md');

interface CircusBlock {
  type: 'describeBlock' | 'test';
  children?: CircusBlock[];
  errors?: unknown[];
}

export interface CircusState {
  rootDescribeBlock: CircusBlock;
  unhandledErrors: unknown[];
}

/** Whether no test of this state has failed, and nothing failed outside a test. */
export function allHeld(state: CircusState): boolean {
  const held = (block: CircusBlock): boolean =>
    (block.children ?? []).every((c) => (c.type === 'test' ? (c.errors ?? []).length === 0 : held(c)));
  return state.unhandledErrors.length === 0 && held(state.rootDescribeBlock);
}

/** Whether every test of this file that ran has passed so far, from the state jest-circus keeps for the file. */
export function everyTestPassed(): boolean {
  const key = Object.getOwnPropertySymbols(globalThis).find((s) => s.description === 'JEST_STATE_SYMBOL');
  const state = key ? (globalThis as Record<symbol, CircusState | undefined>)[key] : undefined;
  if (!state) throw new Error("jest-circus's state was not found: whether the tests passed cannot be told");
  return allHeld(state);
}

export function writeSection(name: string, body: string, file = RELIABILITY_DOC): void {
  if (!everyTestPassed()) return;
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
