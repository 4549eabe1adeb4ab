/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// The reference API: sites, clusters and nodes in the real API's shapes, no token needed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
const c = () => new Client(sim);

beforeAll(async () => {
  sim = await start();
});
afterAll(() => sim.close());

describe('the reference API', () => {
  it('lists the sites as a collection', async () => {
    const r = await c().get('/reference/sites');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      total: 6,
      offset: 0,
      version: expect.any(String),
      links: [
        { rel: 'self', href: '/sites' },
        { rel: 'parent', href: '/' },
      ],
    });
    expect(r.body.items.map((s: any) => s.uid)).toEqual(['edge', 'ncar', 'nrp', 'nu', 'tacc', 'uc']);
    expect((await c().get('/reference/sites.json')).body.total).toBe(6);
    expect((await c().get('/reference/sites/uc')).body).toMatchObject({ uid: 'uc', name: 'CHI@UC' });
    expect((await c().get('/reference')).body.links[0]).toMatchObject({ rel: 'sites', href: '/sites' });
  });

  it('has one cluster, chameleon, at the seeded site', async () => {
    const clusters = (await c().get('/reference/sites/uc/clusters')).body;
    expect(clusters.items.map((x: any) => x.uid)).toEqual(['chameleon']);
    expect((await c().get('/reference/sites/tacc/clusters')).body.items).toEqual([]);
    expect((await c().get('/reference/sites/uc/clusters/chameleon')).body.links[0]).toMatchObject({
      rel: 'nodes',
      href: '/sites/uc/clusters/chameleon/nodes',
    });
  });

  it('lists and shows nodes, with offset and limit', async () => {
    const nodes = (await c().get('/reference/sites/uc/clusters/chameleon/nodes.json')).body;
    expect(nodes.total).toBe(8);
    const node = nodes.items[0];
    expect(node).toMatchObject({
      type: 'node',
      uid: expect.any(String),
      node_type: expect.any(String),
      architecture: { platform_type: 'x86_64' },
    });
    expect(node.links.find((l: any) => l.rel === 'self').href).toBe(
      `/sites/uc/clusters/chameleon/nodes/${node.uid}`,
    );
    const page = (await c().get('/reference/sites/uc/clusters/chameleon/nodes?offset=6&limit=5')).body;
    expect(page).toMatchObject({ total: 8, offset: 6 });
    expect(page.items).toHaveLength(2);
    expect((await c().get(`/reference/sites/uc/clusters/chameleon/nodes/${node.uid}`)).body.uid).toBe(
      node.uid,
    );
  });

  it('answers unknown sites, clusters and nodes with 404', async () => {
    for (const path of [
      '/reference/sites/mars',
      '/reference/sites/uc/clusters/other',
      '/reference/sites/uc/clusters/chameleon/nodes/nope',
    ]) {
      const r = await c().get(path);
      expect(r.status).toBe(404);
      expect(r.body.code).toBe(404);
    }
  });
});
