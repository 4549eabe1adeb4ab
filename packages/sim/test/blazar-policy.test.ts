// Blazar's admin-only resources answer a user with the policy's 403, not a 404 that reads as "no such route".
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeEach(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterEach(() => sim.close());

describe('blazar policy', () => {
  it('refuses a user the reservable floating IP list with the policy message', async () => {
    const res = await c.get('/reservation/v1/floatingips');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error_code: 403,
      error_message: "Policy doesn't allow blazar:floatingips:get to be performed.",
      error_name: 403,
    });
  });

  it('refuses networks and devices the same way', async () => {
    for (const [path, rule] of [
      ['/reservation/v1/networks', 'networks:get'],
      ['/reservation/v1/devices', 'devices:get'],
    ]) {
      const res = await c.get(path!);
      expect(res.status).toBe(403);
      expect(res.body.error_message).toBe(`Policy doesn't allow blazar:${rule} to be performed.`);
    }
  });
});
