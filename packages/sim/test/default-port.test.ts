// The simulator's default port is where the `sim` site of config/sites.json sends clients, so that `envboot sim`
// and `--site sim` meet without flags.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { SIM_DEFAULT_PORT } from '../src/index.js';

const sites: { sites: Record<string, { auth_url: string; web: string }> } = JSON.parse(
  readFileSync(new URL('../../../config/sites.json', import.meta.url), 'utf8'),
);

describe('the default port', () => {
  it("is the port of the sim site's URLs", () => {
    const sim = sites.sites.sim!;
    expect(new URL(sim.auth_url).port).toBe(String(SIM_DEFAULT_PORT));
    expect(new URL(sim.web).port).toBe(String(SIM_DEFAULT_PORT));
  });
});
