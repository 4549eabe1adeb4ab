// CHI@Edge: device reservations as Chameleon's Blazar takes them (min, max and resource_properties required, no
// hypervisor_properties), on a made-up inventory of Raspberry Pis and Jetsons.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '../src/index.js';
import { Client, DAY, blazarDate } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', sites: 'uc,edge' });
  const edge = sim.site('edge');
  c = await new Client({ ...sim, url: edge.url, identity: edge.identity } as Sim).login();
});
afterAll(() => sim.close());

const lease = (reservation: Record<string, unknown>) =>
  c.post(
    '/reservation/v1/leases',
    {
      name: 'edge-lease',
      start_date: 'now',
      end_date: blazarDate(sim.clock.now().getTime() + DAY),
      reservations: [reservation],
      events: [],
    },
    { 'X-Sim-Dates': 'virtual' },
  );
const PI4 = '["==", "$machine_name", "raspberrypi4-64"]';

describe('CHI@Edge device reservations', () => {
  it('needs min, max and resource_properties', async () => {
    const missing = await lease({ resource_type: 'device', min: 1, max: 1 });
    expect(missing.status).toBe(400);
    expect(missing.body.error_message).toBe('Missing parameter resource_properties');
    const unknown = await lease({
      resource_type: 'device',
      min: 1,
      max: 1,
      resource_properties: '["==", "$colour", "red"]',
    });
    expect(unknown.status).toBe(500);
  });

  it('reserves matching devices, and says so when too few are free', async () => {
    const ok = await lease({ resource_type: 'device', min: '2', max: '2', resource_properties: PI4 });
    expect(ok.status).toBe(201);
    expect(ok.body.lease.reservations[0]).toMatchObject({
      resource_type: 'device',
      min: 2,
      max: 2,
      resource_properties: PI4,
      before_end: 'default',
    });
    const devices = (await c.get(`/reservation/v1/leases/${ok.body.lease.id}/devices`)).body.devices;
    expect(devices).toHaveLength(2);
    expect(devices[0]).toMatchObject({ device_type: 'container', device_driver: 'k8s' });
    const tooMany = await lease({ resource_type: 'device', min: 5, max: 5, resource_properties: PI4 });
    expect(tooMany.status).toBe(500);
    expect(tooMany.body.error_message).toMatch(/^Not enough resources available with query/);
    const any = await lease({ resource_type: 'device', min: 1, max: 1, resource_properties: '[]' });
    expect(any.status).toBe(201);
  });
});

describe('CHI@Edge containers (Zun)', () => {
  it('runs a container on a reserved device, with the reservation hint', async () => {
    const created = await lease({ resource_type: 'device', min: 1, max: 1, resource_properties: PI4 });
    const reservation = created.body.lease.reservations[0].id;
    sim.clock.advance(60_000);
    const catalog = (await c.get('/v3/auth/catalog')).body.catalog.map((s: { type: string }) => s.type);
    expect(catalog).toContain('container');
    const run = await c.post('/container/v1/containers', {
      name: 'hello',
      image: 'ubuntu:24.04',
      hints: { reservation, platform_version: 2 },
    });
    expect(run.status).toBe(202);
    expect(run.body.status).toBe('Creating');
    const stray = await c.post('/container/v1/containers', { name: 'stray', image: 'ubuntu:24.04' });
    sim.clock.advance(2 * 60_000);
    const shown = await c.get(`/container/v1/containers/${run.body.uuid}`);
    expect(shown.body).toMatchObject({
      name: 'hello',
      status: 'Running',
      host: expect.stringMatching(/^edge-rpi4-/),
    });
    expect((await c.get(`/container/v1/containers/${stray.body.uuid}`)).body).toMatchObject({
      status: 'Error',
      status_reason: 'There are not enough hosts available.',
    });
    expect((await c.del(`/container/v1/containers/${run.body.uuid}`)).status).toBe(409);
    expect((await c.del(`/container/v1/containers/${run.body.uuid}?stop=true`)).status).toBe(204);
  });
});
