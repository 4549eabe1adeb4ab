// allocate --repo (the original api-5's flags): the repository checked out into a working directory next to the
// lease's hosts, against the simulator and a local Git smart-HTTP server; and nothing allocated in the cloud, and
// nothing left behind, when the checkout or the look-up fails.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { neutron, type Cloud } from '@envboot/openstack';
import { makeLease, simCloud, simContext } from '@envboot/testkit-cloud';
import {
  commitFiles,
  createBareRepo,
  startGitServer,
  stepArgs,
  writeFiles,
  type BareRepo,
  type GitServer,
} from '@envboot/testkit';
import { validateAgainst, type AllocationData } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
let cloud: Cloud;
let git: GitServer;
/** Accepts connections and never answers: a clone that stalls. */
let silentGit: Server;
let silentUrl: string;
let trunk: BareRepo;
let multi: BareRepo;
let own: BareRepo;
let featureCommit: string;
let leaseId: string;
const LEASE = 'co-lease';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `envboot-alloc-${prefix}-`));

beforeAll(async () => {
  const root = tmp('repos');
  // A repository whose default branch is master: the original api-5's --branch main could not clone it.
  trunk = await createBareRepo(root, {
    name: 'trunk',
    branch: 'master',
    files: { 'README.md': '# trunk\n', 'src/train.py': 'print("train")\n' },
  });
  multi = await createBareRepo(root, { name: 'multi', files: { 'README.md': 'main branch\n' } });
  own = await createBareRepo(root, { name: 'own', files: { 'provision.json': '{"mine":true}\n' } });
  featureCommit = await commitFiles(multi.path, { 'FEATURE.md': 'feature branch\n' }, { branch: 'feature' });
  [sim, git] = await Promise.all([
    startSim({ port: 0, seed: 'small', speed: 2000 }),
    startGitServer({ root }),
  ]);
  silentGit = createServer(() => {});
  await new Promise<void>((resolve) => silentGit.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silentGit.address() as AddressInfo).port}/trunk.git`;
  cloud = await simCloud(sim);
  // Every test of the file uses this lease: six days are 4 minutes of real time at this speed, so it outlives the
  // file on a busy machine.
  leaseId = (await makeLease(sim, cloud, LEASE, { nodeType: 'compute_skylake', hours: 144 })).id;
});
afterAll(async () => {
  silentGit.closeAllConnections();
  await Promise.all([sim.close(), git.close(), new Promise((resolve) => silentGit.close(resolve))]);
});

function allocate(flags: Record<string, unknown>, o: { cwd?: string; dryRun?: boolean } = {}) {
  const input = toInput(stepArgs({ lease: LEASE, allowLocalHttp: true, ...flags }), undefined, {
    cwd: o.cwd ?? tmp('cwd'),
  });
  return simContext(sim, { dryRun: o.dryRun }).then((ctx) => run(input, ctx));
}

const leaseFips = async () =>
  (await neutron.floatingips.list(cloud.neutron)).filter((f) =>
    f.description.startsWith(`envboot lease ${leaseId} `),
  );
const gitHead = (dir: string) =>
  execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const totalRequests = () => Object.values(sim.stats()).reduce((n, v) => n + v, 0);

describe('allocate --repo', () => {
  it('checks a repository whose default branch is master out into ./<name>, next to the hosts', async () => {
    const cwd = tmp('cwd');
    const data = await allocate({ repo: git.repoUrl('trunk') }, { cwd });
    expect(validateAgainst('allocation', data)).toEqual({ valid: true });
    const workdir = join(cwd, 'trunk');
    expect(data).toMatchObject({ lease_id: leaseId, allocated: true, status: 'ACTIVE' });
    expect(data.hosts).toHaveLength(1);
    expect(data.checkout).toEqual({
      repo: git.repoUrl('trunk'),
      kind: 'url',
      ref: null,
      branch: 'master',
      commit: trunk.commit,
      workdir,
      copied: true,
      git: 'native',
    });
    expect(data).toMatchObject({
      repo: git.repoUrl('trunk'),
      branch: 'master',
      workdir,
      artifacts: [join(workdir, 'provision.json')],
    });
    expect(readFileSync(join(workdir, 'src/train.py'), 'utf8')).toBe('print("train")\n');
    expect(gitHead(workdir)).toBe(trunk.commit);
    expect(JSON.parse(readFileSync(join(workdir, 'provision.json'), 'utf8'))).toMatchObject({
      reservation_id: leaseId,
      repo: git.repoUrl('trunk'),
      branch: 'master',
      workdir,
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
  });

  it("keeps a URL's credentials out of the data, provision.json and the clone's config", async () => {
    const workdir = join(tmp('wd'), 'creds');
    const url = git.repoUrl('trunk').replace('http://', 'http://someone:s3cr3t-word@');
    const data = await allocate({ repo: url, workdir });
    expect(data.checkout?.commit).toBe(trunk.commit);
    expect(JSON.stringify(data)).not.toContain('s3cr3t-word');
    expect(readFileSync(join(workdir, 'provision.json'), 'utf8')).not.toContain('s3cr3t-word');
    expect(readFileSync(join(workdir, '.git', 'config'), 'utf8')).not.toContain('s3cr3t-word');
  });

  it('checks out the branch --branch names', async () => {
    const workdir = join(tmp('wd'), 'feature');
    const data = await allocate({ repo: git.repoUrl('multi'), branch: 'feature', workdir });
    expect(data.checkout).toMatchObject({
      ref: 'feature',
      branch: 'feature',
      commit: featureCommit,
      workdir,
    });
    expect(readFileSync(join(workdir, 'FEATURE.md'), 'utf8')).toBe('feature branch\n');
    expect(gitHead(workdir)).toBe(featureCommit);
    expect(featureCommit).not.toBe(multi.commit);
  });

  it('fails on a branch the repository does not have, and leaves no directory behind', async () => {
    const workdir = join(tmp('wd'), 'none');
    const failure = await allocate({ repo: git.repoUrl('multi'), branch: 'no-such', workdir }).then(
      () => null,
      (err: { code: string; message: string; field: string | null; hint: string | null }) => err,
    );
    expect(failure).toMatchObject({ code: 'REPO_UNAVAILABLE', message: expect.stringContaining('no-such') });
    // allocate's flag is --branch: analyze's name for it (--ref) never shows.
    expect(`${failure!.message} ${failure!.hint}`).not.toContain('--ref');
    expect(failure!.field).not.toBe('ref');
    expect(existsSync(workdir)).toBe(false);
  });

  it('refuses a branch name git would not accept, naming --branch', async () => {
    await expect(allocate({ repo: git.repoUrl('multi'), branch: 'bad..name' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'branch',
      message: expect.stringMatching(/^--branch "bad\.\.name"/),
    });
  });

  it('refuses a working directory that is not empty, and leaves it untouched', async () => {
    const workdir = writeFiles({ 'keep.txt': 'mine\n' });
    await expect(allocate({ repo: git.repoUrl('trunk'), workdir, floatingIps: 1 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'workdir',
      message: expect.stringContaining('not empty'),
    });
    expect(readdirSync(workdir)).toEqual(['keep.txt']);
    expect(readFileSync(join(workdir, 'keep.txt'), 'utf8')).toBe('mine\n');
    expect(await leaseFips()).toEqual([]);
  });

  it.each([
    ['file://', 'file:///etc'],
    ['ext::', 'ext::sh -c touch% /tmp/envboot-pwned'],
  ])('refuses a %s URL before any cloud call, and allocates no floating IP', async (_what, repo) => {
    const before = totalRequests();
    await expect(allocate({ repo, floatingIps: 1 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'repo',
    });
    expect(totalRequests()).toBe(before);
    expect(await leaseFips()).toEqual([]);
  });

  it("fails with git's own message, without the URL's credentials, and allocates nothing", async () => {
    const workdir = join(tmp('wd'), 'missing');
    const url = git.repoUrl('missing').replace('http://', 'http://someone:s3cr3t-word@');
    const failure = await allocate({ repo: url, workdir, floatingIps: 1 }).then(
      () => null,
      (err: { code: string; message: string }) => err,
    );
    expect(failure).toMatchObject({ code: 'REPO_UNAVAILABLE' });
    expect(failure!.message).toMatch(/^git clone failed: .*not found/);
    expect(JSON.stringify(failure)).not.toContain('s3cr3t-word');
    expect(failure!.message).not.toContain('s3cr3t-word');
    expect(existsSync(workdir)).toBe(false);
    expect(await leaseFips()).toEqual([]);
  });

  it('stops a clone that takes longer than --timeout with TIMEOUT, and allocates nothing', async () => {
    const workdir = join(tmp('wd'), 'slow');
    await expect(allocate({ repo: silentUrl, workdir, timeout: '1', floatingIps: 1 })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    expect(existsSync(workdir)).toBe(false);
    expect(await leaseFips()).toEqual([]);
  });

  it('allocates floating IPs once the checkout succeeded', async () => {
    const workdir = join(tmp('wd'), 'with-fip');
    const data = await allocate({ repo: git.repoUrl('trunk'), workdir, floatingIps: 1 });
    expect(data.floating_ips).toHaveLength(1);
    expect(data.checkout?.commit).toBe(trunk.commit);
    // Released again, so the other cases still see a lease without addresses.
    for (const f of await leaseFips()) await neutron.floatingips.remove(cloud.neutron, f.id);
  });

  it('removes its checkout when the lease is not found', async () => {
    const workdir = mkdtempSync(join(tmpdir(), 'envboot-alloc-empty-'));
    await expect(
      allocate({ lease: 'no-such-lease', repo: git.repoUrl('trunk'), workdir }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // It was there and empty before: it stays, empty.
    expect(readdirSync(workdir)).toEqual([]);
  });

  it('with --dry-run clones and writes nothing, and says what it would do', async () => {
    const cwd = tmp('cwd');
    const served = git.requests.length;
    const data = await allocate({ repo: git.repoUrl('trunk'), branch: 'master' }, { cwd, dryRun: true });
    expect(validateAgainst('allocation', data)).toEqual({ valid: true });
    expect(data).toMatchObject({
      dry_run: true,
      workdir: join(cwd, 'trunk'),
      branch: 'master',
      artifacts: [],
    });
    expect(data.checkout).toMatchObject({ copied: false, commit: null, ref: 'master' });
    expect(readdirSync(cwd)).toEqual([]);
    expect(git.requests.length).toBe(served);
  });

  it('uses a local directory where it is, writing nothing into it', async () => {
    const dir = writeFiles({ 'README.md': 'local\n', 'run.sh': 'echo hi\n' });
    const data: AllocationData = await allocate({ repo: dir });
    expect(data.checkout).toMatchObject({
      kind: 'local',
      repo: dir,
      workdir: dir,
      copied: false,
      commit: null,
    });
    expect(data.artifacts).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'run.sh']);
  });

  it('copies a local directory into --workdir, without version-control data or installed dependencies', async () => {
    const dir = writeFiles({
      'README.md': 'local\n',
      'src/main.py': 'print(1)\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      'node_modules/x/index.js': 'x\n',
    });
    const workdir = join(tmp('wd'), 'copy');
    const data = await allocate({ repo: dir, workdir });
    expect(data.checkout).toMatchObject({ kind: 'local', repo: dir, workdir, copied: true });
    expect(readdirSync(workdir).sort()).toEqual(['README.md', 'provision.json', 'src']);
    expect(readFileSync(join(workdir, 'src/main.py'), 'utf8')).toBe('print(1)\n');
    expect(data.artifacts).toEqual([join(workdir, 'provision.json')]);
  });

  it('refuses a --workdir inside the local directory it would copy', async () => {
    const dir = writeFiles({ 'README.md': 'local\n' });
    mkdirSync(join(dir, 'sub'));
    await expect(allocate({ repo: dir, workdir: join(dir, 'sub') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'workdir',
    });
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
  });

  it("keeps a repository's own provision.json as it is", async () => {
    const workdir = join(tmp('wd'), 'own');
    const data = await allocate({ repo: git.repoUrl('own'), workdir });
    expect(data.checkout?.commit).toBe(own.commit);
    expect(data.artifacts).toEqual([]);
    expect(readFileSync(join(workdir, 'provision.json'), 'utf8')).toBe('{"mine":true}\n');
  });

  it('refuses a --workdir that cannot be created, with INVALID_INPUT', async () => {
    const dir = writeFiles({ 'README.md': 'local\n' });
    const file = join(writeFiles({ 'a-file': 'x' }), 'a-file');
    for (const repo of [dir, git.repoUrl('trunk')]) {
      await expect(allocate({ repo, workdir: join(file, 'sub') })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        field: 'workdir',
      });
    }
  });

  it('says --branch, --workdir and --timeout go with --repo', () => {
    for (const flag of ['branch', 'workdir', 'timeout']) {
      expect(() => toInput(stepArgs({ lease: LEASE, [flag]: 'x' }), undefined)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', field: flag }),
      );
    }
  });

  it('leaves the no-repo path as it was: no checkout fields', async () => {
    const data = await allocate({});
    expect(data).not.toHaveProperty('checkout');
    expect(data).not.toHaveProperty('artifacts');
  });
});
