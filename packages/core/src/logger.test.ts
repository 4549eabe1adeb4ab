import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

// The built package, in a child process: the logger writes to the process's fd 2.
const CORE = fileURLToPath(new URL('../dist/index.js', import.meta.url));

function logFromChild(options: string, env: NodeJS.ProcessEnv = {}): string {
  const script = `
    const { createCliLogger, registerSecret } = await import(${JSON.stringify(CORE)});
    registerSecret('a-secret-that-must-not-show');
    const log = await createCliLogger(${options});
    log.info({ step: 'lease' }, 'waiting with a-secret-that-must-not-show');
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1', ...env },
  });
  expect(child.status).toBe(0);
  return child.stderr;
}

describe('createCliLogger', () => {
  it('writes JSON lines when stderr is not a terminal', () => {
    const line = JSON.parse(logFromChild('{ name: "capacity" }').trim());
    expect(line).toMatchObject({ level: 30, name: 'capacity', step: 'lease' });
    expect(line.msg).toBe('waiting with [REDACTED]');
  });

  it('writes readable lines when asked, with secrets still scrubbed', () => {
    const text = logFromChild('{ name: "capacity", pretty: true }');
    expect(text).toMatch(/INFO.*\(capacity\): waiting with \[REDACTED\]/);
    expect(text).toContain('step: "lease"');
    expect(text).not.toContain('a-secret-that-must-not-show');
    expect(text.trimStart().startsWith('{')).toBe(false);
  });

  it('keeps JSON lines for a given destination even when pretty is asked for', () => {
    const text = logFromChild('{ pretty: true, destination: process.stderr }');
    expect(JSON.parse(text.trim()).msg).toBe('waiting with [REDACTED]');
  });
});

describe('resolveLogFormat', () => {
  it('takes the flag, then ENVBOOT_LOG_FORMAT, then whether stderr is a terminal', async () => {
    const { resolveLogFormat } = await import('./logger.js');
    expect(resolveLogFormat('json', { ENVBOOT_LOG_FORMAT: 'pretty' }, true)).toEqual({
      format: 'json',
      warning: null,
    });
    expect(resolveLogFormat(undefined, { ENVBOOT_LOG_FORMAT: 'Pretty' }, false).format).toBe('pretty');
    expect(resolveLogFormat(undefined, {}, true).format).toBe('pretty');
    expect(resolveLogFormat(undefined, {}, false).format).toBe('json');
  });

  it('warns of an ENVBOOT_LOG_FORMAT that is neither, and takes the default', async () => {
    const { resolveLogFormat } = await import('./logger.js');
    expect(resolveLogFormat(undefined, { ENVBOOT_LOG_FORMAT: 'yaml' }, false)).toEqual({
      format: 'json',
      warning: 'ENVBOOT_LOG_FORMAT=yaml is neither pretty nor json; logging json',
    });
  });
});
