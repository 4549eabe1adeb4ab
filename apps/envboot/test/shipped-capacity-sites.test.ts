// capacity over several sites through the shipped CLI, against one simulator per site (each seeded with a few of
// that site's real nodes, test/fixtures/*-seed.json) announced in ENVBOOT_SIM_SITES: the best site first, a site
// that cannot be reached reported and the others answered, every site unreachable an error, and the sites asked at
// the same time.
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type AnsweredRequest, type Sim } from '@envboot/sim';
import type { CapacityData, ProvisionData } from '@envboot/core';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { atTerminal, logLines, sandbox, type Sandbox } from './shipped-support.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Every request each simulator answered, by site. */
const answered: Record<string, AnsweredRequest[]> = { uc: [], tacc: [], nu: [], ncar: [] };
const sims: Record<string, Sim> = {};
let box: Sandbox;
/** An address on which nothing listens: a server's port, once it is closed. */
let closedUrl: string;

async function freePort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  const seeds: Record<string, string> = {
    uc: 'small',
    tacc: fixture('tacc-seed.json'),
    nu: fixture('nu-seed.json'),
    ncar: fixture('ncar-seed.json'),
  };
  for (const [site, seed] of Object.entries(seeds)) {
    sims[site] = await startSim({ port: 0, seed, onRequest: (r) => answered[site]!.push(r) });
  }
  closedUrl = await freePort();
  box = sandbox('shipped-capacity-sites');
});
afterAll(() => Promise.all(Object.values(sims).map((s) => s.close())));

const simSites = (urls: Record<string, string>) =>
  Object.entries(urls)
    .map(([site, url]) => `${site}=${url}`)
    .join(',');

const everySite = () => Object.fromEntries(Object.entries(sims).map(([site, sim]) => [site, sim.url]));

const capacity = (urls: Record<string, string>, ...args: string[]) =>
  runCli(['capacity', ...args], { env: { ...box.env, ENVBOOT_SIM_SITES: simSites(urls) } });

describe('capacity --site any', () => {
  it('names the site and the window of a GPU with at least 40 GB, best first', async () => {
    const run = await capacity(
      everySite(),
      '--site',
      'any',
      '--gpu-memory-gb',
      '40',
      '--nodes',
      '1',
      '--duration',
      '4h',
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    // Only CHI@TACC's nodes have an A100 40 GB (compute_liqid, compute_gigaio); the small CHI@UC seed's largest GPU
    // is a 32 GB V100, and NU and NCAR have none.
    expect(data.site).toBe('tacc');
    expect(data.sites!.map((s) => s.site)).toEqual(['tacc', 'uc', 'nu', 'ncar']);
    const [tacc, ...others] = data.sites!;
    expect(tacc).toMatchObject({ status: 'ok', node_type: 'compute_liqid', free_now: true, error: null });
    expect(tacc!.earliest).toEqual(data.earliest);
    expect(tacc!.node_types.map((t) => [t.node_type, t.total, t.gpu?.label])).toEqual([
      ['compute_liqid', 2, 'A100 40 GB'],
      ['compute_gigaio', 1, 'A100 40 GB'],
    ]);
    // The hosts lease-create would reserve: the gigaio group's filter pins the GPU model, as not every
    // compute_gigaio host has that GPU.
    expect(tacc!.node_types[1]!.resource_properties).toBe(
      JSON.stringify([
        'and',
        ['==', '$node_type', 'compute_gigaio'],
        ['==', '$gpu.gpu_model', 'GA100 [A100 PCIe 40GB]'],
      ]),
    );
    for (const other of others) {
      expect(other).toMatchObject({
        status: 'no_window',
        reason: { code: 'no_matching_hosts' },
        error: null,
      });
    }
    expect(envelopeOf(run).context).toMatchObject({ site: 'tacc', node_type: 'compute_liqid', nodes: 1 });
  });

  it('at a terminal: the site and the window, in one line each', async () => {
    const { code, screen } = await atTerminal(
      ['capacity', '--site', 'any', '--gpu-memory-gb', '40', '--duration', '4h'],
      { ...box.env, ENVBOOT_SIM_SITES: simSites(everySite()) },
      { columns: 200 },
    );
    expect(code).toBe(0);
    expect(screen).toMatch(
      /CHI@TACC \(local simulator\): 1 × compute_liqid \(A100 40 GB\) free now until \d{4}-\d\d-\d\d \d\d:\d\d UTC \(2 free\)/,
    );
    expect(screen.indexOf('CHI@TACC')).toBeLessThan(screen.indexOf('CHI@UC'));
  });

  it('sites with a window are ranked by their earliest start', async () => {
    const run = await capacity(everySite(), '--site', 'uc,tacc', '--gpu-memory-gb', '16', '--nodes', '1');
    expect(run.code).toBe(0);
    const ok = (envelopeOf(run).data as CapacityData).sites!.filter((s) => s.status === 'ok');
    expect(ok.length).toBe(2);
    const starts = ok.map((s) => Date.parse(s.earliest!.start));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('a site that cannot be reached is reported, the others answered: exit 0', async () => {
    const run = await capacity({ ...everySite(), ncar: closedUrl }, '--site', 'any', '--gpus', '1');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    expect(data.site).not.toBe('ncar');
    const ncar = data.sites!.find((s) => s.site === 'ncar')!;
    expect(ncar).toMatchObject({ status: 'error', error: { code: 'NETWORK' } });
    expect(data.sites!.at(-1)!.site).toBe('ncar');
    expect(
      data
        .sites!.filter((s) => s.status !== 'error')
        .map((s) => s.site)
        .sort(),
    ).toEqual(['nu', 'tacc', 'uc']);
    const warned = logLines(run.stderr).find((l) => l.level === 40 && l.site === 'ncar');
    expect(warned).toMatchObject({ code: 'NETWORK' });
    expect(String(warned!.msg)).toContain('CHI@NCAR');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('a site that refuses the login is reported (AUTH), and the password is nowhere in what is printed', async () => {
    // Credentials for CHI@TACC's simulator, with a wrong password: sent there, refused; CHI@UC's simulator is not
    // sent credentials meant for another cloud, and answers with its default identity.
    const password = 'wrong-password-8f3a1c';
    const run = await runCli(['capacity', '--site', 'uc,tacc', '--gpus', '1', '--log-level', 'debug'], {
      env: {
        ...box.env,
        ENVBOOT_SIM_SITES: simSites(everySite()),
        OS_AUTH_URL: `${sims.tacc!.url}/v3`,
        OS_USERNAME: 'demo',
        OS_PASSWORD: password,
        OS_USER_DOMAIN_NAME: 'Default',
        OS_PROJECT_NAME: 'CHI-000000',
        OS_PROJECT_DOMAIN_NAME: 'Default',
      },
    });
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    expect(data.sites!.map((s) => [s.site, s.status, s.error?.code ?? null])).toEqual([
      ['uc', 'ok', null],
      ['tacc', 'error', 'AUTH'],
    ]);
    expect(run.stdout + run.stderr).not.toContain(password);
  });

  it('a site whose Blazar fails (5xx) is reported (CLOUD_API), the others answered', async () => {
    sims.nu!.setFaults({ rules: [{ route: 'GET /reservation/**', status: 500, rate: 1 }] });
    try {
      const run = await capacity(everySite(), '--site', 'any', '--nodes', '1');
      expect(run.code).toBe(0);
      const data = envelopeOf(run).data as CapacityData;
      expect(data.sites!.find((s) => s.site === 'nu')).toMatchObject({
        status: 'error',
        error: { code: 'CLOUD_API' },
      });
      expect(data.sites!.filter((s) => s.status === 'ok').length).toBe(3);
    } finally {
      sims.nu!.clearFaults();
    }
  });

  it('every site unreachable: an error envelope, exit 5, each site named', async () => {
    const run = await capacity({ uc: closedUrl, tacc: closedUrl }, '--site', 'any', '--gpus', '1');
    expect(run.code).toBe(5);
    const env = envelopeOf(run);
    expect(env.ok).toBe(false);
    expect(env.error).toMatchObject({ code: 'NETWORK' });
    expect((env.error!.details as { sites: Array<{ site: string; code: string }> }).sites).toEqual([
      expect.objectContaining({ site: 'uc', code: 'NETWORK' }),
      expect.objectContaining({ site: 'tacc', code: 'NETWORK' }),
    ]);
    expect(run.stderr).toContain('no site could be asked');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('provision given no site', () => {
  const provision = (env: NodeJS.ProcessEnv, ...args: string[]) =>
    runCli(
      ['provision', '--skip-repo-clone', '--node-type', 'compute_liqid', '--nodes', '1', '--yes', ...args],
      {
        env: { ...box.env, ENVBOOT_SIM_SITES: simSites({ uc: sims.uc!.url, tacc: sims.tacc!.url }), ...env },
        cwd: box.cwd,
        timeoutMs: 90_000,
      },
    );

  it('goes where its hosts are free first, and records that site in the run', async () => {
    const run = await provision({}, '--skip-launch', '--lease-name', 'sites-search');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as ProvisionData;
    expect(data.site).toBe('tacc');
    const said = logLines(run.stderr).find((l) => String(l.msg).startsWith('no site named'));
    expect(said).toMatchObject({ site: 'tacc' });
    const record = JSON.parse(
      readFileSync(`${box.env.XDG_STATE_HOME}/envboot/runs/${data.run_id}.json`, 'utf8'),
    ) as { options: { site: string } };
    expect(record.options.site).toBe('tacc');
  });

  it('a configuration that names a site keeps it: no search', async () => {
    const run = await provision({ OS_AUTH_URL: `${sims.uc!.url}/v3`, OS_REGION_NAME: 'CHI@UC' }, '--dry-run');
    expect(logLines(run.stderr).some((l) => String(l.msg).startsWith('no site named'))).toBe(false);
    // CHI@UC's simulator has no compute_liqid: the run stays there and says so.
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'INVALID_INPUT', field: 'node-type' });
  });
});

describe('the sites are asked at the same time', () => {
  let gate: Server;
  let gateUrl: string;
  /** Whether CHI@TACC's login was held at the gate until CHI@UC had answered a request. */
  let releasedByUc = false;
  /** CHI@UC's answered requests before the run. */
  let ucBefore = 0;

  beforeAll(async () => {
    // A gate in front of CHI@TACC's simulator holds its login until CHI@UC's simulator has answered something. Asked
    // one after the other (TACC first), UC would never be asked while TACC waits: the gate gives up after a while
    // and the test fails; asked at once, UC answers and TACC is let through.
    const tacc = new URL(sims.tacc!.url);
    gate = createServer((req, res) => {
      const forward = () => {
        const out = request(
          { host: tacc.hostname, port: tacc.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        req.pipe(out);
      };
      if (req.method !== 'POST' || !req.url?.startsWith('/v3/auth/tokens')) return forward();
      const giveUp = setTimeout(forward, 30_000);
      const watch = setInterval(() => {
        if (answered.uc!.length === ucBefore) return;
        releasedByUc = true;
        clearInterval(watch);
        clearTimeout(giveUp);
        forward();
      }, 5);
      giveUp.unref();
      req.on('close', () => clearInterval(watch));
    });
    await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve));
    gateUrl = `http://127.0.0.1:${(gate.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => gate.close(() => resolve())));

  it("CHI@UC answers while CHI@TACC's login is still held", async () => {
    ucBefore = answered.uc!.length;
    const run = await runCli(['capacity', '--site', 'tacc,uc', '--gpus', '1', '--no-token-cache'], {
      env: { ...box.env, ENVBOOT_SIM_SITES: simSites({ tacc: gateUrl, uc: sims.uc!.url }) },
    });
    expect(run.code).toBe(0);
    expect(releasedByUc).toBe(true);
    const data = envelopeOf(run).data as CapacityData;
    expect(data.sites!.every((s) => s.status !== 'error')).toBe(true);
  });
});
