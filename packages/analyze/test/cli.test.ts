// envboot analyze as users run it: the built CLI as a child process, a Git server and the simulator on
// loopback, envelopes checked against the schemas, pipes into capacity and lease-create.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { startSim, type Sim } from '@envboot/sim';
import {
  createBareRepo,
  envelopeOf,
  hasStackTrace,
  runCli,
  simEnv,
  startGitServer,
  type GitServer,
} from '@envboot/testkit';
import { tempDir } from './helpers/env.js';
import { startFakeOpenAI, type FakeOpenAI } from './helpers/fake-openai.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/repos/', import.meta.url));
const OPENAI_KEY = 'sk-cli-test-key-9f8e7d6c5b4a';
let sim: Sim;
let git: GitServer;
let fake: FakeOpenAI;
let cache: string;

beforeAll(async () => {
  const root = tempDir('envboot-git-');
  for (const name of ['py-torch-cuda-index', 'slurm-torchrun'])
    await createBareRepo(root, { name, dir: `${FIXTURES}${name}` });
  [sim, git, fake] = await Promise.all([
    startSim({ port: 0, seed: 'uc' }),
    startGitServer({ root }),
    startFakeOpenAI(),
  ]);
  cache = tempDir('envboot-xdg-');
});
afterAll(async () => {
  await Promise.all([sim?.close(), git?.close(), fake?.close()]);
});

const env = (extra: NodeJS.ProcessEnv = {}) =>
  simEnv(sim.url, { XDG_CACHE_HOME: cache, OPENAI_API_KEY: '', ...extra });
const analyze = (args: string[], extra: NodeJS.ProcessEnv = {}, input?: string) =>
  runCli(['analyze', '--site', 'sim', '--allow-local-http', ...args], { env: env(extra), input });

describe('envboot analyze', () => {
  it('prints requirements with evidence and a plan with reasons', async () => {
    const r = await analyze(['--repo', git.repoUrl('py-torch-cuda-index')]);
    expect(r.code).toBe(0);
    const e = envelopeOf(r);
    expect(e.kind).toBe('analysis');
    const data = e.data as {
      requirements: { gpu: { needed: boolean; evidence: unknown[] } };
      plan: { node_type: string; reasons: string[] };
    };
    expect(data.requirements.gpu.needed).toBe(true);
    expect(data.requirements.gpu.evidence.length).toBeGreaterThan(0);
    expect(data.plan.node_type).toBe('gpu_rtx_6000');
    expect(data.plan.reasons.join(' ')).toMatch(/smallest that fits/);
    expect(e.context).toMatchObject({
      site: 'sim',
      node_type: 'gpu_rtx_6000',
      nodes: 1,
      image: 'CC-Ubuntu22.04-CUDA',
    });
    expect(e.metrics.requests).toBeGreaterThan(0);
  });

  it('pipes into capacity and lease-create: node type, count and duration carry over', async () => {
    const first = await analyze(['--repo', git.repoUrl('slurm-torchrun')]);
    expect(first.code).toBe(0);
    const plan = (
      envelopeOf(first).data as { plan: { node_type: string; count: number; duration_minutes: number } }
    ).plan;
    const capacity = await runCli(['capacity'], { env: env(), input: first.stdout });
    expect(capacity.code).toBe(0);
    const cap = envelopeOf(capacity);
    expect(cap.data).toMatchObject({ node_type: plan.node_type, duration_minutes: plan.duration_minutes });
    const lease = await runCli(['lease-create', '--dry-run'], { env: env(), input: first.stdout });
    expect(lease.code).toBe(0);
    expect(envelopeOf(lease).data).toMatchObject({
      node_type: plan.node_type,
      nodes_requested: plan.count,
      duration_minutes: plan.duration_minutes,
      resource_properties: JSON.stringify(['==', '$node_type', plan.node_type]),
    });
  });

  it('reads a local directory without a site when asked for requirements only', async () => {
    const r = await runCli(['analyze', '--repo', `${FIXTURES}go-service`, '--no-plan'], {
      env: { XDG_CACHE_HOME: cache },
    });
    expect(r.code).toBe(0);
    expect(envelopeOf(r).data).toMatchObject({
      plan: null,
      requirements: { runtimes: { go: '1.22' }, languages: ['Go'] },
    });
  });

  it('keeps the requirements when it cannot plan (no credentials), and says how to skip planning', async () => {
    const r = await runCli(['analyze', '--repo', `${FIXTURES}go-service`], {
      env: { HOME: tempDir(), XDG_CACHE_HOME: cache },
    });
    expect(r.code).toBe(7);
    const e = envelopeOf(r);
    expect(e.error).toMatchObject({ code: 'AUTH_CONFIG', hint: expect.stringContaining('--no-plan') });
    expect(e.data).toMatchObject({ plan: null, requirements: { runtimes: { go: '1.22' } } });
  });

  it.each([
    [['--repo', 'file:///etc'], 2, 'INVALID_INPUT'],
    [['--repo', 'ext::sh -c id'], 2, 'INVALID_INPUT'],
    [['--repo', 'http://example.org/a.git'], 2, 'INVALID_INPUT'],
    [['--repo', 'owner/repo', '--ref=--upload-pack=x'], 2, 'INVALID_INPUT'],
    [['--max-size', 'lots', '--repo', 'owner/repo'], 2, 'INVALID_INPUT'],
    [[], 2, 'USAGE'],
  ])('answers bad input %j with a code, never a stack trace', async (args, exit, code) => {
    const r = await runCli(['analyze', '--site', 'sim', ...args], { env: env() });
    expect(r.code).toBe(exit);
    expect(envelopeOf(r).error?.code).toBe(code);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('reports a repository that cannot be fetched (exit 5) and a fetch that takes too long (exit 6)', async () => {
    const missing = await analyze(['--repo', git.repoUrl('no-such-repo')]);
    expect(missing.code).toBe(5);
    expect(envelopeOf(missing).error?.code).toBe('REPO_UNAVAILABLE');
    git.setDelay(3000);
    try {
      const slow = await analyze(['--repo', git.repoUrl('py-torch-cuda-index'), '--timeout', '1']);
      expect(slow.code).toBe(6);
      expect(envelopeOf(slow).error?.code).toBe('TIMEOUT');
    } finally {
      git.setDelay(0);
    }
  });

  it('never shows credentials from the URL or the OpenAI key, even in debug logs', async () => {
    const secret = 'p4ss-w0rd-not-for-logs';
    const url = git.repoUrl('py-torch-cuda-index').replace('http://', `http://alice:${secret}@`);
    fake.script({
      content: JSON.stringify({
        gpu_needed: true,
        gpu_count: 1,
        min_gpu_memory_gb: 24,
        cuda: '12.1',
        node_type: 'gpu_rtx_6000',
        count: 1,
        image: 'CC-Ubuntu22.04-CUDA',
        duration_hours: 6,
        reasons: [`the key is ${OPENAI_KEY}`],
      }),
    });
    const r = await analyze(['--repo', url, '--log-level', 'debug'], {
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: fake.baseUrl,
    });
    expect(r.code).toBe(0);
    const e = envelopeOf(r);
    expect(e.data).toMatchObject({
      ai: { status: 'used', changed: ['duration_minutes'] },
      plan: { duration: '6h', source: 'ai' },
    });
    expect(fake.requests.at(-1)!.headers.authorization).toBe(`Bearer ${OPENAI_KEY}`);
    for (const text of [r.stdout, r.stderr]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(OPENAI_KEY);
    }
  });
});
