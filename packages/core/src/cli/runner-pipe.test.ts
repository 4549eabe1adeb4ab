import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

// The built runner in a child process, whose stdin is a real pipe (or not): what happens, in which order, while the
// command waits for the envelope from upstream.
const RUNNER = fileURLToPath(new URL('../../dist/cli/runner.js', import.meta.url));

const SCRIPT = `
  const { executeStep } = await import(${JSON.stringify(RUNNER)});
  const events = [];
  const def = {
    name: 'probe',
    kind: 'runs',
    summary: 'probe',
    examples: [],
    toInput: (_args, upstream) => (events.push(upstream ? 'envelope read' : 'no envelope'), {}),
    load: async () => (events.push('code loaded'), { run: async () => ({ runs: [] }) }),
    warm: async () => void events.push('warmed'),
  };
  const code = await executeStep(def, { logLevel: 'silent' });
  process.stderr.write('EVENTS ' + JSON.stringify({ code, events }) + '\\n');
`;

const ENVELOPE = JSON.stringify({
  ok: true,
  kind: 'runs',
  data: { runs: [] },
  error: null,
  context: {},
  metrics: { elapsed_ms: 1, requests: 0 },
  version: '0.1.0',
});

function probe(stdin: 'pipe-later' | 'nothing'): Promise<{ code: number; events: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], {
      stdio: [stdin === 'nothing' ? 'ignore' : 'pipe', 'ignore', 'pipe'],
      // A socket from spawn, not a shell's FIFO: give it time to start sending, as a slow upstream command would.
      env: { PATH: process.env.PATH, ENVBOOT_STDIN_GRACE_MS: '5000' },
    });
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', () => {
      const line = err.split('\n').find((l) => l.startsWith('EVENTS '));
      if (!line) return reject(new Error(`no events: ${err.slice(-400)}`));
      resolve(JSON.parse(line.slice(7)) as { code: number; events: string[] });
    });
    // Upstream takes its time, as a command waiting on the cloud does.
    if (stdin === 'pipe-later') setTimeout(() => child.stdin!.end(`${ENVELOPE}\n`), 400);
  });
}

describe('a command in a pipe', () => {
  it('loads its code and warms up while the envelope is still coming', async () => {
    const { code, events } = await probe('pipe-later');
    expect(code).toBe(0);
    expect(events).toEqual(['code loaded', 'warmed', 'envelope read']);
  });

  it('loads nothing early when nothing is piped in', async () => {
    const { code, events } = await probe('nothing');
    expect(code).toBe(0);
    expect(events).toEqual(['no envelope', 'code loaded']);
  });
});
