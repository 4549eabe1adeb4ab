// Usage errors through the shipped bins: an unknown flag or command is named once, as typed, with what was probably
// meant; always USAGE, exit 2, one envelope on stdout and one line on stderr.
import { describe, expect, it } from '@jest/globals';
import { envelopeOf, hasStackTrace, runCli, type CliRun } from '@envboot/testkit';

function usageError(run: CliRun) {
  expect(run.code).toBe(2);
  const envelope = envelopeOf(run);
  expect(envelope.ok).toBe(false);
  expect(envelope.error?.code).toBe('USAGE');
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(hasStackTrace(run.stderr)).toBe(false);
  return { error: envelope.error!, line: lines[0]! };
}

describe('an unknown flag', () => {
  it('is named as typed, without a camelCase twin, with the flag meant', async () => {
    const { error, line } = usageError(await runCli(['capacity', '--node-typ', 'x']));
    expect(error.message).toBe('unknown flag --node-typ: did you mean --node-type?');
    expect(error.field).toBe('node-typ');
    expect(error.details).toEqual({
      unknown: ['--node-typ'],
      suggestions: { '--node-typ': ['--node-type'] },
    });
    expect(line).toMatch(/^envboot capacity: unknown flag --node-typ: did you mean --node-type\? \[USAGE\]/);
    expect(line).not.toMatch(/nodeTyp/);
  });

  it('is named the same way by the single-step bins', async () => {
    for (const bin of ['capacity', 'api-1']) {
      const { error } = usageError(await runCli(['--node-typ', 'x'], { bin }));
      expect(error.message).toBe('unknown flag --node-typ: did you mean --node-type?');
    }
  });

  it('is listed with the others, each with its own suggestion, and extra words after them', async () => {
    const { error } = usageError(
      await runCli(['capacity', '--nods', '2', '--frobnicate', '--no-token-cach', 'extra']),
    );
    expect(error.message).toBe(
      'unknown flags --nods (did you mean --nodes?), --frobnicate, --no-token-cach (did you mean --no-token-cache?); ' +
        'unexpected argument "extra"',
    );
  });

  it("is judged against the tools' own flags too", async () => {
    expect(usageError(await runCli(['sim', '--prot', '9'])).error.message).toBe(
      'unknown flag --prot: did you mean --port?',
    );
  });
});

describe('an unknown command', () => {
  it('is named alone, even after a flag only a command knows, with the commands it may mean', async () => {
    const { error, line } = usageError(await runCli(['lease-list', '--site', 'sim']));
    expect(error.message).toMatch(/^unknown command "lease-list": did you mean envboot lease-status/);
    expect(error.details).toMatchObject({ unknown: ['lease-list'] });
    expect(line).toMatch(/^envboot: unknown command "lease-list"/);
    expect(line).not.toMatch(/\bsite\b/);

    const before = usageError(await runCli(['--site', 'sim', 'lease-list']));
    expect(before.error.message).toBe(error.message);
    expect(before.line).toMatch(/^envboot: /);
  });

  it('that is a typo gets the command meant', async () => {
    expect(usageError(await runCli(['valdate'])).error.message).toBe(
      'unknown command "valdate": did you mean envboot validate?',
    );
  });
});
