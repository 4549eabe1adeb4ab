/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Glance v2: versions, Chameleon's images and properties, filters, sorting and limit/marker paging.
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

const names = (r: any) => r.body.images.map((i: any) => i.name);

async function everything(query = ''): Promise<any[]> {
  const out: any[] = [];
  let path: string | undefined = `/image/v2/images${query}`;
  while (path) {
    const r: any = await c.get(path);
    out.push(...r.body.images);
    path = r.body.next ? `/image${r.body.next}` : undefined;
  }
  return out;
}

describe('Glance', () => {
  it('answers GET /image with 300 and versions with links', async () => {
    const r = await new Client(sim).get('/image');
    expect(r.status).toBe(300);
    expect(r.body.versions[0]).toEqual({
      id: 'v2.16',
      status: 'CURRENT',
      links: [{ rel: 'self', href: `${sim.url}/image/v2/` }],
    });
  });

  it("has Chameleon's images, with base, CUDA and ARM64 variants of each Ubuntu release", async () => {
    const all = (await everything()).map((i) => i.name);
    for (const name of [
      'CC-Ubuntu22.04',
      'CC-Ubuntu22.04-CUDA',
      'CC-Ubuntu22.04-ARM64',
      'CC-Ubuntu24.04',
      'CC-Ubuntu24.04-CUDA',
      'CC-Ubuntu24.04-ARM64',
      'CC-Ubuntu24.04-ROCm',
      'CC-Ubuntu24.04-CUDA-VGPU',
      'CC-Ubuntu26.04',
      'CC-Ubuntu26.04-CUDA',
      'CC-Ubuntu26.04-ARM64',
      'CC-CentOS-Stream9',
      'CC-Centos9-Stream',
    ]) {
      expect(all).toContain(name);
    }
    const cuda = (await c.get('/image/v2/images?name=CC-Ubuntu22.04-CUDA')).body.images[0];
    expect(cuda).toMatchObject({
      status: 'active',
      visibility: 'public',
      'build-repo': 'https://github.com/ChameleonCloud/cc-images',
      'build-variant': 'gpu',
      os_distro: 'ubuntu',
      os_version: '22.04',
      architecture: 'x86_64',
      self: `/v2/images/${cuda.id}`,
      schema: '/v2/schemas/image',
    });
    const arm = (await c.get('/image/v2/images?name=CC-Ubuntu24.04-ARM64')).body.images[0];
    expect(arm.architecture).toBe('aarch64');
  });

  it('pages by 25 with a top-level next link, and limit/marker page further', async () => {
    const first = await c.get('/image/v2/images');
    expect(first.body.images).toHaveLength(25);
    expect(first.body.first).toBe('/v2/images');
    expect(first.body.schema).toBe('/v2/schemas/images');
    expect(first.body.next).toMatch(/^\/v2\/images\?marker=[0-9a-f-]{36}&limit=25$/);
    const all = await everything();
    expect(all).toHaveLength(27);
    expect(new Set(all.map((i) => i.id)).size).toBe(27);
    const two = await c.get('/image/v2/images?limit=2&sort=name:asc');
    expect(names(two)).toEqual(['CC-CentOS-Stream9', 'CC-Centos9-Stream']);
    expect(two.body.next).toContain('limit=2');
    expect((await c.get('/image/v2/images?marker=nope')).status).toBe(400);
  });

  it('filters by name (also in:), visibility, hidden, owner, tag, size and any property', async () => {
    expect(names(await c.get('/image/v2/images?name=CC-Ubuntu22.04'))).toEqual(['CC-Ubuntu22.04']);
    expect(
      names(
        await c.get('/image/v2/images?name=in:"CC-Ubuntu22.04","CC-Ubuntu24.04"&sort_key=name&sort_dir=asc'),
      ),
    ).toEqual(['CC-Ubuntu22.04', 'CC-Ubuntu24.04']);
    expect(names(await c.get('/image/v2/images?visibility=community'))).toEqual([
      'ubuntu-22.04-community-build',
    ]);
    expect(names(await c.get('/image/v2/images?os_hidden=true'))).toEqual(['CC-Ubuntu22.04-20240101']);
    expect(names(await c.get('/image/v2/images?visibility=private'))).toEqual(['demo-snapshot']);
    expect(names(await c.get('/image/v2/images?tag=snapshot'))).toEqual(['demo-snapshot']);
    const supported = await everything('?build-repo=https://github.com/ChameleonCloud/cc-images&limit=100');
    expect(supported.every((i) => i.name.startsWith('CC-'))).toBe(true);
    expect(supported).toHaveLength(14);
    expect(names(await c.get('/image/v2/images?architecture=aarch64&sort=name:asc'))).toEqual([
      'CC-Ubuntu22.04-ARM64',
      'CC-Ubuntu24.04-ARM64',
      'CC-Ubuntu26.04-ARM64',
    ]);
    expect((await c.get('/image/v2/images?size_min=99999999999')).body.images).toEqual([]);
    expect((await c.get('/image/v2/images?visibility=everyone')).status).toBe(400);
  });

  it('shows an image by id as a bare object, and answers a name with a 404 page', async () => {
    const id = await c.image('CC-Ubuntu22.04');
    const one = await c.get(`/image/v2/images/${id}`);
    expect(one.body).toMatchObject({ id, name: 'CC-Ubuntu22.04' });
    const byName = await c.get('/image/v2/images/CC-Ubuntu22.04');
    expect(byName.status).toBe(404);
    expect(byName.headers.get('content-type')).toMatch(/^text\/html/);
    expect(byName.text).toContain('No image found with ID CC-Ubuntu22.04');
  });
});
