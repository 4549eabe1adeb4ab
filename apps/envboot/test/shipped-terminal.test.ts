// What a person sees at a terminal, through the shipped CLI at a pseudo-terminal: a rendering of the envelope
// (docs/output.md) instead of the JSON; --json and --pretty still give the envelope; a pipe gets the envelope as
// it always did; and the renderers are loaded only at a terminal.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { ENVBOOT_BIN, REPO_ROOT, envelopeOf, runCli } from '@envboot/testkit';
import { atTerminal, envbootLine, sandbox, shellAtTerminal, type Sandbox } from './shipped-support.js';

const DIST = join(REPO_ROOT, 'apps/envboot/dist');
const GPU_TRAIN = join(REPO_ROOT, 'examples/repos/gpu-train');

let sim: Sim;
let box: Sandbox;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
  box = sandbox('shipped-terminal');
  env = { ...box.env, ENVBOOT_SIM_URL: sim.url, ENVBOOT_LOG_LEVEL: 'warn' };
});
afterAll(() => sim.close());

/** The screen's lines, without the live status lines a command draws while it waits (erased with ESC [2K). */
/** The last paragraph of a screen as one line (a sentence may wrap at the terminal's width). */
function lastParagraph(lines: string[]): string {
  const blank = lines.lastIndexOf('');
  return lines
    .slice(blank + 1)
    .map((l) => l.trim())
    .join(' ');
}

function linesOf(screen: string): string[] {
  return (
    screen
      .split(/\r?\n/)
      // eslint-disable-next-line no-control-regex -- the terminal's escape sequence is what is looked for
      .map((l) => l.replace(/^[\s\S]*\r\u001b\[2K/, ''))
      .filter((l, i, all) => l !== '' || i < all.length - 1)
  );
}

const CAPACITY = [
  'capacity',
  '--site',
  'sim',
  '--node-type',
  'compute_skylake',
  '--nodes',
  '1',
  '--duration',
  '2h',
];

describe('at a terminal, through the shipped CLI', () => {
  it('provision prints the plan with its reasons, what it created, and the ssh line last', async () => {
    const { code, screen } = await atTerminal(
      ['provision', '--repo', GPU_TRAIN, '--site', 'sim', '--yes', '--lease-name', 'tty-prov'],
      env,
    );
    expect(code).toBe(0);
    const lines = linesOf(screen);
    expect(lines).toContainEqual(expect.stringMatching(/^Run prov-\S+ completed at CHI@UC/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^plan {5}1 × \w+, image CC-Ubuntu22\.04-CUDA, \d+h$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}• GPU required: /));
    expect(lines).toContainEqual(expect.stringMatching(/^created {2}lease tty-prov, server tty-prov, /));
    expect(lines.at(-1)).toMatch(/^ssh (-i \S+ )?cc@\d+\.\d+\.\d+\.\d+$/);
    expect(screen).not.toContain('"ok"');
    const runId = /Run (prov-\S+) completed/.exec(screen)![1]!;
    const cleaned = await runCli(['cleanup', runId, '--yes'], { env });
    expect(envelopeOf(cleaned)).toMatchObject({ ok: true, data: { status: 'cleaned' } });
  });

  it('analyze prints the needs with their evidence (file:line), the plan and its reasons', async () => {
    const { code, screen } = await atTerminal(['analyze', '--repo', GPU_TRAIN, '--site', 'sim'], env);
    expect(code).toBe(0);
    const lines = linesOf(screen);
    expect(lines).toContain('Needs');
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}GPU {10}required: 1 NVIDIA GPU, 16 GB each, CUDA 12\.1$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {15}requirements\.txt:2 +torch==2\.1\.0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Plan for CHI@UC/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}• image CC-Ubuntu22\.04-CUDA: /));
    expect(screen).not.toContain('"ok"');
  });

  it('capacity prints a table and the answer in one sentence', async () => {
    const { code, screen } = await atTerminal(CAPACITY, env);
    expect(code).toBe(0);
    const lines = linesOf(screen);
    expect(lines[0]).toMatch(/^1 × compute_skylake for 2h at CHI@UC/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}HOST +NODE TYPE +UUID$/));
    expect(lastParagraph(lines)).toMatch(
      /^\d+ of \d+ compute_skylake hosts? (is|are) free from \d{4}-\d\d-\d\d \d\d:\d\d to /,
    );
  });

  it('runs prints a table of the runs', async () => {
    const { code, screen } = await atTerminal(['runs'], env);
    expect(code).toBe(0);
    const lines = linesOf(screen);
    expect(lines[0]).toMatch(/^RUN +STATUS +UPDATED \(UTC\)/);
    // The run provision made above (cleaned up since, unless that test failed).
    expect(lines[1]).toMatch(/^prov-\S+ +(cleaned|completed) +\d{4}-/);
  });

  it('--json prints the envelope on one line, as in a pipe; --pretty indents it', async () => {
    const json = await atTerminal([...CAPACITY, '--json'], env);
    expect(json.code).toBe(0);
    const [line, ...rest] = json.screen.split('\r\n');
    expect(rest.join('')).toBe('');
    expect(JSON.parse(line!)).toMatchObject({ ok: true, kind: 'capacity' });

    const pretty = await atTerminal(['runs', '--pretty'], env);
    expect(pretty.screen).toMatch(/^\{\r\n {2}"ok": true,\r\n {2}"kind": "runs",/);
  });

  it('in a pipe, prints the envelope on one line as before', async () => {
    for (const args of [CAPACITY, ['runs'], ['analyze', '--repo', GPU_TRAIN, '--no-plan']]) {
      const run = await runCli(args, { env });
      const envelope = envelopeOf(run);
      expect(run.stdout).toBe(`${JSON.stringify(envelope)}\n`);
    }
  });

  it('a failure prints its one line on stderr, and nothing on stdout', async () => {
    const { code, screen } = await atTerminal(['capacity', '--site', 'sim', '--node-type', 'nope'], env);
    expect(code).toBe(2);
    expect(linesOf(screen)).toEqual([
      expect.stringMatching(/^envboot capacity: unknown node type "nope" at this site \[INVALID_INPUT\] \(/),
    ]);

    const usage = await atTerminal(['capacity', '--no-such-flag'], env);
    expect(usage.code).toBe(2);
    expect(linesOf(usage.screen)).toEqual([
      expect.stringMatching(/^envboot capacity: unknown flag --no-such-flag/),
    ]);
  });

  it('a failure piped in: one line says the command did not run', async () => {
    const failing = envbootLine(['capacity', '--site', 'sim', '--node-type', 'nope']);
    // The first command's stderr is kept apart: what is on the screen is the second command's.
    const { screen } = await shellAtTerminal(
      `${failing} 2>/dev/null | ${envbootLine(['lease-create'])}`,
      env,
    );
    expect(linesOf(screen)).toEqual([
      'envboot lease-create: not run: the command before it in the pipe failed [INVALID_INPUT]',
    ]);
  });

  it('validate says the envelope is valid, then what it says', async () => {
    const line = `${envbootLine([...CAPACITY, '--json'])} | ${envbootLine(['validate'])}`;
    const { code, screen } = await shellAtTerminal(line, env);
    expect(code).toBe(0);
    const lines = linesOf(screen);
    expect(lines[0]).toBe('A valid capacity envelope.');
    expect(lastParagraph(lines)).toMatch(/compute_skylake hosts? (is|are) free from /);
  });

  it('wraps to the width of the terminal', async () => {
    const { code, screen } = await atTerminal(['analyze', '--repo', GPU_TRAIN, '--site', 'sim'], env, {
      columns: 60,
    });
    expect(code).toBe(0);
    // Only a word that cannot be broken (a URL) may pass the edge.
    const long = linesOf(screen).filter((l) => l.length > 60 && /\s\S+\s/.test(l.trim()));
    expect(long).toEqual([]);
    expect(linesOf(screen)).toContainEqual(expect.stringMatching(/^ {4}\S/));
  });

  it('colours only when the terminal has colours and NO_COLOR is not set', async () => {
    const colour = await atTerminal(CAPACITY, {
      ...env,
      TERM: 'xterm-256color',
      NO_COLOR: undefined,
      CI: undefined,
    });
    expect(colour.screen).toContain('\u001b[1m');
    const noColour = await atTerminal(CAPACITY, { ...env, TERM: 'xterm-256color', NO_COLOR: '1' });
    expect(noColour.screen).not.toContain('\u001b[');
    const dumb = await atTerminal(CAPACITY, { ...env, TERM: 'dumb', NO_COLOR: undefined });
    expect(dumb.screen).not.toContain('\u001b[');
  });
});

describe('start-up', () => {
  let register: string;
  beforeAll(() => {
    // A module hook that notes every file the process loads.
    writeFileSync(
      join(box.root, 'hooks.mjs'),
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function load(url, context, next) {\n' +
        "  if (url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, url + '\\n');\n" +
        '  return next(url, context);\n' +
        '}\n',
    );
    register = join(box.root, 'register.mjs');
    writeFileSync(
      register,
      "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
    );
  });

  /** The chunk of the bundle holding capacity's rendering (found by its text, whatever it is called). */
  function rendererChunk(): string {
    const chunks = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js'));
    const holding = chunks.filter((f) =>
      readFileSync(join(DIST, 'chunks', f), 'utf8').includes('No window: '),
    );
    expect(holding).toHaveLength(1);
    return join(DIST, 'chunks', holding[0]!);
  }

  function loaded(log: string): string[] {
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((url) => fileURLToPath(url));
  }

  it('loads the renderers only at a terminal', async () => {
    const piped = join(box.root, 'piped.loaded');
    writeFileSync(piped, '');
    // Not runCli: it leaves NODE_OPTIONS out, and the hook is registered there. Not spawnSync: the simulator
    // answers from this process.
    const child = spawn(process.execPath, [ENVBOOT_BIN, ...CAPACITY], {
      env: { ...process.env, ...env, NODE_OPTIONS: `--import ${register}`, LOADED_LOG: piped },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
    expect(loaded(piped)).toContain(join(DIST, 'main.js'));
    expect(loaded(piped)).not.toContain(rendererChunk());

    const tty = join(box.root, 'tty.loaded');
    writeFileSync(tty, '');
    const { code } = await atTerminal(CAPACITY, {
      ...env,
      NODE_OPTIONS: `--import ${register}`,
      LOADED_LOG: tty,
    });
    expect(code).toBe(0);
    expect(loaded(tty)).toContain(rendererChunk());
  });
});
