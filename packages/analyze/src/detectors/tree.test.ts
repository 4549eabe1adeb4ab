import { describe, expect, it } from '@jest/globals';
import { Tree, byDepth, lineAt } from './tree.js';

const tree = (...paths: string[]) => new Tree(paths.map((path) => ({ path, size: 1 })));

describe('Tree', () => {
  it('knows which folders are not the project itself', () => {
    const t = tree();
    expect(t.ignored('third_party/x/Dockerfile')).toBe('vendored');
    expect(t.ignored('docs/requirements.txt')).toBe('docs');
    expect(t.ignored('tests/cuda/k.cu')).toBe('tests');
    expect(t.ignored('examples/a/Dockerfile')).toBe('examples');
    expect(t.ignored('data/Dockerfile')).toBe('data');
    expect(t.ignored('services/api/go.mod')).toBeNull();
  });

  it('with a binder folder, counts its environment files and not the root ones (components still count)', () => {
    const t = tree('binder/environment.yml', 'requirements.txt', 'svc/requirements.txt');
    expect(t.configRoot).toBe('binder');
    expect(t.counts('binder/environment.yml')).toBe(true);
    expect(t.counts('requirements.txt')).toBe(false);
    expect(t.shadowedByBinder('requirements.txt')).toBe(true);
    expect(t.counts('svc/requirements.txt')).toBe(true);
    const plain = tree('requirements.txt');
    expect(plain.configRoot).toBe('');
    expect(plain.counts('requirements.txt')).toBe(true);
  });

  it('orders root files first and finds line numbers', () => {
    expect(['b/x', 'a', 'c/d/e', 'b'].sort(byDepth)).toEqual(['a', 'b', 'b/x', 'c/d/e']);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
