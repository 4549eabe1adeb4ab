import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createLogger } from './logger.js';
import { REDACTED, registerSecret, scrubHeaders, scrubText, scrubUrl, scrubValue } from './redact.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('redaction', () => {
  it('scrubs a registered secret wherever it appears in text', () => {
    registerSecret('hunter2-very-secret');
    expect(scrubText('login failed for hunter2-very-secret at /v3')).toBe(
      `login failed for ${REDACTED} at /v3`,
    );
  });

  it('ignores values too short to be secrets', () => {
    registerSecret('abc');
    expect(scrubText('abc def')).toBe('abc def');
  });

  it('removes credentials from URLs and auth headers from text', () => {
    expect(scrubUrl('https://user:pw@github.com/o/r.git')).not.toContain('pw');
    expect(scrubUrl('https://api.example/x?token=abc123&x=1')).toBe(
      `https://api.example/x?token=${encodeURIComponent(REDACTED)}&x=1`,
    );
    expect(scrubText('sent X-Auth-Token: gAAAAABtoken')).toBe(`sent X-Auth-Token: ${REDACTED}`);
    expect(scrubText('Authorization: Bearer eyJhbGciOi')).toBe(`Authorization: ${REDACTED}`);
    expect(scrubText('key sk-proj-abcdefghijklmnop used')).toBe(`key ${REDACTED} used`);
  });

  it('masks secret keys in headers and values', () => {
    expect(scrubHeaders({ 'X-Auth-Token': 't', Accept: 'json' })).toEqual({
      'X-Auth-Token': REDACTED,
      Accept: 'json',
    });
    expect(scrubValue({ auth: { password: 'p', user: 'u' }, list: [{ client_secret: 's' }] })).toEqual({
      auth: { password: REDACTED, user: 'u' },
      list: [{ client_secret: REDACTED }],
    });
  });

  it('keeps secrets out of log lines by key path and by value', () => {
    const { lines, stream } = capture();
    registerSecret('app-cred-secret-value');
    const log = createLogger({ level: 'debug', destination: stream });
    log.debug(
      { password: 'p@ss', headers: { 'x-auth-token': 'tok' }, body: { auth: { secret: 's' } } },
      'request',
    );
    log.info(`retrying with app-cred-secret-value`);
    const text = lines.join('');
    expect(text).not.toContain('p@ss');
    expect(text).not.toContain('"tok"');
    expect(text).not.toContain('app-cred-secret-value');
    expect(text.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
