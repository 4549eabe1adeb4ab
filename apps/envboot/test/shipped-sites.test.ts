/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON envelopes freely */
// Several simulated sites through the shipped CLI: `envboot sim --sites uc,tacc,nu,ncar` runs as a child, what it
// prints is eval'd by sh, and then `--site tacc` or `--site ncar` of other envboot commands reaches that simulated
// site (ENVBOOT_SIM_SITES): capacity of a node type of its own, and a lease created, read and deleted there.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ENVBOOT_BIN,
  REPO_ROOT,
  childEnv,
  envelopeOf,
  hasStackTrace,
  runCli,
  type CliRun,
} from '@envboot/testkit';
import { sandbox, shellWords, type Sandbox } from './shipped-support.js';

let box: Sandbox;
let sim: ChildProcessWithoutNullStreams;
let printed = '';
const envFile = () => join(box.root, 'sim.env');

/** Starts `envboot sim` and waits until it printed its export lines. */
beforeAll(async () => {
  box = sandbox('shipped-sites');
  sim = spawn(
    process.execPath,
    [
      ENVBOOT_BIN,
      'sim',
      '--port',
      '0',
      '--seed',
      'small',
      '--sites',
      'uc,tacc,nu,ncar',
      '--speed',
      '60',
      '--clouds-yaml',
      join(box.root, 'clouds.yaml'),
    ],
    { cwd: REPO_ROOT, env: childEnv(box.env), stdio: 'pipe' },
  );
  sim.stdout.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    sim.on('exit', (code) => reject(new Error(`envboot sim exited with ${code}`)));
    sim.stdout.on('data', (d: string) => {
      printed += d;
      if (/^# {3}ncar: /m.test(printed) && printed.endsWith('\n') && /OS_ACCESS_TOKEN_TYPE/.test(printed))
        resolve();
    });
  });
  writeFileSync(envFile(), printed);
});

afterAll(async () => {
  if (sim.exitCode === null) {
    const closed = new Promise((resolve) => sim.on('close', resolve));
    sim.kill('SIGTERM');
    await closed;
  }
});

/** `envboot <args>` in sh after `eval "$(cat sim.env)"`: the environment the printed lines give. */
function evald(args: string[]): Promise<CliRun> {
  const line = `eval "$(cat ${shellWords([envFile()])})" && exec ${shellWords([process.execPath, ENVBOOT_BIN, ...args])}`;
  const child = spawn('sh', ['-c', line], { cwd: box.cwd, env: childEnv(box.env), stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const ok = (run: CliRun) => {
  const envelope = envelopeOf(run);
  expect({ code: run.code, error: envelope.error }).toEqual({ code: 0, error: null });
  expect(hasStackTrace(run.stderr)).toBe(false);
  return envelope as any;
};

describe('envboot sim --sites', () => {
  it('prints the sites it serves, each at its own address, and a clouds.yaml entry for each', () => {
    const sites = /^export ENVBOOT_SIM_SITES=(\S+)$/m.exec(printed)?.[1];
    expect(sites).toBeDefined();
    const entries = sites!.split(',').map((e) => e.split('='));
    expect(entries.map(([id]) => id)).toEqual(['uc', 'tacc', 'nu', 'ncar']);
    expect(new Set(entries.map(([, url]) => url)).size).toBe(4);
    expect(printed).toContain(`export ENVBOOT_SIM_URL=${entries[0]![1]}\n`);
    expect(printed).toMatch(/^# {3}tacc: CHI@TACC at http:\/\/127\.0\.0\.1:\d+ \(project id [0-9a-f]{32}, /m);
    const yaml = readFileSync(join(box.root, 'clouds.yaml'), 'utf8');
    for (const [id, url] of entries)
      expect(yaml).toContain(`  ${id}:\n    auth_type: password\n    auth:\n      auth_url: "${url}/v3"`);
    expect(yaml).toContain('region_name: "CHI@NCAR"');
  });

  it('capacity --site tacc counts the simulated CHI@TACC hosts of a type of its own', async () => {
    const envelope = ok(await evald(['capacity', '--site', 'tacc', '--node-type', 'compute_zen3']));
    expect(envelope.data).toMatchObject({ site: 'tacc', node_type: 'compute_zen3', total_nodes: 32 });
    // The synthesised calendar keeps some of them busy now, not all.
    expect(envelope.data.available_nodes).toBeGreaterThan(0);
    expect(envelope.data.available_nodes).toBeLessThan(32);
  });

  it('capacity --site ncar counts the simulated CHI@NCAR ARM hosts', async () => {
    const envelope = ok(await evald(['capacity', '--site', 'ncar', '--node-type', 'arm_thunder']));
    expect(envelope.data).toMatchObject({ site: 'ncar', node_type: 'arm_thunder', total_nodes: 4 });
  });

  it('OS_CLOUD=nu with the printed clouds.yaml reaches the simulated CHI@NU', async () => {
    writeFileSync(join(box.cwd, 'clouds.yaml'), readFileSync(join(box.root, 'clouds.yaml')));
    const sites = /^export ENVBOOT_SIM_SITES=(\S+)$/m.exec(printed)![1];
    const run = await runCli(['capacity', '--node-type', 'compute_haswell'], {
      cwd: box.cwd,
      env: { ...box.env, OS_CLOUD: 'nu', ENVBOOT_SIM_SITES: sites },
    });
    expect(ok(run).data).toMatchObject({ site: 'nu', node_type: 'compute_haswell', total_nodes: 6 });
  });

  it('creates, reads and deletes a lease at the simulated CHI@NCAR', async () => {
    const created = ok(
      await evald([
        'lease-create',
        '--site',
        'ncar',
        '--node-type',
        'arm_thunder',
        '--duration',
        '2h',
        '--name',
        'sites-ncar',
      ]),
    );
    expect(created.data).toMatchObject({ site: 'ncar', node_type: 'arm_thunder' });
    const id = created.data.lease_id;
    expect(typeof id).toBe('string');
    const status = ok(await evald(['lease-status', id, '--site', 'ncar']));
    expect(JSON.stringify(status.data)).toContain(id);
    // The lease is CHI@NCAR's: CHI@UC has no such lease.
    const elsewhere = await evald(['lease-status', id, '--site', 'uc']);
    expect(elsewhere.code).toBe(3);
    expect(envelopeOf(elsewhere).error).toMatchObject({ code: 'NOT_FOUND' });
    ok(await evald(['lease-delete', id, '--site', 'ncar', '--confirm']));
  });
});

describe('envboot sim without --sites', () => {
  it('serves CHI@UC alone and prints what it always printed, without ENVBOOT_SIM_SITES', async () => {
    const child = spawn(process.execPath, [ENVBOOT_BIN, 'sim', '--port', '0', '--seed', 'small'], {
      cwd: REPO_ROOT,
      env: childEnv(box.env),
      stdio: 'pipe',
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d: string) => {
        out += d;
        if (/OS_ACCESS_TOKEN_TYPE.*\n/.test(out)) resolve();
      });
    });
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    await closed;
    expect(out).toMatch(/^export OS_REGION_NAME=CHI@UC$/m);
    expect(out).toMatch(/^export ENVBOOT_SIM_URL=http:\/\/127\.0\.0\.1:\d+$/m);
    expect(out).not.toContain('ENVBOOT_SIM_SITES');
    expect(out).not.toContain('# Its sites');
  });

  it('refuses a site it cannot simulate: usage error, exit 2', async () => {
    const run = await runCli(['sim', '--port', '0', '--sites', 'uc,mars'], { env: box.env });
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'INVALID_INPUT', field: 'sites' });
    expect(run.stderr).toContain('mars');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
