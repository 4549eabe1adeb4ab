// What the tests of the shipped CLI (apps/envboot/bin → dist) share: a private home for each scenario, an
// environment without the caller's own OpenStack and envboot settings, the log lines of a run, and a run at a
// pseudo-terminal.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENVBOOT_BIN, writeSshKey } from '@envboot/testkit';

export interface Sandbox {
  root: string;
  /** $HOME (~/.config/openstack is searched when XDG_CONFIG_HOME is unset). */
  home: string;
  /** The working directory of the run (./clouds.yaml is searched there). */
  cwd: string;
  /** A directory for XDG_CONFIG_HOME, unset unless a test sets it. */
  config: string;
  /** HOME and XDG_CACHE_HOME/XDG_STATE_HOME of the sandbox; no OS_*, ENVBOOT_* or XDG_CONFIG_HOME of the caller. */
  env: NodeJS.ProcessEnv;
}

/** The caller's variables that would change what a run reads, set to undefined (spawn leaves those out). */
function withoutCallerSettings(): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const name of Object.keys(process.env)) {
    if (/^(OS_|ENVBOOT_|XDG_)/.test(name) || name === 'LOG_LEVEL') out[name] = undefined;
  }
  return out;
}

/** A private home for a scenario, with the user's SSH public key in ~/.ssh unless `sshKey` is false. */
export function sandbox(prefix: string, options: { sshKey?: boolean } = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const [home, cwd, config] = ['home', 'cwd', 'config'].map((d) => join(root, d)) as [string, string, string];
  for (const dir of [home, cwd, config]) mkdirSync(dir, { recursive: true });
  if (options.sshKey !== false) writeSshKey(home);
  const env: NodeJS.ProcessEnv = {
    ...withoutCallerSettings(),
    HOME: home,
    XDG_CACHE_HOME: join(root, 'cache'),
    XDG_STATE_HOME: join(root, 'state'),
  };
  return { root, home, cwd, config, env };
}

/** The JSON log lines of a run's stderr (other lines are left out). */
export function logLines(stderr: string): Array<Record<string, unknown>> {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A command line for sh: each word quoted. */
export function shellWords(words: string[]): string {
  return words.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
}

/** `envboot <args>` as a command line for sh. */
export function envbootLine(args: string[]): string {
  return shellWords([process.execPath, ENVBOOT_BIN, ...args]);
}

/**
 * Runs `envboot <args>` at a pseudo-terminal (script(1)): stdin, stdout and stderr are all a TTY, as for a person.
 * What it wrote to either comes back as one screen. Not spawnSync: a simulator may answer from this process.
 * `columns` sets the terminal's width (script's own terminal says none: 0).
 */
export function atTerminal(args: string[], env: NodeJS.ProcessEnv, options: { columns?: number } = {}) {
  return shellAtTerminal(envbootLine(args), env, options);
}

/** Runs a command line of sh (a pipe, say) at a pseudo-terminal, as atTerminal does. */
export function shellAtTerminal(line: string, env: NodeJS.ProcessEnv, options: { columns?: number } = {}) {
  const child = spawn(
    'script',
    ['-qec', options.columns ? `stty cols ${options.columns} && ${line}` : line, '/dev/null'],
    {
      // Not childEnv: it makes the log format JSON, and how a terminal gets its log lines is what is at issue here.
      env: { ...process.env, NODE_OPTIONS: undefined, TERM: 'dumb', NO_COLOR: '1', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let screen = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (screen += d));
  return new Promise<{ code: number | null; screen: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      child.stdin.destroy();
      resolve({ code, screen });
    });
  });
}
