import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { readStdinText } from './stdin.js';

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
