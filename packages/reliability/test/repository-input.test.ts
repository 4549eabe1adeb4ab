// Repository input, through the built CLI as a child process (git runs as a child of it): credentials in URLs,
// transports and options that would reach beyond https, `..`, symbolic links out of the checkout, a repository
// larger than the cap, a clone that stalls, a server whose error is a wall of text. Each is refused or bounded with
// a clear error, and a secret in a URL reaches no output, log or file. The table in docs/reliability.md is written
// from this run.
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AnalysisData, Envelope } from '@envboot/core';
import { REPO_ROOT, createBareRepo, startGitServer, type CliRun, type GitServer } from '@envboot/testkit';
import { runChild } from './support/child.js';
import { judge } from './support/contract.js';
import { markdownTable, writeSection } from './support/doc.js';
import { startErrGit, startPrivateGit, startSilentGit, type TestServer } from './support/git-servers.js';
import { alive, startWorld, type World } from './support/world.js';

const SECRET = 'tok-Q9v2-very-secret-7731';
const CLIENTS = ['native', 'isomorphic'] as const;

let world: World;
let git: GitServer;
let root: string;
let outside: string;
const servers: TestServer[] = [];

beforeAll(async () => {
  world = await startWorld();
  root = mkdtempSync(join(tmpdir(), 'rel-repos-'));
  outside = mkdtempSync(join(tmpdir(), 'rel-outside-'));
  // What a link out of the checkout would reveal: a GPU requirement and a "secret".
  writeFileSync(join(outside, 'requirements.txt'), 'torch==2.1.0+cu121\n');
  writeFileSync(join(outside, 'secret.txt'), `${SECRET}\n`);
  await createBareRepo(join(root, 'srv'), {
    name: 'gpu-train',
    dir: join(REPO_ROOT, 'examples/repos/gpu-train'),
  });
  const linked = mkdtempSync(join(tmpdir(), 'rel-linked-'));
  writeFileSync(join(linked, 'README.md'), '# linked\n');
  symlinkSync(join(outside, 'requirements.txt'), join(linked, 'requirements.txt'));
  symlinkSync('../../../../../../../../../../etc/passwd', join(linked, 'environment.yml'));
  symlinkSync(outside, join(linked, 'src'));
  await createBareRepo(join(root, 'srv'), { name: 'linked', dir: linked });
  await createBareRepo(join(root, 'srv'), {
    name: 'big',
    // Blobless clones fetch only what the rules read: the README is one of them.
    files: {
      'README.md': `# big\n${randomBytes(3 * 2 ** 20).toString('base64')}\n`,
      'data/blob.bin': randomBytes(2 ** 20),
    },
  });
  git = await startGitServer({ root: join(root, 'srv') });
}, 60_000);

afterAll(async () => {
  await Promise.all([world?.close(), git?.close(), ...servers.map((s) => s.close())]);
  for (const dir of [root, outside]) rmSync(dir, { recursive: true, force: true });
  if (rows.length > 0) writeSection('repository', table());
});

interface Row {
  case: string;
  outcome: string;
}
const rows: Row[] = [];

async function analyze(
  args: string[],
  timeoutMs = 60_000,
): Promise<{ run: CliRun; envelope: Envelope<'analysis'> }> {
  const argv = ['analyze', '--no-plan', '--log-level', 'debug', ...args];
  const run = await runChild(argv, { env: world.env, timeoutMs });
  const verdict = judge(argv, run);
  expect(verdict.problems).toEqual([]);
  return { run, envelope: verdict.envelope as Envelope<'analysis'> };
}

function record(title: string, envelope: Envelope, run: CliRun, note = ''): void {
  const outcome = envelope.ok ? 'ok' : `${envelope.error!.code} (exit ${run.code})`;
  rows.push({ case: title, outcome: note ? `${outcome}: ${note}` : outcome });
}

/** Every file under a directory, as text (binary files too: a secret is looked for as bytes). */
function filesUnder(dir: string): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  const out: Array<[string, string]> = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) out.push([path, readFileSync(path, 'latin1')]);
  }
  return out;
}

describe('credentials in the URL', () => {
  it.each(CLIENTS)('are used and never shown or stored (%s git)', async (client) => {
    const upstream = await startPrivateGit(git.url, 'alice', SECRET);
    servers.push(upstream);
    const url = `${upstream.url.replace('http://', `http://alice:${SECRET}@`)}/gpu-train.git`;
    const { run, envelope } = await analyze(['--repo', url, '--allow-local-http', '--git-client', client]);
    record(
      `credentials in the URL (${client})`,
      envelope,
      run,
      'cloned; the secret in no output, log or file',
    );
    expect(envelope.ok).toBe(true);
    // The blobs came through the credentials too: the GPU requirement is read from requirements.txt.
    expect((envelope.data as AnalysisData).requirements.gpu.needed).toBe(true);
    expect(upstream.seenAuth.some((a) => a.startsWith('Basic '))).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(
      filesUnder(world.home)
        .filter(([, text]) => text.includes(SECRET))
        .map(([p]) => p),
    ).toEqual([]);
  });

  it.each(CLIENTS)('that are wrong: REPO_UNAVAILABLE, and still never shown (%s git)', async (client) => {
    const upstream = await startPrivateGit(git.url, 'alice', 'the-right-one');
    servers.push(upstream);
    const url = `${upstream.url.replace('http://', `http://alice:${SECRET}@`)}/gpu-train.git`;
    const { run, envelope } = await analyze(['--repo', url, '--allow-local-http', '--git-client', client]);
    record(`wrong credentials in the URL (${client})`, envelope, run, 'the secret in no output or log');
    expect(envelope.error?.code).toBe('REPO_UNAVAILABLE');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});

describe('transports, options and paths that reach beyond https', () => {
  const marker = join(tmpdir(), `rel-pwned-${process.pid}`);
  const cases: Array<[title: string, args: () => string[]]> = [
    ['file://', () => ['--repo', `file://${root}/srv/gpu-train.git`]],
    ['ext:: (a shell command)', () => ['--repo', `ext::sh -c touch% ${marker}`]],
    ['--upload-pack as the repository', () => ['--repo', `--upload-pack=touch ${marker}`]],
    [
      '--upload-pack as the ref',
      () => [
        '--repo',
        git.repoUrl('gpu-train'),
        '--allow-local-http',
        '--ref',
        `--upload-pack=touch ${marker}`,
      ],
    ],
    ['ssh://', () => ['--repo', 'ssh://git@127.0.0.1/x.git']],
    ['git://', () => ['--repo', 'git://127.0.0.1/x.git']],
    ['scp-like user@host:path', () => ['--repo', 'git@127.0.0.1:x.git']],
    ['plain http without --allow-local-http', () => ['--repo', git.repoUrl('gpu-train')]],
    [
      'a ref with ..',
      () => ['--repo', git.repoUrl('gpu-train'), '--allow-local-http', '--ref', 'main/../../x'],
    ],
  ];

  it.each(cases)('%s: refused (exit 2) before git starts', async (title, args) => {
    const before = git.requests.length;
    const { run, envelope } = await analyze(args());
    record(title, envelope, run);
    // Bad usage (a flag where a value belongs) or bad input: exit 2 either way.
    expect(['USAGE', 'INVALID_INPUT']).toContain(envelope.error?.code);
    expect(run.code).toBe(2);
    expect(git.requests.length).toBe(before);
    expect(existsSync(marker)).toBe(false);
  });

  it('.. in the URL path is resolved by the URL, and what it names does not exist: REPO_UNAVAILABLE', async () => {
    const url = `${git.url}/gpu-train.git/../../../../etc/passwd`;
    const { run, envelope } = await analyze(['--repo', url, '--allow-local-http']);
    record('.. in the URL path', envelope, run);
    expect(envelope.error?.code).toBe('REPO_UNAVAILABLE');
    expect(run.stdout).not.toContain('root:x:0:0');
  });

  it('.. in a run id: refused by cleanup and provision --resume', async () => {
    for (const argv of [
      ['cleanup', '../../../etc/passwd', '--yes'],
      ['provision', '--resume', '../../../etc/passwd', '--yes', '--site', 'sim'],
    ]) {
      const run = await runChild(argv, { env: world.env });
      const verdict = judge(argv, run);
      expect(verdict.problems).toEqual([]);
      expect(verdict.envelope?.error?.code).toBe('INVALID_INPUT');
      record(`.. in a run id (${argv[0]})`, verdict.envelope!, run);
    }
  });

  it('through provision: refused before anything is created', async () => {
    const before = alive(world.sim);
    const argv = ['provision', '--repo', `ext::sh -c touch% ${marker}`, '--site', 'sim', '--yes'];
    const run = await runChild(argv, { env: world.env });
    const verdict = judge(argv, run);
    expect(verdict.problems).toEqual([]);
    expect(verdict.envelope?.error?.code).toBe('INVALID_INPUT');
    expect(alive(world.sim).leases.size).toBe(before.leases.size);
    record('ext:: through provision', verdict.envelope!, run);
  });
});

describe('symbolic links that point outside the checkout', () => {
  const noGpu = (envelope: Envelope<'analysis'>) => {
    const data = envelope.data as AnalysisData;
    expect(data.requirements.gpu.needed).toBe(false);
    expect(JSON.stringify(data)).not.toContain('torch');
    expect(JSON.stringify(data)).not.toContain('root:x:0:0');
  };

  it('in a local directory: not followed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rel-local-links-'));
    writeFileSync(join(dir, 'README.md'), '# local\n');
    symlinkSync(join(outside, 'requirements.txt'), join(dir, 'requirements.txt'));
    symlinkSync(outside, join(dir, 'src'));
    const { run, envelope } = await analyze(['--repo', dir]);
    record('links out of a local directory', envelope, run, 'not followed');
    expect(envelope.ok).toBe(true);
    noGpu(envelope);
    expect((envelope.data as AnalysisData).repo.files).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(CLIENTS)(
    'in a repository, cloned and checked out into --workdir: not followed (%s git)',
    async (client) => {
      const workdir = join(mkdtempSync(join(tmpdir(), 'rel-workdir-')), 'checkout');
      const { run, envelope } = await analyze([
        '--repo',
        git.repoUrl('linked'),
        '--allow-local-http',
        '--git-client',
        client,
        '--workdir',
        workdir,
      ]);
      record(`links out of a repository, checked out (${client})`, envelope, run, 'not followed');
      expect(envelope.ok).toBe(true);
      noGpu(envelope);
    },
  );
});

describe('bounds', () => {
  it.each(CLIENTS)(
    'a repository bigger than --max-size: REPO_UNAVAILABLE, nothing left half-cloned (%s git)',
    async (client) => {
      const cache = join(world.home, 'cache', 'envboot', 'repos');
      const { run, envelope } = await analyze([
        '--repo',
        git.repoUrl('big'),
        '--allow-local-http',
        '--git-client',
        client,
        '--max-size',
        '500k',
      ]);
      record(`bigger than --max-size (${client})`, envelope, run);
      expect(envelope.error).toMatchObject({
        code: 'REPO_UNAVAILABLE',
        message: expect.stringContaining('larger than'),
      });
      const leftovers = existsSync(cache)
        ? (readdirSync(cache, { recursive: true }) as string[]).filter((p) => /(^|\/)tmp-/.test(p))
        : [];
      expect(leftovers).toEqual([]);
    },
  );

  it.each(CLIENTS)(
    'a clone that stalls: TIMEOUT at --timeout, and git is stopped (%s git)',
    async (client) => {
      const silent = await startSilentGit();
      servers.push(silent);
      const started = Date.now();
      const { run, envelope } = await analyze(
        ['--repo', `${silent.url}/x.git`, '--allow-local-http', '--git-client', client, '--timeout', '3s'],
        30_000,
      );
      record(`a clone that stalls (${client})`, envelope, run, 'after the 3 s --timeout');
      expect(envelope.error?.code).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(20_000);
    },
  );

  it.each(CLIENTS)(
    'a server whose error is 64 KB of text: REPO_UNAVAILABLE, in one short line (%s git)',
    async (client) => {
      const noisy = await startErrGit('x'.repeat(65_000));
      servers.push(noisy);
      const { run, envelope } = await analyze([
        '--repo',
        `${noisy.url}/x.git`,
        '--allow-local-http',
        '--git-client',
        client,
      ]);
      record(`a 64 KB error from the server (${client})`, envelope, run);
      expect(envelope.error?.code).toBe('REPO_UNAVAILABLE');
      expect(run.stderr.split('\n').filter((l) => l.startsWith('envboot analyze:'))).toHaveLength(1);
    },
  );
});

function table(): string {
  return [
    markdownTable(
      ['repository input', 'outcome'],
      rows.map((r) => [r.case, r.outcome]),
    ),
    '',
    'Each ran as `envboot analyze --no-plan --log-level debug …` (the run-id cases as `cleanup` and `provision`); every ' +
      'one printed a schema-valid envelope with no stack trace.',
  ].join('\n');
}
