import { describe, expect, it } from '@jest/globals';
import { silentLogger } from '../logger.js';
import { createProgress, formatElapsed } from './progress.js';

describe('progress', () => {
  it('rewrites one line on a terminal', () => {
    const out: string[] = [];
    const p = createProgress(silentLogger(), { tty: true, write: (t) => out.push(t) });
    p.update('lease PENDING, starts in 4m');
    p.update('lease PENDING, starts in 3m');
    p.done('lease ACTIVE');
    expect(out).toEqual([
      '\r\u001b[2Klease PENDING, starts in 4m',
      '\r\u001b[2Klease PENDING, starts in 3m',
      '\r\u001b[2K',
      'lease ACTIVE\n',
    ]);
  });

  it('logs only when the key changes off a terminal', () => {
    const logged: string[] = [];
    const log = { info: (msg: string) => logged.push(msg) } as never;
    const p = createProgress(log, { tty: false, write: () => {} });
    p.update('lease PENDING, starts in 4m', 'PENDING');
    p.update('lease PENDING, starts in 3m', 'PENDING');
    p.update('lease STARTING', 'STARTING');
    p.done('lease ACTIVE');
    expect(logged).toEqual(['lease PENDING, starts in 4m', 'lease STARTING', 'lease ACTIVE']);
  });

  it('formats elapsed times briefly', () => {
    expect(formatElapsed(4_000)).toBe('4s');
    expect(formatElapsed(252_000)).toBe('4m12s');
    expect(formatElapsed(3_900_000)).toBe('1h05m');
    expect(formatElapsed(3 * 86_400_000)).toBe('3d00h');
  });
});
