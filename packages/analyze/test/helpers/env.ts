// Shared bits for the tests: a quiet logger, fetch limits, and the environment git children get.
import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@envboot/core';
import type { FetchLimits, GitEnv } from '@envboot/git-source';

export const log = silentLogger();

const created: string[] = [];

/** A fresh temporary directory, removed when the test file is done. */
export function tempDir(prefix = 'envboot-analyze-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function limits(overrides: Partial<FetchLimits> = {}): FetchLimits {
  const timeoutMs = overrides.timeoutMs ?? 20_000;
  return { maxBytes: 512 * 2 ** 20, timeoutMs, deadline: Date.now() + timeoutMs, ...overrides };
}

export function gitEnv(allowHttp = true): GitEnv {
  return { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() }, allowHttp };
}
