import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { parseUpstream, readStdinText } from './stdin.js';

describe('stdin is read up to a limit', () => {
  it('stops reading a stream that never ends and says why', async () => {
    const s = new PassThrough();
    const text = readStdinText({ stream: s, mode: 'always', maxBytes: 1000 });
    const chunk = Buffer.alloc(300, 'y');
    const feed = setInterval(() => s.write(chunk), 1);
    await expect(text).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'stdin',
      message: 'stdin holds more than 1000 bytes: that is not an envelope',
    });
    clearInterval(feed);
  });

  it('applies the same limit to stdin given as text', async () => {
    await expect(readStdinText({ injected: { text: 'x'.repeat(11) }, maxBytes: 10 })).rejects.toMatchObject({
      field: 'stdin',
    });
    expect(await readStdinText({ injected: { text: 'x'.repeat(10) }, maxBytes: 10 })).toBe('x'.repeat(10));
  });
});

describe('stdin nested too deeply', () => {
  it('is refused before anything tries to validate or print it again', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const envelope = (inner: string) =>
      `{"ok":true,"kind":"plan","data":null,"error":null,"context":{"x":${inner}},"metrics":{"elapsed_ms":0,"requests":0},"version":"0.1.0"}`;
    expect(() => parseUpstream(envelope(deep(5000)))).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'stdin',
        message: expect.stringContaining('nested'),
      }),
    );
    expect(() => parseUpstream(envelope(deep(10)))).not.toThrow(/nested/);
  });
});
