// The built bin as a child process, started as `node -- bin/envboot.js …`: the `--` keeps Node 20 from reading a
// script's own `--env-file` argument as its own option (docs/reliability.md, Known limits). Optionally under a
// memory ceiling, and with /dev/zero as an endless stdin.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { ENVBOOT_BIN, type CliRun } from '@envboot/testkit';

export interface ChildOptions {
  env: NodeJS.ProcessEnv;
  /** Text for stdin, or 'endless' for /dev/zero; none: stdin is empty. */
  input?: string | 'endless';
  timeoutMs?: number;
  /**
   * Interrupt (SIGINT) after this long, as a user's Ctrl-C would: a run that is rightly waiting (a lease that starts
   * in days) is bounded, and must then end on its own with its answer or 130. SIGKILL still ends it at timeoutMs.
   */
  interruptMs?: number;
  /** V8 heap ceiling: an unbounded read hits it at once instead of filling the machine. */
  maxOldSpaceMb?: number;
}

export interface ChildRun extends CliRun {
  /** The run was sent SIGINT at interruptMs. */
  interrupted: boolean;
}

export function runChild(args: string[], o: ChildOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const node = o.maxOldSpaceMb ? [`--max-old-space-size=${o.maxOldSpaceMb}`] : [];
    const endless = o.input === 'endless';
    const child = spawn(process.execPath, [...node, '--', ENVBOOT_BIN, ...args], {
      env: o.env,
      stdio: [endless ? openSync('/dev/zero', 'r') : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let interrupted = false;
    const interrupt =
      o.interruptMs === undefined
        ? undefined
        : setTimeout(() => {
            interrupted = true;
            child.kill('SIGINT');
          }, o.interruptMs);
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(interrupt);
      resolve({ code, signal, stdout, stderr, interrupted });
    });
    if (!endless) {
      child.stdin!.on('error', () => {});
      child.stdin!.end(o.input ?? '');
    }
  });
}
