// The real glance and openstack clients list the simulator's images (glanceclient reads the schemas first).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { start } from './helpers.js';
import { client, installed } from './real-clients.js';

let sim: Sim;

beforeAll(async () => {
  sim = await start();
});
afterAll(() => sim.close());

const haveGlance = installed('glance');
const haveOpenstack = installed('openstack');
if (!haveGlance)
  console.warn('skipping `glance image-list`: the glance client (python3-glanceclient) is not installed');
if (!haveOpenstack) console.warn('skipping `openstack image list`: python3-openstackclient is not installed');

describe('real image clients', () => {
  (haveGlance ? it : it.skip)(
    'glance image-list shows the supported images',
    async () => {
      const out = await client(sim, 'glance', ['image-list']);
      expect(out).toContain('CC-Ubuntu24.04');
    },
    90_000,
  );

  (haveOpenstack ? it : it.skip)(
    'openstack image list shows the supported images',
    async () => {
      const out = await client(sim, 'openstack', ['image', 'list', '-f', 'json']);
      const names = (JSON.parse(out) as Array<{ Name: string }>).map((i) => i.Name);
      expect(names).toContain('CC-Ubuntu24.04');
    },
    90_000,
  );
});
