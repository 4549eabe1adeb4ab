// The step in process: toInput → run against a Git server and the simulator, as envboot runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { validateAgainst } from '@envboot/core';
import { createCloudContext } from '@envboot/openstack';
import { startSim, type Sim } from '@envboot/sim';
import {
  baseContext,
  createBareRepo,
  simEnv,
  startGitServer,
  stepArgs,
  type GitServer,
} from '@envboot/testkit';
import { loadCatalog } from '../src/catalog.js';
import { toInput } from '../src/input.js';
import { contextFrom, run } from '../src/run.js';
import { tempDir } from './helpers/env.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/repos/', import.meta.url));
let sim: Sim;
let git: GitServer;
let cache: string;

beforeAll(async () => {
  const root = tempDir('envboot-git-');
  for (const name of ['py-torch-cuda-index', 'docker-arm64', 'r-renv'])
    await createBareRepo(root, { name, dir: `${FIXTURES}${name}` });
  [sim, git] = await Promise.all([startSim({ port: 0, seed: 'uc' }), startGitServer({ root })]);
  cache = tempDir('envboot-xdg-');
});
afterAll(async () => {
  await Promise.all([sim?.close(), git?.close()]);
});

const env = () => simEnv(sim.url, { XDG_CACHE_HOME: cache, PATH: process.env.PATH });

async function analyse(args: Record<string, unknown>) {
  const a = stepArgs({ allowLocalHttp: true, ...args });
  const input = toInput(a, undefined, { env: env() });
  const ctx = await createCloudContext(a, baseContext(), { env: env() });
  return { data: await run(input, ctx), ctx, input };
}

describe('analyze against the simulator', () => {
  it('loads the catalog from the live services, all requests in parallel', async () => {
    const ctx = await createCloudContext(stepArgs(), baseContext(), { env: env() });
    const cloud = await ctx.cloud();
    const before = cloud.metrics.requests;
    const catalog = await loadCatalog({ cloud, site: 'sim', referenceSite: 'uc', maxLeaseMinutes: 10080 });
    expect(cloud.metrics.requests - before).toBeGreaterThanOrEqual(4);
    expect(catalog.nodeTypes.map((n) => n.name)).toEqual(
      expect.arrayContaining(['gpu_rtx_6000', 'compute_skylake', 'gpu_a100_pcie']),
    );
    expect(catalog.nodeTypes.find((n) => n.name === 'gpu_rtx_6000')!.gpu).toMatchObject({
      count: 1,
      memoryGb: 24,
    });
    expect(catalog.images.map((i) => i.name)).toContain('CC-Ubuntu22.04-CUDA');
    expect(catalog.nodeTypes.some((n) => n.calendars.some((c) => c.length > 0))).toBe(true);
  });

  it('clones over HTTP, infers requirements with evidence, and plans a node type, image and duration', async () => {
    const { data } = await analyse({ repo: git.repoUrl('py-torch-cuda-index') });
    expect(validateAgainst('analysis', data)).toEqual({ valid: true });
    expect(data.repo).toMatchObject({ kind: 'url', git: 'native', cached: false, files: 4 });
    expect(data.requirements.gpu).toMatchObject({ needed: true, cuda: '12.1' });
    expect(data.requirements.gpu.evidence[0]).toMatchObject({
      file: 'requirements.txt',
      line: 2,
      rule: 'py.index.cuda',
    });
    expect(data.plan).toMatchObject({
      site: 'sim',
      node_type: 'gpu_rtx_6000',
      count: 1,
      image: 'CC-Ubuntu22.04-CUDA',
      duration: '8h',
    });
    expect(data.plan!.reasons.length).toBeGreaterThan(3);
    expect(data.ai).toEqual({ status: 'off', model: null, reason: null });
    expect(contextFrom(data)).toMatchObject({
      node_type: 'gpu_rtx_6000',
      nodes: 1,
      image: 'CC-Ubuntu22.04-CUDA',
      plan: data.plan,
    });
  });

  it('gives requirements only with --no-plan, without touching the cloud', async () => {
    const { data, ctx } = await analyse({ repo: git.repoUrl('r-renv'), plan: false });
    expect(data.plan).toBeNull();
    expect(data.requirements.runtimes).toEqual({ r: '4.3.1' });
    expect(ctx.config).toBeUndefined();
  });

  it('fails with INSUFFICIENT_CAPACITY when no node type at the site can run the code', async () => {
    await expect(analyse({ repo: git.repoUrl('docker-arm64') })).rejects.toMatchObject({
      code: 'INSUFFICIENT_CAPACITY',
      hint: expect.stringContaining('--site tacc'),
      // The analysis is not lost: it travels with the error.
      data: { plan: null, requirements: { architecture: 'aarch64' } },
    });
  });
});
