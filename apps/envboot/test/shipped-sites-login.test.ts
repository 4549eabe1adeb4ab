// Chameleon's login and Chameleon's sites together, through the shipped CLI against one simulator serving four sites:
// a clouds.yaml as `ccauth clouds-yaml --all-sites` writes it (one v3chameleonoidc entry per site, named by site id,
// each with that site's project id) and ccauth's refresh-token file reach CHI@TACC with `OS_CLOUD=tacc --site tacc`;
// and `capacity --site any` by hardware names the site and the window, best first, with one site down.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CapacityData } from '@envboot/core';
import { startSim, type Sim } from '@envboot/sim';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { logLines, sandbox } from './shipped-support.js';
import { deviceLogin } from './sim-login.js';

let sim: Sim;
let simSites: string;

beforeAll(async () => {
  sim = await startSim({ port: 0, sites: 'uc,tacc,nu,ncar' });
  simSites = sim.sites.map((s) => `${s.id}=${s.url}`).join(',');
});
afterAll(() => sim.close());

/** ccauth's --all-sites clouds.yaml: one entry per site, named by its id, with the site's own project id. */
const allSitesCloudsYaml = () =>
  [
    'clouds:',
    ...sim.sites.flatMap((s) => [
      `  ${s.id}:`,
      '    auth_type: v3chameleonoidc',
      '    auth:',
      `      auth_url: ${s.authUrl}`,
      `      identity_provider: ${sim.oidc.identityProvider}`,
      `      protocol: ${sim.oidc.protocol}`,
      `      project_id: ${s.identity.projectId}`,
      `      client_id: ${sim.oidc.deviceClientId}`,
      `      discovery_endpoint: ${sim.oidc.discoveryUrl}`,
      `    region_name: ${s.region}`,
    ]),
    '',
  ].join('\n');

describe('Chameleon sites through the shipped CLI', () => {
  it('OS_CLOUD=tacc, a v3chameleonoidc cloud: capacity --site tacc answers for the simulated CHI@TACC', async () => {
    const box = sandbox('shipped-sites-login');
    const state = join(box.root, 'ccauth');
    mkdirSync(state, { recursive: true });
    const token = (await deviceLogin(sim)).refreshToken;
    writeFileSync(join(state, 'refresh_token.json'), JSON.stringify({ refresh_token: token, cached_at: 0 }), {
      mode: 0o600,
    });
    writeFileSync(join(box.cwd, 'clouds.yaml'), allSitesCloudsYaml(), { mode: 0o600 });
    const run = await runCli(
      ['capacity', '--site', 'tacc', '--node-type', 'compute_zen3', '--log-level', 'debug'],
      {
        env: { ...box.env, OS_CLOUD: 'tacc', CC_LOGIN_STATE: state, ENVBOOT_SIM_SITES: simSites },
        cwd: box.cwd,
      },
    );
    const envelope = envelopeOf(run);
    expect({ code: run.code, error: envelope.error }).toEqual({ code: 0, error: null });
    expect(envelope).toMatchObject({ kind: 'capacity', context: { site: 'tacc' } });
    expect((envelope.data as CapacityData).node_type).toBe('compute_zen3');
    const authenticated = logLines(run.stderr).find((l) => l.msg === 'authenticated');
    expect(authenticated?.method).toBe('v3chameleonoidc');
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('capacity --site any --gpu-memory-gb 40 names the site and the window, best first, with one site down', async () => {
    const box = sandbox('shipped-sites-any');
    await sim.site('nu').setReachable(false);
    try {
      const run = await runCli(
        ['capacity', '--site', 'any', '--gpu-memory-gb', '40', '--nodes', '1', '--duration', '4h'],
        { env: { ...box.env, ENVBOOT_SIM_SITES: simSites }, cwd: box.cwd },
      );
      const envelope = envelopeOf(run);
      expect({ code: run.code, error: envelope.error }).toEqual({ code: 0, error: null });
      const data = envelope.data as CapacityData & {
        sites: Array<{ site: string; status: string; error?: { code: string } | null }>;
      };
      // Only CHI@UC (gpu_a100_pcie) and CHI@TACC (compute_liqid) have a GPU of 40 GB; NCAR has none.
      const ok = data.sites.filter((s) => s.status === 'ok');
      expect(ok.map((s) => s.site).sort()).toEqual(['tacc', 'uc']);
      expect(data.sites.slice(0, 2)).toEqual(ok);
      const starts = ok.map((s) =>
        Date.parse((s as unknown as { earliest: { start: string } }).earliest.start),
      );
      expect(starts[0]).toBeLessThanOrEqual(starts[1]!);
      expect(data.sites.find((s) => s.site === 'ncar')).toMatchObject({ status: 'no_window' });
      expect(data.sites.find((s) => s.site === 'nu')).toMatchObject({
        status: 'error',
        error: { code: 'NETWORK' },
      });
      expect(run.stderr).toMatch(/CHI@NU/);
    } finally {
      await sim.site('nu').setReachable(true);
    }
  });
});
