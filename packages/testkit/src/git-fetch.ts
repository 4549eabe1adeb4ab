// What tests that fetch repositories share: temporary directories, fetch limits, and the environment git children get.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fields of a fetch's limits a test sets (git-source's FetchLimits). */
export interface TestFetchLimits {
  maxBytes: number;
  timeoutMs: number;
  deadline: number;
  signal?: AbortSignal;
}

/** Directories made by tempDir; a test file removes them with removeTempDirs (in its afterAll). */
const created: string[] = [];

/** A fresh temporary directory, removed by removeTempDirs. */
export function tempDir(prefix = 'envboot-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Limits generous enough for test repositories, with a deadline from now. */
export function fetchLimits(overrides: Partial<TestFetchLimits> = {}): TestFetchLimits {
  const timeoutMs = overrides.timeoutMs ?? 20_000;
  return { maxBytes: 512 * 2 ** 20, timeoutMs, deadline: Date.now() + timeoutMs, ...overrides };
}

/** The environment git children get in tests: PATH, and a HOME with no git configuration of the user's. */
export function gitTestEnv(allowHttp = true): { env: Record<string, string>; allowHttp: boolean } {
  return { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() }, allowHttp };
}
