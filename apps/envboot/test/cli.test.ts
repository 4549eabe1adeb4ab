// The built envboot CLI as a child process: bad input always gets an envelope, a documented exit code,
// one line on stderr and never a stack trace.
import { describe, expect, it } from '@jest/globals';
import { envelopeOf, hasStackTrace, runCli, sampleEnvelope } from '@envboot/testkit';

const VERSION = JSON.parse(
  await (
    await import('node:fs/promises')
  ).readFile(new URL('../../../package.json', import.meta.url), 'utf8'),
).version;

function stderrLines(text: string) {
  return text.split('\n').filter((l) => l.trim() !== '');
}

describe('envboot', () => {
  it('prints its version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });

  it('lists its commands with --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('envboot validate');
    expect(run.stdout).toMatch(/Commands:/);
  });

  it('shows examples in a command help', async () => {
    const run = await runCli(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
    expect(run.stdout).toContain('envboot capacity --site sim | envboot validate');
    expect(run.stdout).toMatch(/Exit codes?:|exits with its own code/);
  });
});

describe('bad input', () => {
  it('answers malformed JSON on stdin with INVALID_INPUT and exit 2', async () => {
    const run = await runCli(['validate'], { input: '{"ok": tru' });
    expect(run.code).toBe(2);
    const env = envelopeOf(run);
    expect(env.ok).toBe(false);
    expect(env.error?.code).toBe('INVALID_INPUT');
    expect(stderrLines(run.stderr)).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('names the offending field of a schema-invalid envelope', async () => {
    const bad = sampleEnvelope();
    (bad.data as Record<string, unknown>).count = 0;
    const run = await runCli(['validate'], { input: JSON.stringify(bad) });
    expect(run.code).toBe(2);
    const env = envelopeOf(run);
    expect(env.error?.code).toBe('INVALID_INPUT');
    expect(env.error?.field).toBe('data.count');
    expect(env.error?.message).toContain('data.count');
    expect(stderrLines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('data.count');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('passes an upstream failure through unchanged, with its exit code', async () => {
    const failed = sampleEnvelope({
      ok: false,
      kind: 'lease',
      data: null,
      error: {
        code: 'INSUFFICIENT_CAPACITY',
        message: 'not enough hosts',
        retryable: true,
        hint: 'try 2026-12-01 10:00',
      },
    });
    const run = await runCli(['validate'], { input: JSON.stringify(failed) });
    expect(run.code).toBe(4);
    expect(envelopeOf(run)).toEqual(failed);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('passes a valid envelope through unchanged', async () => {
    const good = sampleEnvelope();
    const run = await runCli(['validate', '--kind', 'plan'], { input: JSON.stringify(good) });
    expect(run.code).toBe(0);
    expect(envelopeOf(run)).toEqual(good);
  });

  it('refuses an unknown flag with exit 2 and the help hint', async () => {
    const run = await runCli(['validate', '--frobnicate', 'yes']);
    expect(run.code).toBe(2);
    const env = envelopeOf(run);
    expect(env.error).toMatchObject({ code: 'USAGE', field: 'frobnicate' });
    expect(run.stderr).toContain('unknown flag --frobnicate');
    expect(run.stderr).toContain('Specify --help for available options');
    expect(stderrLines(run.stderr)).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('refuses an unknown command and suggests a close one', async () => {
    const run = await runCli(['valdate']);
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error?.code).toBe('USAGE');
    expect(run.stderr).toContain('did you mean envboot validate?');
  });

  it('refuses conflicting output flags', async () => {
    const run = await runCli(['validate', '--json', '--pretty'], { input: JSON.stringify(sampleEnvelope()) });
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error?.code).toBe('USAGE');
  });

  it('does not wait for ever on a stdin that stays open and silent', async () => {
    // It ends by itself (no signal) long before it would be killed at 25 s.
    const run = await runCli(['validate'], { keepStdinOpen: true, timeoutMs: 25_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error?.field).toBe('stdin');
  });

  it('reads an envelope from a file, and says so when the file is missing', async () => {
    const missing = await runCli(['validate', '/nonexistent/envelope.json']);
    expect(missing.code).toBe(2);
    expect(envelopeOf(missing).error).toMatchObject({ code: 'INVALID_INPUT', field: 'file' });
    expect(hasStackTrace(missing.stderr)).toBe(false);
  });

  it('prints indented JSON with --pretty', async () => {
    const run = await runCli(['validate', '--pretty'], { input: JSON.stringify(sampleEnvelope()) });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').length).toBeGreaterThan(5);
    expect(JSON.parse(run.stdout)).toEqual(sampleEnvelope());
  });
});
