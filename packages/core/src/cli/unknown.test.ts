import { describe, expect, it } from '@jest/globals';
import { onLine, unknownError, unknownNamesIn, type KnownNames } from './unknown.js';

const capacity: KnownNames = {
  program: 'envboot',
  commands: ['capacity', 'lease-create', 'lease-status', 'validate'],
  inCommand: true,
  flags: ['node-type', 'nodes', 'site', 'zone', 'token-cache', 'help', 'version'],
};
const topLevel: KnownNames = { ...capacity, inCommand: false, flags: ['help', 'version'] };

describe('unknownNamesIn', () => {
  it("reads yargs' list, and nothing else", () => {
    expect(unknownNamesIn('Unknown arguments: node-typ, nodeTyp')).toEqual(['node-typ', 'nodeTyp']);
    expect(unknownNamesIn('Unknown argument: ""')).toEqual(['']);
    expect(unknownNamesIn('Missing required argument: run')).toBeNull();
  });
});

describe('onLine', () => {
  it('names each flag as typed, once, without its camelCase twin', () => {
    expect(onLine(['node-typ', 'nodeTyp'], ['capacity', '--node-typ', 'x'])).toEqual({
      flags: ['--node-typ'],
      words: [],
    });
    expect(onLine(['frob'], ['--no-frob'])).toEqual({ flags: ['--no-frob'], words: [] });
    expect(onLine(['z', 'q'], ['-zq'])).toEqual({ flags: ['-z', '-q'], words: [] });
    expect(onLine(['node-typ', 'nodeTyp'], ['--node-typ=x'])).toEqual({ flags: ['--node-typ'], words: [] });
  });

  it('tells words from flags, and looks no further than --', () => {
    expect(onLine(['site', 'lease-list'], ['--site', 'sim', 'lease-list'])).toEqual({
      flags: ['--site'],
      words: ['lease-list'],
    });
    expect(onLine(['bar'], ['--', '--bar'])).toEqual({ flags: [], words: [] });
  });
});

describe('unknownError', () => {
  it('suggests the flag meant', () => {
    expect(unknownError('Unknown arguments: node-typ, nodeTyp', ['--node-typ', 'x'], capacity)).toEqual({
      message: 'unknown flag --node-typ: did you mean --node-type?',
      field: 'node-typ',
      details: { unknown: ['--node-typ'], suggestions: { '--node-typ': ['--node-type'] } },
    });
  });

  it('keeps --no- in what it suggests for a negated flag', () => {
    expect(
      unknownError('Unknown arguments: token-cach, tokenCach', ['--no-token-cach'], capacity)?.message,
    ).toBe('unknown flag --no-token-cach: did you mean --no-token-cache?');
  });

  it('lists several flags, each with its own suggestion, and extra words', () => {
    const e = unknownError('Unknown arguments: nods, frob, foo', ['--nods', '2', '--frob', 'foo'], capacity);
    expect(e?.message).toBe(
      'unknown flags --nods (did you mean --nodes?), --frob; unexpected argument "foo"',
    );
    expect(e?.details.unknown).toEqual(['--nods', '--frob', 'foo']);
  });

  it('suggests nothing for a short flag', () => {
    expect(unknownError('Unknown argument: z', ['-z'], capacity)?.message).toBe('unknown flag -z');
  });

  it('reports an unknown command alone, with the commands it may mean', () => {
    const e = unknownError('Unknown arguments: site, lease-list', ['--site', 'sim', 'lease-list'], topLevel);
    expect(e).toEqual({
      message: 'unknown command "lease-list": did you mean envboot lease-status or envboot lease-create?',
      field: null,
      details: {
        unknown: ['lease-list'],
        suggestions: { 'lease-list': ['envboot lease-status', 'envboot lease-create'] },
      },
    });
  });

  it("keeps yargs' message when it is about something else or names nothing on the line", () => {
    expect(unknownError('Missing required argument: run', [], capacity)).toBeNull();
    expect(unknownError('Unknown argument: ghost', ['--real'], capacity)).toBeNull();
  });
});
