// The set-up's flags → the run's options: what is recorded, and the combinations refused before anything is made.
import { describe, expect, it } from '@jest/globals';
import { optionsFrom } from './input.js';
import type { ProvisionArgs } from './cli.js';

const args = (more: Record<string, unknown>) =>
  ({ _: [], $0: 'envboot', repo: 'owner/repo', ...more }) as unknown as ProvisionArgs;

describe('the set-up flags', () => {
  it('set up by default, with nothing else recorded', () => {
    expect(optionsFrom(args({}), undefined)).toMatchObject({
      setup: true,
      check: null,
      pip: null,
      cleanupOnFailure: false,
    });
  });

  it('records --check, where pip looks, the time allowed and --cleanup-on-failure', () => {
    const o = optionsFrom(
      args({
        check: ' pytest -x ',
        pipFindLinks: 'http://10.0.0.5/wheels/',
        pipNoIndex: true,
        setupTimeout: '600',
        cleanupOnFailure: true,
      }),
      undefined,
    );
    expect(o).toMatchObject({
      check: 'pytest -x',
      pip: { indexUrl: null, findLinks: 'http://10.0.0.5/wheels/', noIndex: true },
      setupTimeoutSeconds: 600,
      cleanupOnFailure: true,
    });
  });

  it.each([
    [{ setup: false, check: 'true' }, 'setup', /not with --no-setup/],
    [{ pipNoIndex: true }, 'pip-no-index', /give --pip-find-links too/],
    [
      { pipIndexUrl: 'https://me:s3cret@mirror.example/simple' },
      'pip-index-url',
      /must not carry credentials/,
    ],
  ])('refuses %j (%s)', (flags, field, message) => {
    let caught: unknown;
    try {
      optionsFrom(args(flags), undefined);
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'USAGE', field, message: expect.stringMatching(message) });
    expect(String((caught as Error).message)).not.toContain('s3cret');
  });
});
