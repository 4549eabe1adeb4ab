// Runs the built envboot CLI as a child process, the way users and pipes run it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Envelope } from '@envboot/core';
import { assertEnvelope } from './envelope.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ENVBOOT_BIN = fileURLToPath(new URL('../../../apps/envboot/bin/envboot.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Written to stdin, which is then closed. Without it stdin is closed at once. */
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
  /** A bin other than envboot (e.g. "api-1"), from apps/envboot/bin. */
  bin?: string;
  /** Leave stdin open and silent, as a parent process that never writes would. */
  keepStdinOpen?: boolean;
}

/** The environment a child CLI gets: the test's, minus jest's Node flags, plus `extra`. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  env.ENVBOOT_LOG_FORMAT ??= 'json';
  return env;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const bin = options.bin
    ? fileURLToPath(new URL(`../../../apps/envboot/bin/${options.bin}.js`, import.meta.url))
    : ENVBOOT_BIN;
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: childEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    if (options.keepStdinOpen) {
      if (options.input) child.stdin.write(options.input);
    } else {
      child.stdin.end(options.input ?? '');
    }
  });
}

/** A run's stdout as exactly one envelope that validates against schemas/envelope.json. */
export function envelopeOf(run: CliRun): Envelope {
  const text = run.stdout;
  if (!text.endsWith('\n') || text.trimEnd().includes('\n')) {
    throw new Error(`expected one envelope on one line, got:\n${text}\nstderr:\n${run.stderr}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`stdout is not JSON (${String(err)}):\n${text}\nstderr:\n${run.stderr}`, { cause: err });
  }
  assertEnvelope(doc);
  return doc;
}

const STACK_FRAME = /^\s+at .+(\(|\s)[^\s]+:\d+:\d+\)?$/m;

/** Whether text looks like it holds a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return STACK_FRAME.test(text);
}
