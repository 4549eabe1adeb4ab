import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { okEnvelope } from './envelope.js';
import { UsageError } from './errors.js';
import { parseUpstream, readStdinText } from './stdin.js';

function stream() {
  return new PassThrough() as PassThrough & { isTTY?: boolean };
}

describe('readStdinText', () => {
  it('reads everything up to the end', async () => {
    const s = stream();
    const text = readStdinText({ stream: s });
    s.write('{"a":');
    s.end('1}');
    expect(await text).toBe('{"a":1}');
  });

  it('does not read a terminal', async () => {
    const s = stream();
    s.isTTY = true;
    expect(await readStdinText({ stream: s })).toBeUndefined();
  });

  it('does not read with --no-stdin', async () => {
    expect(await readStdinText({ stream: stream(), mode: 'never' })).toBeUndefined();
  });

  it('takes /dev/null as nothing at once, without opening a stream on it', () => {
    // The built module, in a process whose stdin is /dev/null (what stdio 'ignore' gives a child).
    const stdin = new URL('../dist/stdin.js', import.meta.url).href;
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(stdin)}); console.log(String(await m.readStdinText()));`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 10_000 },
    );
    expect(child.stderr).toBe('');
    // A stream read to its end would have given '' (an empty text), not undefined.
    expect(child.stdout.trim()).toBe('undefined');
  });

  it('reads what a socket holds even when the loop was busy past the grace period', () => {
    // Node gives a child's stdin as a socket: the grace applies. The parent's data is there before the child
    // reads, but the child's loop is blocked (as loading code on a busy machine blocks it) past the grace.
    const stdin = new URL('../dist/stdin.js', import.meta.url).href;
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(stdin)});
         const text = m.readStdinText({ graceMs: 20 });
         const until = Date.now() + 300; while (Date.now() < until) {}
         console.log(JSON.stringify(await text));`,
      ],
      { input: '{"ok":true}', stdio: ['pipe', 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe(JSON.stringify('{"ok":true}'));
  });

  it('gives up on a silent stdin that is not a pipe after the grace period', async () => {
    const started = Date.now();
    expect(await readStdinText({ stream: stream(), graceMs: 50 })).toBeUndefined();
    // Not for ever: the bound is loose, so that a busy machine does not fail it.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('waits past the grace period once data has started to arrive', async () => {
    const s = stream();
    const text = readStdinText({ stream: s, graceMs: 30 });
    s.write('{"x"');
    await new Promise((r) => setTimeout(r, 80));
    s.end(':2}');
    expect(await text).toBe('{"x":2}');
  });
});

describe('parseUpstream', () => {
  const good = okEnvelope(
    { kind: 'plan' },
    {
      node_type: 'compute_skylake',
      count: 1,
      image: 'CC-Ubuntu22.04',
      duration: '1h',
      duration_minutes: 60,
      resource_properties: '',
      reasons: [],
    },
  );

  it('treats empty input as no upstream', () => {
    expect(parseUpstream(undefined)).toBeUndefined();
    expect(parseUpstream('  \n')).toBeUndefined();
  });

  it('returns a valid envelope', () => {
    expect(parseUpstream(JSON.stringify(good))).toEqual(good);
  });

  it('rejects malformed JSON as INVALID_INPUT', () => {
    expect(() => parseUpstream('{oops')).toThrow(UsageError);
    try {
      parseUpstream('{oops');
    } catch (err) {
      expect((err as UsageError).code).toBe('INVALID_INPUT');
      expect((err as UsageError).field).toBe('stdin');
    }
  });

  it('rejects two documents and non-objects', () => {
    expect(() => parseUpstream(`${JSON.stringify(good)}\n${JSON.stringify(good)}`)).toThrow(
      /not a JSON envelope/,
    );
    expect(() => parseUpstream('[1,2]')).toThrow(/expected an object/);
    expect(() => parseUpstream('null')).toThrow(/expected an object/);
  });

  it('names the offending field of a schema-invalid envelope', () => {
    const bad = { ...good, metrics: { elapsed_ms: -1, requests: 0 } };
    expect(() => parseUpstream(JSON.stringify(bad))).toThrow(/metrics\.elapsed_ms/);
  });
});
