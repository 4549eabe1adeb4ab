// A whole pipe rehearsed with --dry-run through the shipped CLI, with no simulator running and an auth URL that
// nothing answers: no command makes a request, each envelope says dry_run and carries placeholder ids that the
// next command's --dry-run takes, and a real command refuses a placeholder instead of sending it to the cloud.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type {
  AllocationData,
  CapacityData,
  Envelope,
  LaunchData,
  LeaseData,
  LeaseDeletionData,
} from '@envboot/core';
import { REPO_ROOT, assertEnvelope, childEnv, envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

const exec = promisify(execFile);
const PLACEHOLDER = /^dry-run-[a-z]+(-[a-z]+)*-[0-9a-f]{8}(-[1-9][0-9]*)?$/;

let box: Sandbox;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  box = sandbox('shipped-dry-run');
  // A complete password login whose Keystone does not answer (port 1): any request would fail with NETWORK.
  env = {
    ...box.env,
    OS_AUTH_URL: 'http://127.0.0.1:1/v3',
    OS_USERNAME: 'rehearsal',
    OS_PASSWORD: 'not-a-real-password',
    OS_PROJECT_NAME: 'rehearsal',
    OS_USER_DOMAIN_NAME: 'Default',
    OS_PROJECT_DOMAIN_NAME: 'Default',
  };
});

function offline(envelope: Envelope) {
  expect(envelope.ok).toBe(true);
  expect(envelope.metrics).toMatchObject({ requests: 0, auth_requests: 0 });
  expect((envelope.data as { dry_run: boolean }).dry_run).toBe(true);
}

describe('a pipe rehearsed offline with --dry-run', () => {
  it('capacity | lease-create | lease-status | allocate | launch | lease-delete, with no network at all', async () => {
    const dir = join(box.root, 'pipe');
    mkdirSync(dir);
    const out = (n: number) => join(dir, `${n}.json`);
    const script = [
      `envboot capacity --node-type compute_skylake --nodes 2 --duration 2h --dry-run | tee ${out(1)}`,
      `envboot lease-create --floating-ips 1 --dry-run | tee ${out(2)}`,
      `envboot lease-status --dry-run --wait | tee ${out(3)}`,
      `envboot allocate --dry-run | tee ${out(4)}`,
      `envboot launch --image CC-Ubuntu22.04 --assign-floating-ip --dry-run | tee ${out(5)}`,
      `envboot lease-delete --dry-run --with-servers > ${out(6)}`,
    ].join(' | ');
    const result = await exec('bash', ['-o', 'pipefail', '-c', script], {
      env: childEnv({ ...env, PATH: `${join(REPO_ROOT, 'node_modules/.bin')}:${process.env.PATH}` }),
      cwd: box.cwd,
      timeout: 120_000,
    });
    expect(hasStackTrace(result.stderr)).toBe(false);
    const [capacity, lease, status, allocation, launch, deletion] = [1, 2, 3, 4, 5, 6].map((n) => {
      const doc = JSON.parse(readFileSync(out(n), 'utf8')) as unknown;
      assertEnvelope(doc);
      offline(doc);
      return doc;
    }) as [Envelope, Envelope, Envelope, Envelope, Envelope, Envelope];

    const cap = capacity.data as CapacityData;
    expect(cap).toMatchObject({ node_type: 'compute_skylake', nodes_requested: 2, fits: true });
    expect(cap.earliest?.nodes?.map((n) => n.host_id)).toEqual([
      expect.stringMatching(PLACEHOLDER),
      expect.stringMatching(PLACEHOLDER),
    ]);

    const created = lease.data as LeaseData;
    expect(created.lease_id).toMatch(PLACEHOLDER);
    expect(created.reservation_id).toBe(created.lease_id);
    expect(created.host_reservation_id).toMatch(PLACEHOLDER);
    expect(created).toMatchObject({
      node_type: 'compute_skylake',
      nodes_requested: 2,
      duration_minutes: 120,
    });

    const waited = status.data as LeaseData;
    expect(waited).toMatchObject({
      lease_id: created.lease_id,
      host_reservation_id: created.host_reservation_id,
    });
    expect(waited.polling).toMatchObject({ poll_count: 0 });

    const hosts = (allocation.data as AllocationData).hosts;
    expect((allocation.data as AllocationData).lease_id).toBe(created.lease_id);
    expect(hosts).toHaveLength(2);
    expect(hosts.every((h) => h.reservation_id === created.host_reservation_id)).toBe(true);
    // The lease's reserved address, with a placeholder id and an address kept for documentation.
    expect((allocation.data as AllocationData).floating_ips).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(PLACEHOLDER),
        address: '203.0.113.10',
        reserved: true,
      }),
    ]);

    const booted = launch.data as LaunchData;
    expect(booted).toMatchObject({
      lease_id: created.lease_id,
      host_reservation_id: created.host_reservation_id,
    });
    expect(booted.servers).toHaveLength(2);
    expect(booted.servers.map((s) => s.server_id)).toEqual([
      expect.stringMatching(PLACEHOLDER),
      expect.stringMatching(PLACEHOLDER),
    ]);
    expect((booted.request as { 'os:scheduler_hints': unknown })['os:scheduler_hints']).toEqual({
      reservation: created.host_reservation_id,
    });
    expect(booted.servers.map((s) => s.floating_ip)).toEqual(['203.0.113.10', '203.0.113.11']);
    expect(launch.context.lease?.id).toBe(created.lease_id);

    expect(deletion.data as LeaseDeletionData).toMatchObject({
      lease_id: created.lease_id,
      status: 'simulated',
    });
  }, 180_000);

  it('api-1 --zone uc and api-2 | api-3 as the original tools ran them, offline', async () => {
    const capacity = await runCli(['--zone', 'uc', '--start', 'now', '--duration', '60', '--dry-run'], {
      bin: 'api-1',
      env,
    });
    expect(capacity.code).toBe(0);
    offline(envelopeOf(capacity));

    const created = await runCli(
      ['--zone', 'uc', '--start', 'now', '--duration', '90', '--nodes', '1', '--dry-run', '--no-stdin'],
      { bin: 'api-2', env },
    );
    expect(created.code).toBe(0);
    const lease = envelopeOf(created);
    offline(lease);
    const id = (lease.data as LeaseData).reservation_id;
    expect(id).toMatch(PLACEHOLDER);

    const status = await runCli(['--reservation-id', id!, '--zone', 'uc', '--dry-run'], {
      bin: 'api-3',
      env,
    });
    expect(status.code).toBe(0);
    offline(envelopeOf(status));
    expect(envelopeOf(status).data).toMatchObject({ reservation_id: id });
  });
});

describe('a real command given a placeholder', () => {
  let rehearsed: string;
  beforeAll(async () => {
    const created = await runCli(
      ['lease-create', '--node-type', 'compute_skylake', '--dry-run', '--no-stdin'],
      { env },
    );
    rehearsed = created.stdout;
  });

  it.each([
    ['lease-status', []],
    ['allocate', []],
    ['launch', ['--image', 'CC-Ubuntu22.04']],
    ['lease-delete', ['--yes']],
  ])('%s refuses it (INVALID_INPUT) and calls nothing', async (command, extra) => {
    const run = await runCli([command, ...extra], { env, input: rehearsed });
    expect(run.code).toBe(2);
    const envelope = envelopeOf(run);
    expect(envelope.error).toMatchObject({ code: 'INVALID_INPUT', field: 'lease' });
    expect(envelope.error?.message).toContain('--dry-run');
    expect(envelope.metrics).toMatchObject({ requests: 0, auth_requests: 0 });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('also when it is given as a flag', async () => {
    const run = await runCli(['lease-status', 'dry-run-lease-0123abcd', '--no-stdin'], { env });
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'INVALID_INPUT', field: 'lease' });
  });
});
