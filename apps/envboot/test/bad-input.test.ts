// Bad input to the api-core commands, through the built CLI against a simulator: always an ok:false envelope with
// the documented code and exit status, one line for people on stderr, and never a stack trace.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { blazar, connect, resolveCloudConfig, waitFor } from '@envboot/openstack';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envelopeOf, hasStackTrace, runCli, writeSshKey } from '@envboot/testkit';

let sim: Sim;
/** A home with the user's SSH key: launch gets as far as the bad input. */
const home = mkdtempSync(join(tmpdir(), 'bad-input-home-'));
writeSshKey(home);
let active = '';
let pending = '';

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
  const env = { ENVBOOT_SIM_URL: sim.url, ENVBOOT_TOKEN_CACHE: '0', HOME: '/nonexistent' };
  const cloud = await connect(await resolveCloudConfig({ site: 'sim', env }), { tokenCache: false });
  const make = (name: string, start: Date | 'now', nodeType: string) =>
    blazar.leases.create(cloud.blazar, {
      name,
      start,
      // Six days: at ×2000 the active lease lasts over four minutes, longer than this file takes on a busy machine.
      end: new Date((start === 'now' ? sim.clock.now() : start).getTime() + 6 * 86_400_000),
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: JSON.stringify(['==', '$node_type', nodeType]),
        },
      ],
    });
  const a = await make('bad-active', 'now', 'compute_skylake');
  await waitFor(() => blazar.leases.get(cloud.blazar, a.id), {
    until: (l) => l.status === 'ACTIVE',
    timeoutMs: 600_000,
    cloud,
  });
  active = a.id;
  pending = (await make('bad-pending', new Date(sim.clock.now().getTime() + 5 * 86_400_000), 'storage_nvme'))
    .id;
});
afterAll(() => sim.close());

const MISSING = '00000000-0000-4000-8000-0000000000aa';

const cases: Array<[title: string, args: () => string[], code: string, exit: number, detail: RegExp | null]> =
  [
    [
      'capacity: a window in the past',
      () => ['capacity', '--start', '2020-01-01 10:00'],
      'INVALID_INPUT',
      2,
      /in the past/,
    ],
    [
      'capacity: longer than 7 days',
      () => ['capacity', '--duration', '8d'],
      'INVALID_INPUT',
      2,
      /longer than/,
    ],
    ['capacity: zero nodes', () => ['capacity', '--nodes', '0'], 'INVALID_INPUT', 2, /--nodes/],
    ['capacity: negative nodes', () => ['capacity', '--nodes=-2'], 'INVALID_INPUT', 2, /--nodes/],
    ['capacity: not a date', () => ['capacity', '--start', 'tomorrow'], 'INVALID_INPUT', 2, /not a date/],
    [
      'capacity: unknown node type',
      () => ['capacity', '--node-type', 'gpu_h200'],
      'INVALID_INPUT',
      2,
      /compute_skylake/,
    ],
    [
      'capacity: malformed filter',
      () => ['capacity', '--resource-properties', '["or"]'],
      'INVALID_INPUT',
      2,
      /Blazar filter/,
    ],
    [
      'lease-create: longer than 7 days',
      () => ['lease-create', '--node-type', 'compute_skylake', '--duration', '8d'],
      'INVALID_INPUT',
      2,
      /longer than/,
    ],
    [
      'lease-create: zero nodes',
      () => ['lease-create', '--node-type', 'compute_skylake', '--nodes', '0'],
      'INVALID_INPUT',
      2,
      /--nodes/,
    ],
    [
      'lease-create: unknown node type',
      () => ['lease-create', '--node-type', 'gpu_h200'],
      'INVALID_INPUT',
      2,
      /compute_skylake/,
    ],
    ['lease-status: no such lease', () => ['lease-status', MISSING], 'NOT_FOUND', 3, null],
    [
      'lease-status: --wait not a number',
      () => ['lease-status', active, '--wait', 'soon'],
      'INVALID_INPUT',
      2,
      /--wait/,
    ],
    ['lease-delete: without --confirm', () => ['lease-delete', active], 'INVALID_INPUT', 2, /--confirm/],
    ['lease-delete: no such lease', () => ['lease-delete', MISSING, '--confirm'], 'NOT_FOUND', 3, null],
    ['allocate: no such lease', () => ['allocate', MISSING], 'NOT_FOUND', 3, null],
    [
      'launch: unknown image',
      () => ['launch', active, '--image', 'CC-Ubuntu22.4'],
      'NOT_FOUND',
      3,
      /Did you mean CC-Ubuntu22\.04/,
    ],
    [
      'launch: unknown network',
      () => ['launch', active, '--image', 'CC-Ubuntu22.04', '--network', 'sharednet'],
      'NOT_FOUND',
      3,
      /sharednet1/,
    ],
    [
      'launch: lease not ACTIVE',
      () => ['launch', pending, '--image', 'CC-Ubuntu22.04'],
      'CONFLICT',
      4,
      /lease-status/,
    ],
    ['launch: no image', () => ['launch', active], 'INVALID_INPUT', 2, /--image/],
    // A count is made one by one: a billion used to exhaust the memory before a single request was sent.
    [
      'allocate: a billion floating IPs',
      () => ['allocate', active, '--floating-ips', '1000000000'],
      'INVALID_INPUT',
      2,
      /--floating-ips must be a whole number from 0 to 1000/,
    ],
    [
      'launch: a billion servers',
      () => ['launch', active, '--image', 'CC-Ubuntu22.04', '--count', '1e9'],
      'INVALID_INPUT',
      2,
      /--count must be a whole number from 1 to 1000/,
    ],
  ];

describe('bad input', () => {
  it.each(cases)('%s', async (_title, args, code, exit, detail) => {
    const run = await runCli([...args(), '--site', 'sim'], {
      env: { ENVBOOT_SIM_URL: sim.url, HOME: home, XDG_STATE_HOME: join(home, 'state') },
    });
    const envelope = envelopeOf(run);
    expect(envelope.ok).toBe(false);
    expect(envelope.error?.code).toBe(code);
    expect(run.code).toBe(exit);
    const human = run.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
    expect(human).toHaveLength(1);
    if (detail) expect(`${envelope.error?.message} ${envelope.error?.hint ?? ''}`).toMatch(detail);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
