// The simulator's default port is where the cloud client's `sim` site sends clients, so that `envboot sim` and
// `--site sim` meet without flags. (The client and the simulator share no code: this checks they agree.)
import { describe, expect, it } from '@jest/globals';
import { SITE_CATALOG } from '@envboot/openstack/sites';
import { SIM_DEFAULT_PORT } from '@envboot/sim';

describe('the default port', () => {
  it("is the port of the sim site's URLs", () => {
    const sim = SITE_CATALOG.sim!;
    expect(new URL(sim.auth_url).port).toBe(String(SIM_DEFAULT_PORT));
    expect(new URL(sim.web).port).toBe(String(SIM_DEFAULT_PORT));
  });
});
