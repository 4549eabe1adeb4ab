// Types of test-summary.mjs, for the tests that drive it.
export function workspaces(root: string): string[];
export function writeScope(root: string, directories: string[]): void;
export function resultFiles(root: string): { tested: string[]; jest: string[]; extra: string[] };
export function summarize(root: string): { passed: number; failed: number; skipped: number; notes: string[] };
