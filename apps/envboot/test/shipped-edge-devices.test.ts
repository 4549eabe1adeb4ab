// CHI@Edge through the shipped CLI against the simulator: lease-create --device-type reserves devices of a machine
// type (Blazar's device reservation: min, max and a $machine_name filter), and launch starts containers on them
// through the container service (Zun) with the reservation as hint.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LaunchData, LeaseData } from '@envboot/core';
import { envelopeOf, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', sites: 'uc,edge', speed: 60 });
  box = sandbox('shipped-edge-devices');
});
afterAll(() => sim.close());

const envboot = (...args: string[]) =>
  runCli([...args, '--site', 'edge'], {
    env: { ...box.env, ENVBOOT_SIM_SITES: `uc=${sim.url},edge=${sim.site('edge').url}` },
  });

interface HeldLease {
  name: string;
  reservations: Array<{ resource_type: string; devices?: string[] }>;
}
const held = (name: string) =>
  (sim.site('edge').state() as { leases: HeldLease[] }).leases.find((l) => l.name === name);

describe('CHI@Edge device reservations through the shipped CLI', () => {
  it('lease-create --device-type --count reserves devices of that machine type', async () => {
    const run = await envboot(
      'lease-create',
      '--device-type',
      'raspberrypi4-64',
      '--count',
      '2',
      '--duration',
      '4h',
      '--name',
      'edge-pi',
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseData;
    expect(data.resource_type).toBe('device');
    expect(data.reservations?.[0]).toMatchObject({
      resource_type: 'device',
      min: 2,
      max: 2,
      resource_properties: '["==","$machine_name","raspberrypi4-64"]',
    });
    expect(data.device_reservation_id).toBe(data.reservations?.[0]?.id);
    expect(held('edge-pi')?.reservations[0]?.devices).toEqual(['edge-rpi4-01', 'edge-rpi4-02']);
  });

  it('too few free devices is INSUFFICIENT_CAPACITY; --device-type with --flavor is refused', async () => {
    const many = await envboot(
      'lease-create',
      '--device-type',
      'jetson-nano',
      '--count',
      '4',
      '--name',
      'edge-many',
    );
    expect(many.code).toBe(4);
    expect(envelopeOf(many).error?.code).toBe('INSUFFICIENT_CAPACITY');
    const both = await envboot('lease-create', '--device-type', 'jetson-nano', '--flavor', 'm1.tiny');
    expect(both.code).toBe(2);
  });

  it('launch on the lease starts containers through Zun, and waits until they run', async () => {
    sim.clock.advance(60_000);
    const run = await envboot(
      'launch',
      'edge-pi',
      '--image',
      'ubuntu:24.04',
      '--count',
      '2',
      '--wait',
      '600',
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LaunchData;
    expect(data.servers).toEqual([]);
    expect(data.containers?.map((c) => [c.name, c.status])).toEqual([
      ['edge-pi-1', 'Running'],
      ['edge-pi-2', 'Running'],
    ]);
    expect(data.containers?.map((c) => c.device).sort()).toEqual(['edge-rpi4-01', 'edge-rpi4-02']);
    // A third finds no free device of the reservation: Zun's Error stops the wait.
    const third = await envboot(
      'launch',
      'edge-pi',
      '--image',
      'ubuntu:24.04',
      '--name-prefix',
      'extra',
      '--wait',
      '600',
    );
    expect(third.code).toBe(5);
    expect(envelopeOf(third).error?.message).toMatch(/not enough hosts available/);
  });
});
