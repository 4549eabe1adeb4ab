// Runs test/fixtures/*.ts as child processes (TypeScript through tsx, workspace packages from their sources).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLOUD_CLI = fileURLToPath(new URL('../fixtures/cloud-cli.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a child: only what the test gives, plus PATH and HOME (no OS_* of the machine). */
export function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ENVBOOT_LOG_FORMAT: 'json', ...extra };
}

/** The node command line that runs a TypeScript fixture. */
export function nodeArgs(script: string): string[] {
  return ['--conditions=source', '--import', 'tsx', script];
}

export function runShell(command: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: PACKAGE_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** `node … cloud-cli.ts` as a shell word list. */
export function cliCommand(): string {
  return [process.execPath, ...nodeArgs(CLOUD_CLI)].map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
}
