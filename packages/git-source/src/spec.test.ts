import { describe, expect, it } from '@jest/globals';
import { EnvbootError } from '@envboot/core';
import { checkRef, parseRepoSpec, type SpecOptions } from './spec.js';

const dirs = new Set(['/home/me/project', '/work/here/sub']);
const options: SpecOptions = {
  isDirectory: (p) => dirs.has(p) || dirs.has(`/work/here/${p}`),
  resolvePath: (p) => (p.startsWith('/') ? p : `/work/here/${p.replace(/^\.\//, '')}`),
};

function refused(value: string, opts: Partial<SpecOptions> = {}): EnvbootError {
  try {
    parseRepoSpec(value, { ...options, ...opts });
  } catch (err) {
    expect(err).toBeInstanceOf(EnvbootError);
    return err as EnvbootError;
  }
  throw new Error(`${value} was accepted`);
}

describe('parseRepoSpec', () => {
  it('accepts https URLs as they are', () => {
    expect(parseRepoSpec('https://gitlab.com/group/project.git', options)).toEqual({
      kind: 'url',
      url: 'https://gitlab.com/group/project.git',
      display: 'https://gitlab.com/group/project.git',
      secrets: [],
    });
  });

  it('expands the GitHub shorthands', () => {
    expect(parseRepoSpec('pytorch/examples', options)).toMatchObject({
      kind: 'url',
      url: 'https://github.com/pytorch/examples.git',
    });
    expect(parseRepoSpec('github.com/pytorch/examples', options)).toMatchObject({
      url: 'https://github.com/pytorch/examples.git',
    });
    expect(parseRepoSpec('github.com/pytorch/examples.git', options)).toMatchObject({
      url: 'https://github.com/pytorch/examples.git',
    });
  });

  it('takes existing directories as local repositories', () => {
    expect(parseRepoSpec('/home/me/project', options)).toEqual({
      kind: 'local',
      path: '/home/me/project',
      display: '/home/me/project',
    });
    // "sub" exists here, so it is the directory and not the owner/repo shorthand.
    expect(parseRepoSpec('./sub', options)).toMatchObject({ kind: 'local', path: '/work/here/sub' });
    expect(refused('./missing').message).toMatch(/no such directory/);
  });

  it('keeps credentials for git but never in what is shown, and reports them as secrets', () => {
    const spec = parseRepoSpec('https://user:s3cret-token@example.org/x/y.git', options);
    expect(spec).toMatchObject({ kind: 'url', url: 'https://user:s3cret-token@example.org/x/y.git' });
    expect(spec.display).not.toContain('s3cret-token');
    expect(spec.kind === 'url' && spec.secrets).toEqual(['s3cret-token', 'user']);
  });

  it.each([
    ['file:///etc', /file:\/\/ scheme/],
    ['ext::sh -c touch% /tmp/pwned', /"::"/],
    ['ssh://git@github.com/a/b.git', /ssh:\/\/ scheme/],
    ['git@github.com:a/b.git', /ssh addresses/],
    ['git://github.com/a/b.git', /git:\/\/ scheme/],
    ['http://example.org/a/b.git', /plain http/],
    ['http://127.0.0.1:8080/a.git', /plain http/],
    ['--upload-pack=touch /tmp/x', /starts with "-"/],
    ['https://example.org/a\nb', /control characters/],
    ['not a repo at all', /neither an https URL nor an existing directory/],
  ])('refuses %s', (value, why) => {
    const err = refused(value);
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.field).toBe('repo');
    expect(err.message).toMatch(why);
  });

  it('accepts http only for the loopback interface, and only when asked', () => {
    const allow = { allowHttpLoopback: true };
    expect(parseRepoSpec('http://127.0.0.1:8080/a.git', { ...options, ...allow })).toMatchObject({
      kind: 'url',
    });
    expect(parseRepoSpec('http://localhost:8080/a.git', { ...options, ...allow })).toMatchObject({
      kind: 'url',
    });
    expect(refused('http://10.0.0.1/a.git', allow).message).toMatch(/plain http/);
    expect(refused('http://127.0.0.1.evil.example/a.git', allow).message).toMatch(/plain http/);
  });

  it('never shows credentials in a refusal', () => {
    const err = refused('ftp://user:hunter2-secret@example.org/a.git');
    expect(err.message).not.toContain('hunter2-secret');
  });

  it('refuses credentials with a broken %-escape as bad input, without showing them', () => {
    const err = refused('https://alice:s3cr%E0t@github.com/o/r');
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toMatch(/broken %-escape/);
    expect(err.message).not.toContain('s3cr');
  });
});

describe('checkRef', () => {
  it('accepts branch and tag names', () => {
    for (const ref of ['main', 'release/1.2', 'v1.2.0', 'feature_x+y']) expect(checkRef(ref)).toBe(ref);
  });
  it.each(['-x', '--upload-pack=evil', 'a..b', 'a b', 'x.lock', '/abs', 'a//b', 'a\u0000b'])(
    'refuses %j',
    (ref) => {
      expect(() => checkRef(ref)).toThrow(/not a valid branch or tag/);
    },
  );
});
