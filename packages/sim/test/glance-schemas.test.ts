/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Glance's schema documents, as glanceclient fetches them before listing, and the served images validate against
// the image schema; the calls that change images answer 501.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterAll(() => sim.close());

describe('Glance schemas', () => {
  it('serves the image schema with free-form string properties and links', async () => {
    const r = await c.get('/image/v2/schemas/image');
    expect(r.status).toBe(200);
    expect(r.body.name).toBe('image');
    expect(r.body.additionalProperties).toEqual({ type: 'string' });
    expect(Object.keys(r.body.properties)).toEqual(
      expect.arrayContaining(['id', 'name', 'status', 'visibility', 'os_hidden', 'tags', 'min_disk', 'self']),
    );
    expect(r.body.links.map((l: any) => l.rel)).toEqual(['self', 'enclosure', 'describedby']);
  });

  it('serves the images list schema and the member schemas', async () => {
    const images = await c.get('/image/v2/schemas/images');
    expect(images.body.name).toBe('images');
    expect(images.body.properties.images.items.name).toBe('image');
    expect(images.body.links.map((l: any) => l.rel)).toEqual(['first', 'next', 'describedby']);
    expect((await c.get('/image/v2/schemas/member')).body.name).toBe('member');
    expect((await c.get('/image/v2/schemas/members')).body.properties.members.items.name).toBe('member');
  });

  it('needs a token, as the rest of Glance does', async () => {
    expect((await new Client(sim).get('/image/v2/schemas/image')).status).toBe(401);
  });

  it('every served image validates against the image schema', async () => {
    const schema = (await c.get('/image/v2/schemas/image')).body;
    const { name: _name, links: _links, ...jsonSchema } = schema;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(jsonSchema);
    const all = await c.get('/image/v2/images?limit=1000&visibility=all&os_hidden=false');
    const hidden = await c.get('/image/v2/images?limit=1000&visibility=all&os_hidden=true');
    const images = [...all.body.images, ...hidden.body.images];
    expect(images.length).toBeGreaterThan(20);
    for (const image of images) {
      const ok = validate(image);
      expect({ name: image.name, errors: ok ? null : validate.errors }).toEqual({
        name: image.name,
        errors: null,
      });
    }
  });
});

describe('Glance calls that change images', () => {
  it.each([
    ['POST', '/image/v2/images'],
    ['DELETE', '/image/v2/images/00000000-0000-0000-0000-000000000000'],
    ['GET', '/image/v2/images/00000000-0000-0000-0000-000000000000/members'],
  ])('%s %s answers 501 saying it is not simulated', async (method, path) => {
    const r = await c.call(method, path, method === 'POST' ? {} : undefined);
    expect(r.status).toBe(501);
    expect(r.text).toContain('501 Not Implemented');
    expect(r.text).toContain('not simulated');
  });
});
