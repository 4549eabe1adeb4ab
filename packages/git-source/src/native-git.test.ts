import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { headFromFiles } from './native-git.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'protocol.file.allow=always', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  }).trim();

let root: string;
let source: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'headfiles-'));
  source = join(root, 'source');
  mkdirSync(source);
  git(source, 'init', '-q', '-b', 'trunk');
  writeFileSync(join(source, 'a.txt'), 'a\n');
  git(source, 'add', '.');
  git(source, 'commit', '-q', '-m', 'first');
  git(source, 'tag', 'v1');
  writeFileSync(join(source, 'a.txt'), 'b\n');
  git(source, 'commit', '-q', '-am', 'second');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('headFromFiles', () => {
  it("reads a fresh shallow bare clone's HEAD as git does, without running git", () => {
    const dir = join(root, 'branch.git');
    git(root, 'clone', '-q', '--bare', '--depth', '1', '--single-branch', `file://${source}`, dir);
    expect(headFromFiles(dir)).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(headFromFiles(dir)).toBe(git(source, 'rev-parse', 'trunk'));
  });

  it('reads the commit of a cloned tag (a detached HEAD)', () => {
    const dir = join(root, 'tag.git');
    git(
      root,
      'clone',
      '-q',
      '--bare',
      '--depth',
      '1',
      '--single-branch',
      '--branch',
      'v1',
      `file://${source}`,
      dir,
    );
    expect(headFromFiles(dir)).toBe(git(source, 'rev-parse', 'v1^{commit}'));
  });

  it('reads a branch kept in its own file', () => {
    const dir = join(root, 'loose.git');
    mkdirSync(join(dir, 'refs/heads'), { recursive: true });
    const id = git(source, 'rev-parse', 'trunk');
    writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/work\n');
    writeFileSync(join(dir, 'refs/heads/work'), `${id}\n`);
    expect(headFromFiles(dir)).toBe(id);
  });

  it('leaves to git what it does not recognise: a missing branch, a path out of the repository, no HEAD', () => {
    const dir = join(root, 'odd.git');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/missing\n');
    expect(headFromFiles(dir)).toBeNull();
    writeFileSync(join(dir, 'HEAD'), 'ref: refs/../../../etc/hostname\n');
    expect(headFromFiles(dir)).toBeNull();
    expect(headFromFiles(join(root, 'nothing-here'))).toBeNull();
  });
});
