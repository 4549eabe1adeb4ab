// Eight provisions at once against one simulator, all for one host of a node type of which only three are free:
// each run either gets its host (lease, server, floating IP) or fails with INSUFFICIENT_CAPACITY and leaves nothing
// behind; no two runs share a run id, a lease, a host or an address; runs that share a state directory do not
// clobber each other's state, and runs that import the same public key do not trip over each other. Through the
// built CLI as child processes; the section in docs/reliability.md is written from this run.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CleanupData, Envelope, ProvisionData, RunsData } from '@envboot/core';
import {
  REPO_ROOT,
  createBareRepo,
  envelopeOf,
  hasStackTrace,
  startGitServer,
  type CliRun,
  type GitServer,
} from '@envboot/testkit';
import { runChild } from './support/child.js';
import { newPublicKey, scarceSite, siteOf, type ScarceSite, type Site } from './support/contention.js';
import { markdownTable, writeSection } from './support/doc.js';
import { startWorld, type World } from './support/world.js';

const RUNS = 8;
/** Hosts of the type free now: fewer than the runs, so that most must lose. */
const FREE = 3;
const NODE_TYPE = 'gpu_rtx_6000';
/** Long enough that no lease of the test ends, even at the simulator's speed on a slow machine (6 virtual days at
 * speed 2000 is more than four real minutes). */
const DURATION = '6d';
const SPEED = 2000;
/** Nova takes this long to import a key pair (as a loaded Nova may), so that the runs that use the same public
 * key all find it missing and import it at the same time. */
const KEYPAIR_IMPORT_MS = 1500;

/** How a run gets its key pair: a new one (--create-key), the user's default public key imported under a name
 * derived from it, or a named key pair imported from a file (--key-name --key-path). */
type KeyMode = 'create' | 'default' | 'named';
const KEY_MODES: KeyMode[] = ['create', 'default', 'create', 'named'];

interface Scenario {
  id: string;
  title: string;
  /** One HOME and state directory for all runs (one person, several terminals), or one each (several people). */
  shared: boolean;
}
const SCENARIOS: Scenario[] = [
  { id: 'shared', title: 'one home and state directory for all eight', shared: true },
  { id: 'separate', title: 'a home and state directory each', shared: false },
];

interface Home {
  env: NodeJS.ProcessEnv;
  runsDir: string;
}

interface Run {
  index: number;
  mode: KeyMode;
  home: Home;
  child: CliRun;
  envelope: Envelope;
  data: ProvisionData;
}

interface RunState {
  run_id: string;
  status: string;
  failed_step: string | null;
  error: { code: string } | null;
  key: { name: string; created: boolean } | null;
  lease: { id: string | null; name: string } | null;
  servers: Array<{ id: string | null; name: string }>;
  floating_ips: Array<{ id: string; address: string; created: boolean }>;
  removed: Array<{ type: string; id: string }>;
  remaining: Array<{ type: string; id: string }>;
}

const stateOf = (run: Run): RunState =>
  JSON.parse(readFileSync(join(run.home.runsDir, `${run.data.run_id}.json`), 'utf8')) as RunState;

const gitRoot = mkdtempSync(join(tmpdir(), 'rel-conc-git-'));
let git: GitServer;

beforeAll(async () => {
  await createBareRepo(gitRoot, { name: 'gpu-train', dir: join(REPO_ROOT, 'examples/repos/gpu-train') });
  git = await startGitServer({ root: gitRoot });
}, 60_000);

afterAll(async () => {
  await git?.close();
  rmSync(gitRoot, { recursive: true, force: true });
  if (rows.length === SCENARIOS.length && rows.every((r) => r.held)) writeSection('concurrency', table());
});

interface Row {
  scenario: string;
  winners: number;
  losers: string;
  held: boolean;
}
const rows: Row[] = [];

function table(): string {
  return [
    markdownTable(
      ['scenario', 'runs', `free ${NODE_TYPE} hosts`, 'got their host', 'failed'],
      rows.map((r) => [r.scenario, String(RUNS), String(FREE), String(r.winners), r.losers]),
    ),
    '',
    `Every run printed one schema-valid envelope and no stack trace; every winner's lease, server and floating IP ` +
      'were its own and removed by `envboot cleanup`; every loser had removed the key pair it created and left ' +
      'no lease, server or floating IP; every state file was whole and its own.',
  ].join('\n');
}

describe.each(SCENARIOS)('8 provisions at once, $title', (scenario) => {
  let world: World;
  let site: ScarceSite;
  let before: Site;
  let after: Site;
  const runs: Run[] = [];
  /** This scenario's tests, and those that held: the section is written only when all did. */
  let checks = 0;
  let held = 0;
  const check = (title: string, fn: () => void | Promise<void>, timeout?: number) => {
    checks += 1;
    it(
      title,
      async () => {
        await fn();
        held += 1;
      },
      timeout,
    );
  };
  let dir: string;

  const winners = () => runs.filter((r) => r.envelope.ok);
  const losers = () => runs.filter((r) => !r.envelope.ok);
  const outcome = (r: Run) =>
    r.envelope.ok
      ? `ok, exit ${r.child.code}`
      : `${r.envelope.error!.code}, exit ${r.child.code}, at ${r.data.failed_step}: ${r.envelope.error!.message}`;

  function makeHome(root: string, base: NodeJS.ProcessEnv): Home {
    const env = {
      ...base,
      HOME: root,
      XDG_STATE_HOME: join(root, 'state'),
      XDG_CACHE_HOME: join(root, 'cache'),
      XDG_CONFIG_HOME: join(root, 'config'),
    };
    mkdirSync(join(root, '.ssh'), { recursive: true, mode: 0o700 });
    writeFileSync(join(root, '.ssh', 'id_ed25519.pub'), newPublicKey(`user@${scenario.id}`));
    return { env, runsDir: join(root, 'state', 'envboot', 'runs') };
  }

  function keyArgs(mode: KeyMode, home: Home, index: number): string[] {
    if (mode === 'create') return ['--create-key'];
    if (mode === 'default') return [];
    // Runs sharing a home share the name; people with homes of their own name their own key pairs.
    const name = scenario.shared ? 'team-key' : `key-of-user-${index}`;
    return ['--key-name', name, '--key-path', join(home.env.HOME!, '.ssh', 'id_ed25519.pub')];
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `rel-conc-${scenario.id}-`));
    site = scarceSite(dir, NODE_TYPE, FREE);
    world = await startWorld({ seed: site.seed, speed: SPEED });
    const shared = makeHome(world.home, world.env);
    const homes = Array.from({ length: RUNS }, (_, i) =>
      scenario.shared ? shared : makeHome(join(dir, `home-${i}`), world.env),
    );
    world.sim.setFaults({ latency: [{ route: 'POST /compute/**/os-keypairs', ms: KEYPAIR_IMPORT_MS }] });
    before = siteOf(world.sim);
    const finished = await Promise.all(
      homes.map(async (home, index) => {
        const mode = KEY_MODES[index % KEY_MODES.length]!;
        const args = [
          'provision',
          '--repo',
          git.repoUrl('gpu-train'),
          '--allow-local-http',
          '--site',
          'sim',
          '--yes',
          '--node-type',
          NODE_TYPE,
          '--nodes',
          '1',
          // Now or never: without --start a run would book the next free window instead of failing.
          '--start',
          'now',
          '--duration',
          DURATION,
          ...keyArgs(mode, home, index),
        ];
        const child = await runChild(args, { env: home.env, timeoutMs: 150_000 });
        return { index, mode, home, child };
      }),
    );
    after = siteOf(world.sim);
    for (const f of finished) {
      const envelope = envelopeOf(f.child);
      runs.push({ ...f, envelope, data: envelope.data as ProvisionData });
    }
  }, 200_000);

  afterAll(async () => {
    await world?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    const failures = losers().map(
      (r) => `${r.envelope.error!.code} at ${r.data.failed_step} (exit ${r.child.code})`,
    );
    rows.push({
      scenario: scenario.title,
      winners: winners().length,
      losers: `${failures.length}: ${[...new Set(failures)].join(', ')}`,
      held: held === checks,
    });
  });

  check(
    'ends every run with its hosts or with INSUFFICIENT_CAPACITY at Blazar: exactly as many winners as free hosts',
    () => {
      expect(runs).toHaveLength(RUNS);
      // --start now skips the calendar sweep, so every run asks Blazar, which books one request at a time: the
      // first FREE get a host each, every later one is refused for want of hosts.
      const outcomes = runs.map(outcome);
      for (const o of outcomes)
        expect(o).toMatch(
          /^(ok, exit 0$|INSUFFICIENT_CAPACITY, exit 4, at lease: .*Not enough resources available)/,
        );
      expect(winners()).toHaveLength(FREE);
      for (const r of runs) {
        expect(hasStackTrace(r.child.stderr) || hasStackTrace(r.child.stdout)).toBe(false);
        expect(r.data.run_id).toMatch(/^prov-\d{8}-\d{4}-[0-9a-f]{6}$/);
      }
    },
  );

  check(
    'gives every winner a lease ACTIVE on a free host, a server ACTIVE on it and a floating IP attached',
    () => {
      for (const r of winners()) {
        const { data } = r;
        expect(data.status).toBe('completed');
        const lease = after.leases.find((l) => l.id === data.lease?.lease_id);
        expect(lease).toMatchObject({ status: 'ACTIVE', name: data.lease!.name });
        expect(lease!.hosts).toHaveLength(1);
        expect(site.free).toContain(lease!.hosts[0]);
        expect((data.hosts ?? []).map((h) => h.host_id)).toEqual(lease!.hosts);
        expect(data.servers).toHaveLength(1);
        const [launched] = data.servers!;
        const server = after.servers.find((s) => s.id === launched!.server_id);
        expect(server).toMatchObject({
          status: 'ACTIVE',
          host: after.hostNames.get(lease!.hosts[0]!),
          reservation_id: data.lease!.host_reservation_id,
          key_name: data.key!.name,
        });
        const address = after.floatingIps.find((f) => f.address === launched!.floating_ip);
        expect(address?.server_id).toBe(server!.id);
        const state = stateOf(r);
        expect(state).toMatchObject({
          run_id: data.run_id,
          status: 'completed',
          failed_step: null,
          lease: { id: lease!.id },
          servers: [{ id: server!.id }],
          floating_ips: [{ id: address!.id, created: true }],
        });
      }
    },
  );

  check('leaves nothing of a loser in the simulator, and says so in its envelope and its state file', () => {
    for (const r of losers()) {
      const state = stateOf(r);
      expect(state).toMatchObject({
        run_id: r.data.run_id,
        status: 'failed',
        failed_step: 'lease',
        error: { code: 'INSUFFICIENT_CAPACITY' },
        lease: { id: null },
        servers: [],
        floating_ips: [],
        remaining: [],
      });
      expect(r.data).toMatchObject({ status: 'failed', failed_step: 'lease', remaining: [] });
      expect(r.envelope.error!.hint).toContain('What the run had created was removed.');
      expect(after.leases.filter((l) => l.name === state.lease!.name)).toEqual([]);
      expect(after.servers.filter((s) => s.name.startsWith(state.lease!.name))).toEqual([]);
      if (state.key?.created) {
        expect(state.removed).toContainEqual(
          expect.objectContaining({ type: 'keypair', id: state.key.name }),
        );
      }
    }
  });

  check(
    'creates nothing but the winners: their leases, servers and addresses, and the key pairs they use',
    () => {
      const fresh = <T>(list: T[], was: T[], id: (x: T) => string) =>
        list.map(id).filter((x) => !was.map(id).includes(x));
      const ofWinners = (f: (d: ProvisionData) => Array<string | null | undefined>) =>
        winners()
          .flatMap((r) => f(r.data))
          .sort();
      expect(fresh(after.leases, before.leases, (l) => l.id).sort()).toEqual(
        ofWinners((d) => [d.lease?.lease_id]),
      );
      expect(fresh(after.servers, before.servers, (s) => s.id).sort()).toEqual(
        ofWinners((d) => (d.servers ?? []).map((s) => s.server_id)),
      );
      expect(fresh(after.floatingIps, before.floatingIps, (f) => f.address).sort()).toEqual(
        ofWinners((d) => (d.servers ?? []).map((s) => s.floating_ip)),
      );
      // A key pair made by --create-key is the run's: a winner's stays, a loser's is gone. One imported from the
      // user's public key is the user's, whoever imported it first: it stays, and no run deletes it.
      const keypairs = fresh(after.keypairs, before.keypairs, (k) => k);
      for (const r of runs) expect(r.data.key?.created).toBe(r.mode === 'create');
      const made = runs.filter((r) => r.mode === 'create');
      const imported = [...new Set(runs.filter((r) => r.mode !== 'create').map((r) => r.data.key!.name))];
      expect(keypairs.sort()).toEqual(
        [...made.filter((r) => r.envelope.ok).map((r) => r.data.key!.name), ...imported].sort(),
      );
    },
  );

  check('shares no run id, lease, host, server or floating IP between two runs', () => {
    const distinct = (values: Array<string | null | undefined>) => {
      expect(values.every(Boolean)).toBe(true);
      expect(new Set(values).size).toBe(values.length);
    };
    distinct(runs.map((r) => r.data.run_id));
    distinct(runs.map((r) => stateOf(r).lease?.name));
    distinct(winners().map((r) => r.data.lease?.lease_id));
    distinct(winners().flatMap((r) => (r.data.hosts ?? []).map((h) => h.host_id)));
    distinct(winners().flatMap((r) => (r.data.servers ?? []).map((s) => s.server_id)));
    distinct(winners().flatMap((r) => (r.data.servers ?? []).map((s) => s.floating_ip)));
  });

  check("keeps every run's state file whole and its own, with no lock or temporary file left", () => {
    const dirs = [...new Set(runs.map((r) => r.home.runsDir))];
    expect(dirs).toHaveLength(scenario.shared ? 1 : RUNS);
    const files = dirs.flatMap((d) => readdirSync(d)).sort();
    expect(files).toEqual(runs.map((r) => `${r.data.run_id}.json`).sort());
    for (const r of runs) {
      const state = stateOf(r);
      expect(state.run_id).toBe(r.data.run_id);
      expect(state.status).toBe(r.envelope.ok ? 'completed' : 'failed');
    }
  });

  check(
    'deletes what each winner made with envboot cleanup, leaving the simulator as it was',
    async () => {
      const cleanups = await Promise.all(
        winners().map((r) =>
          runChild(['cleanup', r.data.run_id, '--yes', '--site', 'sim'], {
            env: r.home.env,
            timeoutMs: 120_000,
          }),
        ),
      );
      for (const c of cleanups) {
        const envelope = envelopeOf(c);
        expect({ ok: envelope.ok, code: c.code, error: envelope.error?.message }).toEqual({
          ok: true,
          code: 0,
          error: undefined,
        });
        expect((envelope.data as CleanupData).status).toBe('cleaned');
        expect((envelope.data as CleanupData).remaining).toEqual([]);
      }
      const end = siteOf(world.sim);
      expect(end.leases.map((l) => l.id)).toEqual(before.leases.map((l) => l.id));
      expect(end.servers.map((s) => s.id)).toEqual(before.servers.map((s) => s.id));
      expect(end.floatingIps.map((f) => f.id)).toEqual(before.floatingIps.map((f) => f.id));
      // What stays: the key pairs imported from the users' public keys (never deleted: they are the users').
      const imported = runs.filter((r) => r.mode !== 'create').map((r) => r.data.key!.name);
      expect([...new Set(end.keypairs)].sort()).toEqual(
        [...new Set([...before.keypairs, ...imported])].sort(),
      );
      for (const r of winners()) expect(stateOf(r).status).toBe('cleaned');

      // And envboot runs lists each run in each state directory once, with its status.
      const listed = await Promise.all(
        [...new Map(runs.map((r) => [r.home.runsDir, r.home])).values()].map((home) =>
          runChild(['runs'], { env: home.env }),
        ),
      );
      const statuses = listed
        .flatMap((l) => (envelopeOf(l).data as RunsData).runs)
        .map((x) => `${x.run_id} ${x.status} ${x.failed_step ?? ''}`.trim())
        .sort();
      expect(statuses).toEqual(
        runs.map((r) => `${r.data.run_id} ${r.envelope.ok ? 'cleaned' : 'failed lease'}`).sort(),
      );
    },
    150_000,
  );
});
