// Log lines of the shipped CLI at a terminal: readable lines from pino-pretty, which the bundle loads only then;
// JSON lines with ENVBOOT_LOG_FORMAT=json, without loading it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { REPO_ROOT } from '@envboot/testkit';
import { atTerminal, sandbox, type Sandbox } from './shipped-support.js';

const DIST = join(REPO_ROOT, 'apps/envboot/dist');

let sim: Sim;
let box: Sandbox;
let register: string;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
  box = sandbox('shipped-pretty');
  // A module hook that notes every file the process loads, to see which chunks of the bundle a run needed.
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
afterAll(() => sim.close());

/** The chunk of the bundle that holds pino-pretty (found by its code, whatever the chunk is called). */
function prettyChunk(): string {
  const chunks = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js'));
  const holding = chunks.filter((f) =>
    readFileSync(join(DIST, 'chunks', f), 'utf8').includes('prettyFactory'),
  );
  expect(holding).toHaveLength(1);
  return join(DIST, 'chunks', holding[0]!);
}

/** `capacity` with debug logging at a terminal; the screen, and the files the process loaded. */
async function capacityAtTerminal(name: string, env: NodeJS.ProcessEnv) {
  const loadedLog = join(box.root, `${name}.loaded`);
  writeFileSync(loadedLog, '');
  const { code, screen } = await atTerminal(
    ['capacity', '--site', 'sim', '--node-type', 'compute_skylake', '--log-level', 'debug'],
    {
      ...box.env,
      ENVBOOT_SIM_URL: sim.url,
      NODE_OPTIONS: `--import ${register}`,
      LOADED_LOG: loadedLog,
      ...env,
    },
  );
  const loaded = readFileSync(loadedLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((url) => fileURLToPath(url));
  expect(loaded).toContain(join(DIST, 'main.js'));
  return { code, lines: screen.split(/\r?\n/), loaded };
}

describe('log lines at a terminal, through the shipped CLI', () => {
  it('are readable, from pino-pretty loaded out of the bundle for the purpose', async () => {
    const { code, lines, loaded } = await capacityAtTerminal('pretty', {});
    expect(code).toBe(0);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\.\d{3}\] DEBUG \(capacity\): cloud request$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}op: "blazar\.hosts\.list"$/));
    expect(lines.filter((l) => l.startsWith('{"level"'))).toEqual([]);
    // The result for people follows the log lines (the envelope is for pipes: docs/output.md).
    expect(lines).toContainEqual(
      expect.stringMatching(/^\d+ of \d+ compute_skylake hosts? (is|are) free from /),
    );
    expect(loaded).toContain(prettyChunk());
    expect(loaded.filter((f) => f.includes('/node_modules/pino-pretty/'))).toEqual([]);
  });

  it('are JSON with ENVBOOT_LOG_FORMAT=json, and pino-pretty is not loaded', async () => {
    const { code, lines, loaded } = await capacityAtTerminal('json', { ENVBOOT_LOG_FORMAT: 'json' });
    expect(code).toBe(0);
    const logged = lines
      .filter((l) => l.startsWith('{"level"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 20, name: 'capacity', msg: 'cloud request', op: 'blazar.hosts.list' }),
    );
    expect(lines.filter((l) => / DEBUG \(capacity\)/.test(l))).toEqual([]);
    expect(loaded).not.toContain(prettyChunk());
  });
});
