// A flag given twice takes its last value, as on most command lines: yargs would otherwise hand the commands an
// array where they expect one value, and it reached envelopes that break the schemas, or INTERNAL errors.
import { describe, expect, it } from '@jest/globals';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';

describe('a flag given twice', () => {
  it('takes its last value', async () => {
    const run = await runCli([
      'launch',
      'x',
      '--site',
      'sim',
      '--dry-run',
      '--bm-image',
      'a',
      '--bm-image',
      'CC-Ubuntu22.04',
    ]);
    expect(run.code).toBe(0);
    expect(envelopeOf(run).data).toMatchObject({ image: 'CC-Ubuntu22.04' });
  });

  it('is checked as its last value', async () => {
    const run = await runCli([
      'sim',
      '--port',
      '0',
      '--keystone-url',
      'http://127.0.0.1:1/v3',
      '--keystone-url',
      'ftp://x',
    ]);
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'INVALID_INPUT', field: 'keystone-url' });
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('leaves what follows -- alone', async () => {
    const run = await runCli([
      'lease-create',
      '--site',
      'sim',
      '--dry-run',
      '--node-type',
      'a',
      '--node-type',
      'b',
      '--',
      'x',
    ]);
    expect(run.code).toBe(0);
    expect(envelopeOf(run).data).toMatchObject({ node_type: 'b' });
  });
});
