/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Nova's deprecated image proxy: the Glance images in Nova's shape, by id and listed (with ?name=).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterAll(() => sim.close());

const glanceImage = async (name: string) =>
  (await c.get(`/image/v2/images?name=${encodeURIComponent(name)}`)).body.images[0];

describe('Nova image proxy', () => {
  it('lists the images Glance lists by default, with ids, names and links', async () => {
    const r = await c.get('/compute/v2.1/images');
    expect(r.status).toBe(200);
    const names = r.body.images.map((i: any) => i.name);
    expect(names).toContain('CC-Ubuntu24.04');
    expect(names).not.toContain('CC-Ubuntu22.04-20240101');
    expect(names).not.toContain('ubuntu-22.04-community-build');
    expect(Object.keys(r.body.images[0]).sort()).toEqual(['id', 'links', 'name']);
  });

  it('filters by exact name and shows the details in Nova shape', async () => {
    const glance = await glanceImage('CC-Ubuntu24.04');
    const r = await c.get('/compute/v2.1/images/detail?name=CC-Ubuntu24.04');
    expect(r.body.images).toHaveLength(1);
    const image = r.body.images[0];
    expect(image).toMatchObject({
      id: glance.id,
      name: 'CC-Ubuntu24.04',
      status: 'ACTIVE',
      progress: 100,
      minDisk: 0,
      minRam: 0,
      created: glance.created_at,
      updated: glance.updated_at,
      metadata: { 'build-repo': glance['build-repo'], os_distro: 'ubuntu' },
    });
    expect(image.links.map((l: any) => l.rel)).toEqual(['self', 'bookmark', 'alternate']);
    expect((await c.get('/compute/v2.1/images?name=no-such-image')).body.images).toEqual([]);
  });

  it('shows one image by id, hidden ones too, and 404s an unknown id', async () => {
    const hidden = (await c.get('/image/v2/images?os_hidden=true')).body.images[0];
    const r = await c.get(`/compute/v2.1/images/${hidden.id}`);
    expect(r.status).toBe(200);
    expect(r.body.image).toMatchObject({ id: hidden.id, name: hidden.name, status: 'ACTIVE' });
    const missing = await c.get('/compute/v2.1/images/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toBe('Image not found.');
  });

  it('pages with limit and marker', async () => {
    const all = (await c.get('/compute/v2.1/images')).body.images;
    const first = await c.get('/compute/v2.1/images?limit=2');
    expect(first.body.images.map((i: any) => i.id)).toEqual(all.slice(0, 2).map((i: any) => i.id));
    const next = new URL(first.body.images_links[0].href);
    const second = await c.get(`${next.pathname}${next.search}`);
    expect(second.body.images[0].id).toBe(all[2].id);
  });

  it('is gone after microversion 2.35', async () => {
    const r = await c.get('/compute/v2.1/images', { 'OpenStack-API-Version': 'compute 2.36' });
    expect(r.status).toBe(404);
  });
});

describe('image changes through the proxy', () => {
  it('answer 501 saying they are not simulated', async () => {
    const id = (await c.get('/compute/v2.1/images')).body.images[0].id;
    for (const [method, path] of [
      ['DELETE', `/compute/v2.1/images/${id}`],
      ['GET', `/compute/v2.1/images/${id}/metadata`],
      ['PUT', `/compute/v2.1/images/${id}/metadata/k`],
    ] as const) {
      const r = await c.call(method, path, method === 'PUT' ? { meta: { k: 'v' } } : undefined);
      expect([method, r.status]).toEqual([method, 501]);
      expect(r.body.notImplemented.message).toContain('not simulated');
    }
  });
});
