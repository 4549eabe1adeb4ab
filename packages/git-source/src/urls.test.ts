import { describe, expect, it } from '@jest/globals';
import { replaceUrls } from './urls.js';

describe('replaceUrls', () => {
  it('replaces the URLs in a message', () => {
    expect(replaceUrls("fatal: unable to access 'https://u:p@h/x.git/': 403", () => '<url>')).toBe(
      "fatal: unable to access '<url> 403",
    );
    expect(replaceUrls('see git+ssh://h/y and http://z', (u) => `[${u.length}]`)).toBe('see [13] and [8]');
  });

  // A remote's error message of a megabyte of letters: looking for a scheme at each of its positions took time in
  // the square of its length (minutes), and this test ran past its time-out.
  it('ends on a megabyte of letters', () => {
    const text = `remote: ${'x'.repeat(2 ** 20)}`;
    expect(replaceUrls(text, () => '<url>')).toBe(text);
  });
});
