/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// `envboot sim` as users run it: the built CLI as a child process. It prints the export lines once listening, the
// simulator behind them works, it stops cleanly on SIGINT and SIGTERM, and bad input gets an error envelope.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { childEnv, ENVBOOT_BIN, envelopeOf, hasStackTrace, REPO_ROOT, runCli } from '@envboot/testkit';
import { passwordAuth } from './helpers.js';

interface Running {
  child: ChildProcess;
  stdout: string;
  stderr: () => string;
  env: Record<string, string>;
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `envboot sim …` and resolves once it printed ENVBOOT_SIM_URL. */
function startCli(args: string[]): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENVBOOT_BIN, 'sim', ...args], {
      cwd: REPO_ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => done({ code, signal })),
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`envboot sim printed no ENVBOOT_SIM_URL within 15 s; stderr:\n${stderr}`));
    }, 15_000);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!stdout.includes('export ENVBOOT_SIM_URL=') || !stdout.endsWith('\n')) return;
      clearTimeout(timer);
      const env = Object.fromEntries(
        [...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
      );
      resolve({
        child,
        stdout,
        stderr: () => stderr,
        env,
        stop: (signal) => {
          child.kill(signal);
          return exited;
        },
      });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`envboot sim exited (${code}) before it listened; stderr:\n${stderr}`));
    });
  });
}

async function token(env: Record<string, string>): Promise<string> {
  const r = await fetch(`${env.OS_AUTH_URL}/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(passwordAuth(env.OS_USERNAME!, env.OS_PASSWORD!, env.OS_PROJECT_NAME)),
  });
  expect(r.status).toBe(201);
  return r.headers.get('x-subject-token')!;
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  // `npm test` builds the bundle in the same run as this suite: wait for it rather than fail.
  const main = join(REPO_ROOT, 'apps/envboot/dist/main.js');
  for (let waited = 0; !existsSync(main) && waited < 180_000; waited += 500)
    await new Promise((r) => setTimeout(r, 500));
  if (!existsSync(main)) throw new Error('apps/envboot/dist/main.js is missing: run npm run build first');
}, 200_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('envboot sim', () => {
  it('prints working export lines (and the same in --openrc), then stops on SIGTERM with exit 0', async () => {
    const openrc = join(dir, 'sim.env');
    const sim = await startCli([
      '--port',
      '0',
      '--seed',
      'small',
      '--speed',
      '600',
      '--openrc',
      openrc,
      '--log-level',
      'debug',
    ]);
    try {
      expect(sim.env).toMatchObject({
        OS_AUTH_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v3$/),
        OS_REGION_NAME: 'CHI@UC',
        OS_AUTH_TYPE: 'v3password',
        OS_USERNAME: 'demo',
        OS_PROJECT_NAME: 'CHI-000000',
        OS_USER_DOMAIN_NAME: 'Default',
        OS_PROJECT_DOMAIN_NAME: 'Default',
        OS_IDENTITY_API_VERSION: '3',
      });
      expect(sim.env.ENVBOOT_SIM_URL).toBe(sim.env.OS_AUTH_URL!.replace(/\/v3$/, ''));
      expect(sim.stdout).toMatch(
        /^#\s+export OS_APPLICATION_CREDENTIAL_ID=0123456789abcdef0123456789abcdef$/m,
      );
      expect(readFileSync(openrc, 'utf8')).toBe(sim.stdout);
      expect(statSync(openrc).mode & 0o777).toBe(0o600);
      // the lines are valid shell
      const sourced = spawnSync(
        'sh',
        ['-c', `. "${openrc}" && printf '%s|%s' "$OS_REGION_NAME" "$ENVBOOT_SIM_URL"`],
        { encoding: 'utf8' },
      );
      expect(sourced.stdout).toBe(`CHI@UC|${sim.env.ENVBOOT_SIM_URL}`);
      const t = await token(sim.env);
      const hosts = await fetch(`${sim.env.ENVBOOT_SIM_URL}/reservation/v1/os-hosts`, {
        headers: { 'X-Auth-Token': t },
      });
      expect(((await hosts.json()) as any).hosts).toHaveLength(8);
      expect(hosts.headers.get('x-sim-clock-speed')).toBe('600');
      const result = await sim.stop('SIGTERM');
      expect(result).toEqual({ code: 0, signal: null });
      const stderr = sim.stderr();
      expect(stderr).toContain('simulated site listening on');
      expect(stderr).toContain('received SIGTERM');
      expect(stderr).toContain('"path":"/reservation/v1/os-hosts"');
      expect(stderr).not.toContain(t);
      expect(stderr).not.toContain('demo-password');
      expect(hasStackTrace(stderr)).toBe(false);
    } finally {
      sim.child.kill('SIGKILL');
    }
  });

  it('stops on SIGINT with exit 0, and applies --faults', async () => {
    const sim = await startCli([
      '--port',
      '0',
      '--seed',
      'small',
      '--faults',
      '503@GET /reservation/v1/leases=1x',
    ]);
    try {
      const t = await token(sim.env);
      const first = await fetch(`${sim.env.ENVBOOT_SIM_URL}/reservation/v1/leases`, {
        headers: { 'X-Auth-Token': t },
      });
      expect(first.status).toBe(503);
      expect(await sim.stop('SIGINT')).toEqual({ code: 0, signal: null });
    } finally {
      sim.child.kill('SIGKILL');
    }
  });

  it('keeps its state in --persist across restarts', async () => {
    const file = join(dir, 'state.json');
    const one = await startCli(['--port', '0', '--seed', 'small', '--persist', file]);
    const t = await token(one.env);
    const created = await fetch(`${one.env.ENVBOOT_SIM_URL}/compute/v2.1/os-keypairs`, {
      method: 'POST',
      headers: { 'X-Auth-Token': t, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        keypair: {
          name: 'survivor',
          public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEkmSyvOswNlRLO1NaDxrp8sx/wmy8Os9FDrcNt5SFL5 x',
        },
      }),
    });
    expect(created.status).toBe(200);
    expect((await one.stop('SIGTERM')).code).toBe(0);
    const two = await startCli(['--port', '0', '--seed', 'small', '--persist', file]);
    try {
      const kp = await fetch(`${two.env.ENVBOOT_SIM_URL}/compute/v2.1/os-keypairs/survivor`, {
        headers: { 'X-Auth-Token': await token(two.env) },
      });
      expect(kp.status).toBe(200);
    } finally {
      await two.stop('SIGTERM');
    }
  });

  it.each([
    [['--speed', '0'], 2, 'INVALID_INPUT', 'speed'],
    [['--speed', 'fast'], 2, 'INVALID_INPUT', 'speed'],
    [['--port', '70000'], 2, 'INVALID_INPUT', 'port'],
    [['--faults', 'nonsense'], 2, 'INVALID_INPUT', 'faults'],
    [['--seed', '/no/such/seed.json'], 2, 'INVALID_INPUT', 'seed'],
    [['--keystone-url', 'not-a-url'], 2, 'INVALID_INPUT', 'keystone-url'],
    [['--colour', 'red'], 2, 'USAGE', 'colour'],
  ])('refuses %j with exit %i and an error envelope', async (args, exit, code, field) => {
    const run = await runCli(['sim', '--port', '0', ...args]);
    expect(run.code).toBe(exit);
    const env = envelopeOf(run);
    expect(env.ok).toBe(false);
    expect(env.error).toMatchObject({ code, field });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('refuses a port in use with exit 4 (CONFLICT)', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as { port: number }).port;
    try {
      const run = await runCli(['sim', '--port', String(port), '--seed', 'small']);
      expect(run.code).toBe(4);
      expect(envelopeOf(run).error).toMatchObject({
        code: 'CONFLICT',
        message: `port ${port} on 127.0.0.1 is already in use`,
      });
    } finally {
      busy.close();
    }
  });

  it('documents its flags in --help', async () => {
    const run = await runCli(['sim', '--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--speed',
      '--seed',
      '--faults',
      '--openrc',
      '--persist',
      '--keystone-url',
      '--live-nodes',
    ])
      expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('envboot sim --live-nodes');
  });
});
