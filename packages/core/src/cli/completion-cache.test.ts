import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { Envelope } from '../envelope.js';
import {
  completionCacheFile,
  learnedFrom,
  readCompletionCache,
  rememberForCompletion,
} from './completion-cache.js';

const envelope = (over: Partial<Envelope>): Envelope =>
  ({
    ok: true,
    kind: 'capacity',
    data: null,
    error: null,
    context: { site: 'sim' },
    metrics: { elapsed_ms: 1, requests: 0 },
    version: '0.1.0',
    ...over,
  }) as Envelope;

const capacity = envelope({
  data: {
    summary: [
      { node_type: 'compute_skylake', total: 4, available: 2 },
      { node_type: 'gpu_rtx_6000', total: 2, available: 0 },
    ],
  } as never,
});
const lease = (name: string, extra: Record<string, unknown> = {}) =>
  envelope({ kind: 'lease', data: { name, site: 'sim', node_type: 'compute_skylake', ...extra } as never });

function silentLog() {
  const lines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (l: string) => void lines.push(l) });
  return { log, lines };
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'completion-cache-')), 'envboot', 'completion.json');

describe('learnedFrom', () => {
  it('takes node types from anywhere in the data, and from an unknown-type error', () => {
    expect(learnedFrom(capacity)).toMatchObject({
      site: 'sim',
      nodeTypes: ['compute_skylake', 'gpu_rtx_6000'],
    });
    const refused = envelope({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'unknown node type',
        retryable: false,
        details: { node_types: ['fpga', 'gpu_v100'] },
      },
    });
    expect(learnedFrom(refused).nodeTypes).toEqual(['fpga', 'gpu_v100']);
  });

  it('takes a live lease, not a dry run; a deletion forgets it', () => {
    expect(learnedFrom(lease('mine')).leases).toEqual(['mine']);
    expect(learnedFrom(lease('mine', { dry_run: true })).leases).toEqual([]);
    const deleted = envelope({
      kind: 'lease-deletion',
      context: {},
      data: { name: 'mine', site: 'sim', status: 'deleted' } as never,
    });
    expect(learnedFrom(deleted)).toMatchObject({ site: 'sim', leases: [], deleted: ['mine'] });
  });
});

describe('rememberForCompletion', () => {
  it('keeps what each site taught, newest lease first, in a private file', () => {
    const file = tempFile();
    const { log } = silentLog();
    rememberForCompletion(capacity, log, file);
    rememberForCompletion(lease('first'), log, file);
    rememberForCompletion(lease('second'), log, file);
    rememberForCompletion(
      envelope({ context: { site: 'uc' }, data: { node_type: 'fpga' } as never }),
      log,
      file,
    );
    expect(readCompletionCache(file).sites).toEqual({
      sim: { node_types: ['compute_skylake', 'gpu_rtx_6000'], leases: ['second', 'first'] },
      uc: { node_types: ['fpga'], leases: [] },
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, '..')).mode & 0o777).toBe(0o700);
  });

  it('starts afresh over a damaged file', () => {
    const file = tempFile();
    const { log } = silentLog();
    rememberForCompletion(capacity, log, file);
    writeFileSync(file, '{"v":1,"sites":');
    expect(readCompletionCache(file)).toEqual({ v: 1, sites: {} });
    rememberForCompletion(lease('again'), log, file);
    expect(JSON.parse(readFileSync(file, 'utf8')).sites.sim.leases).toEqual(['again']);
  });

  it('says on the debug log that it cannot write, and lets the command be', () => {
    const notADirectory = join(mkdtempSync(join(tmpdir(), 'completion-cache-')), 'file');
    writeFileSync(notADirectory, '');
    const { log, lines } = silentLog();
    rememberForCompletion(capacity, log, join(notADirectory, 'envboot', 'completion.json'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 20, msg: 'could not update the completion cache' });
  });

  it('lives under $XDG_CACHE_HOME/envboot, else ~/.cache/envboot', () => {
    expect(completionCacheFile({ XDG_CACHE_HOME: '/x' })).toBe('/x/envboot/completion.json');
    expect(completionCacheFile({ HOME: '/home/me' })).toBe('/home/me/.cache/envboot/completion.json');
  });
});
