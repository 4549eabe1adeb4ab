// A simulator, a Git server with the sample repositories, and a private home for provision's child processes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, type Sim, type SimOptions } from '@envboot/sim';
import {
  ENVBOOT_BIN,
  REPO_ROOT,
  childEnv,
  createBareRepo,
  startGitServer,
  writeSshKey,
  type GitServer,
} from '@envboot/testkit';
import type { Envelope, ProvisionData } from '@envboot/core';

export interface World {
  sim: Sim;
  git: GitServer;
  home: string;
  env: NodeJS.ProcessEnv;
  repoUrl: string;
  close(): Promise<void>;
}

export async function startWorld(options: Partial<SimOptions> = {}): Promise<World> {
  // At 300× a planned 3 h lease lasts 36 s of real time and a bare-metal boot about 2 s: a run slowed down by a
  // busy machine still finds its lease.
  const sim = await startSim({ port: 0, seed: 'small', speed: 300, ...options });
  const root = mkdtempSync(join(tmpdir(), 'prov-git-'));
  await createBareRepo(root, { name: 'gpu-train', dir: join(REPO_ROOT, 'examples/repos/gpu-train') });
  const git = await startGitServer({ root });
  const home = mkdtempSync(join(tmpdir(), 'prov-home-'));
  writeSshKey(home);
  const env = childEnv({
    ENVBOOT_SIM_URL: sim.url,
    HOME: home,
    XDG_STATE_HOME: join(home, 'state'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config'),
  });
  return {
    sim,
    git,
    home,
    env,
    repoUrl: git.repoUrl('gpu-train'),
    async close() {
      await Promise.all([sim.close(), git.close()]);
    },
  };
}

export interface Provisioned {
  code: number | null;
  stdout: string;
  stderr: string;
  envelope: Envelope<'provision'> | null;
}

/** Runs `envboot <args>` as a child; `onStderr` sees each chunk (to interrupt at the right moment). */
export function envboot(
  world: World,
  args: string[],
  onStderr?: (text: string, kill: (s: NodeJS.Signals) => void) => void,
  extraEnv: NodeJS.ProcessEnv = {},
) {
  return new Promise<Provisioned>((resolve, reject) => {
    const child = spawn(process.execPath, [ENVBOOT_BIN, ...args], {
      env: { ...world.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      onStderr?.(stderr, (s) => child.kill(s));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, envelope: parseEnvelope(stdout) });
    });
  });
}

/**
 * Runs `envboot <args>` at a pseudo-terminal (script(1)): stdin, stdout and stderr are all a TTY, as for a person,
 * with live status lines. `answer` replies once the screen shows `prompt`; `onScreen` sees the whole screen after
 * each chunk. Not spawnSync: the simulator answers from this process.
 */
export function atTerminal(
  world: World,
  args: string[],
  reply?: { prompt: string; answer: string },
  onScreen?: (screen: string) => void,
) {
  const command = [ENVBOOT_BIN, ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qec', `${JSON.stringify(process.execPath)} ${command}`, '/dev/null'], {
    env: { ...world.env, TERM: 'dumb', NO_COLOR: '1', ENVBOOT_LOG_FORMAT: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let replied = false;
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    screen += d;
    if (reply && !replied && screen.includes(reply.prompt)) {
      replied = true;
      child.stdin.write(reply.answer);
    }
    onScreen?.(screen);
  });
  return new Promise<{ code: number | null; screen: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}

function parseEnvelope(stdout: string): Envelope<'provision'> | null {
  try {
    return JSON.parse(stdout) as Envelope<'provision'>;
  } catch {
    return null;
  }
}

export function dataOf(run: Provisioned): ProvisionData {
  if (!run.envelope?.data) throw new Error(`no data in:\n${run.stdout}\n${run.stderr}`);
  return run.envelope.data as ProvisionData;
}

/** What is alive in the simulator: leases not deleted, servers, floating IPs (optionally only those named so). */
export function leftovers(world: World, prefix = '') {
  const state = world.sim.state() as {
    leases: Array<{ id: string; name: string; status: string }>;
    servers: Array<{ id: string; name: string; status: string; deleting?: boolean }>;
    floating_ips: Array<{
      id: string;
      address: string;
      description?: string;
      port_id: string | null;
    }>;
  };
  return {
    leases: state.leases.filter((l) => l.name.startsWith(prefix)),
    servers: state.servers.filter((s) => s.name.startsWith(prefix) && !s.deleting && s.status !== 'DELETED'),
    floatingIps: state.floating_ips.filter((f) => (f.description ?? '').startsWith('envboot')),
  };
}

/** The command lines of the processes on this machine that mention `text` (e.g. a directory a git works in). */
export function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    } catch (err) {
      // A process that ended while the list was read.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ESRCH')
        continue;
      throw err;
    }
    if (cmdline.includes(text)) found.push(`${pid}: ${cmdline}`);
  }
  return found;
}

export function stateFiles(world: World): string[] {
  try {
    return readdirSync(join(world.home, 'state/envboot/runs')).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
}

interface RecordedRun {
  status: string;
  steps: Record<'lease' | 'server_active', { status: string }>;
}

export function runState(world: World, runId: string): RecordedRun {
  return JSON.parse(readFileSync(join(world.home, 'state/envboot/runs', `${runId}.json`), 'utf8'));
}
