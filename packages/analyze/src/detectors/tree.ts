// The file list with the questions every detector asks of it: where the environment files live (root or a binder
// folder), and which folders are not the project itself (vendored code, docs, tests, examples, data).
import type { TreeEntry } from '@envboot/git-source';

export type IgnoredKind = 'vendored' | 'docs' | 'tests' | 'examples' | 'data';

const IGNORED_DIRS: Array<[RegExp, IgnoredKind]> = [
  [
    /^(vendors?|third[-_]?party|3rdparty|externals?|extern|deps|node_modules|bower_components|site-packages|\.venv|venv|Godeps|submodules)$/i,
    'vendored',
  ],
  [/^(docs?|documentation|site|website)$/i, 'docs'],
  [/^(tests?|testing|__tests__|spec|specs|testdata|test_data|benchmarks?)$/i, 'tests'],
  [/^(examples?|samples?|demos?|tutorials?|notebooks_examples)$/i, 'examples'],
  [/^(data|datasets?|fixtures|assets|resources)$/i, 'data'],
];

/** Source files of the languages research code is written in (for telling a samples collection apart). */
const CODE = /\.(py|ipynb|c|cc|cpp|cxx|cu|cuh|h|hpp|go|rs|java|kt|scala|jl|r|R|js|mjs|ts|sh)$/;

export class Tree {
  readonly entries: TreeEntry[];
  readonly paths: string[];
  private readonly set: Set<string>;
  /** '' (the root), 'binder' or '.binder': where repo2docker would read environment files. */
  readonly configRoot: string;

  constructor(entries: TreeEntry[]) {
    this.entries = entries;
    this.paths = entries.map((e) => e.path);
    this.set = new Set(this.paths);
    const binder = this.paths.some((p) => p.startsWith('binder/'));
    const dotBinder = this.paths.some((p) => p.startsWith('.binder/'));
    this.configRoot = binder ? 'binder' : dotBinder ? '.binder' : '';
  }

  has(path: string): boolean {
    return this.set.has(path);
  }

  private readonly ignoredDirs = new Map<string, IgnoredKind | null>();
  private readonly byName = new Map<string, string[]>();

  /** Why a path is not part of the project proper, if it is not (answered once per folder). */
  ignored(path: string): IgnoredKind | null {
    const kind = this.ignoredKind(path);
    return kind === 'examples' && this.onlyExamples() ? null : kind;
  }

  private examplesOnly: boolean | null = null;

  /** A repository whose only code is under examples or samples folders (a collection of samples) is its samples. */
  private onlyExamples(): boolean {
    if (this.examplesOnly === null) {
      const code = this.paths.filter((p) => CODE.test(p));
      const kinds = code.map((p) => this.ignoredKind(p));
      this.examplesOnly = kinds.includes('examples') && kinds.every((k) => k === 'examples' || k === 'docs');
    }
    return this.examplesOnly;
  }

  private ignoredKind(path: string): IgnoredKind | null {
    const dir = dirOf(path);
    if (!dir) return null;
    let kind = this.ignoredDirs.get(dir);
    if (kind === undefined) {
      kind = this.ignoredKind(dir);
      if (!kind) {
        const last = baseName(dir);
        kind = IGNORED_DIRS.find(([re]) => re.test(last))?.[1] ?? null;
      }
      this.ignoredDirs.set(dir, kind);
    }
    return kind;
  }

  /**
   * Whether an environment file at `path` counts: not in an ignored folder, and (with a binder folder) a
   * root-level environment file only counts when it is in that folder.
   */
  counts(path: string): boolean {
    if (this.ignored(path)) return false;
    if (!this.configRoot) return !path.startsWith('binder/') && !path.startsWith('.binder/');
    const dir = dirOf(path);
    return dir === this.configRoot || (dir !== '' && !dir.startsWith('binder') && !dir.startsWith('.binder'));
  }

  /** Root-level environment files set aside because a binder folder exists. */
  shadowedByBinder(path: string): boolean {
    return this.configRoot !== '' && dirOf(path) === '' && !this.ignored(path);
  }

  /** Paths whose file name matches (each pattern is looked for once). */
  named(re: RegExp): string[] {
    const key = `${re.source}/${re.flags}`;
    let found = this.byName.get(key);
    if (!found) {
      found = this.paths.filter((p) => re.test(baseName(p)));
      this.byName.set(key, found);
    }
    return found;
  }

  /** Environment files whose name matches and that count. */
  envFiles(re: RegExp): string[] {
    return this.named(re).filter((p) => this.counts(p));
  }

  /** Depth of a path: 0 for a root file. */
  static depth(path: string): number {
    return path.split('/').length - 1;
  }
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Root files first, then by depth, then by name: the order in which equal-priority evidence is trusted. */
export function byDepth(a: string, b: string): number {
  return Tree.depth(a) - Tree.depth(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
