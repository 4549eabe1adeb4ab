// Languages the way GitHub Linguist counts them: by extension or file name, only programming and markup
// languages, without vendored, documentation and generated files, with .gitattributes overrides honoured.
import type { TreeEntry } from '@envboot/git-source';
import { baseName } from './tree.js';

const BY_EXTENSION: Record<string, string> = {
  py: 'Python', pyi: 'Python', pyw: 'Python', pyx: 'Cython', pxd: 'Cython',
  ipynb: 'Jupyter Notebook',
  c: 'C', h: 'C',
  cpp: 'C++', cc: 'C++', cxx: 'C++', 'c++': 'C++', hpp: 'C++', hh: 'C++', hxx: 'C++', 'h++': 'C++', ipp: 'C++', tpp: 'C++',
  cu: 'Cuda', cuh: 'Cuda',
  js: 'JavaScript', mjs: 'JavaScript', cjs: 'JavaScript', jsx: 'JavaScript',
  ts: 'TypeScript', tsx: 'TSX', mts: 'TypeScript', cts: 'TypeScript',
  go: 'Go', rs: 'Rust', java: 'Java', kt: 'Kotlin', kts: 'Kotlin', scala: 'Scala', groovy: 'Groovy', cr: 'Crystal',
  r: 'R', rmd: 'RMarkdown', jl: 'Julia',
  sh: 'Shell', bash: 'Shell', zsh: 'Shell', ksh: 'Shell',
  mk: 'Makefile', cmake: 'CMake',
  rb: 'Ruby', php: 'PHP', cs: 'C#', fs: 'F#', swift: 'Swift', m: 'Objective-C', mm: 'Objective-C++',
  f: 'Fortran', for: 'Fortran', f77: 'Fortran', f90: 'Fortran', f95: 'Fortran', f03: 'Fortran', f08: 'Fortran',
  lua: 'Lua', pl: 'Perl', pm: 'Perl', hs: 'Haskell', ml: 'OCaml', ex: 'Elixir', exs: 'Elixir', erl: 'Erlang',
  dart: 'Dart', zig: 'Zig', nim: 'Nim', nix: 'Nix', clj: 'Clojure', elm: 'Elm', v: 'Verilog', sv: 'SystemVerilog',
  vhd: 'VHDL', vhdl: 'VHDL', cl: 'OpenCL', metal: 'Metal', glsl: 'GLSL', hlsl: 'HLSL', mojo: 'Mojo', stan: 'Stan',
  asm: 'Assembly', s: 'Assembly', ps1: 'PowerShell', bat: 'Batchfile', cmd: 'Batchfile',
  html: 'HTML', htm: 'HTML', css: 'CSS', scss: 'SCSS', sass: 'Sass', less: 'Less', vue: 'Vue', svelte: 'Svelte',
  tex: 'TeX', sty: 'TeX', cls: 'TeX', qmd: 'Quarto',
  smk: 'Python',
  sol: 'Solidity', tf: 'HCL', hcl: 'HCL', proto: 'Protocol Buffer',
  // Data and prose are never counted (Linguist's "data" and "prose" types).
}; // prettier-ignore

// A Snakefile is Python with Snakemake's rules on top, run by a Python tool: what a user needs is Python.
const BY_NAME: Record<string, string> = {
  Makefile: 'Makefile', makefile: 'Makefile', GNUmakefile: 'Makefile',
  'CMakeLists.txt': 'CMake',
  Dockerfile: 'Dockerfile', Containerfile: 'Dockerfile',
  Jenkinsfile: 'Groovy', Rakefile: 'Ruby', Gemfile: 'Ruby', Snakefile: 'Python', Vagrantfile: 'Ruby',
  'meson.build': 'Meson', BUILD: 'Starlark', 'BUILD.bazel': 'Starlark', WORKSPACE: 'Starlark',
}; // prettier-ignore

/** Linguist's vendor.yml, the entries that matter for research code. */
const VENDORED = [
  /(^|\/)(vendors?|third[-_]?party|3rdparty|externals?|extern|deps|node_modules|bower_components|Godeps|site-packages|\.venv|venv)\//i,
  /(^|\/)cache\//,
  /\.min\.(js|css)$/,
  /(^|\/)jquery[^/]*\.js$/,
];
const EXAMPLES = /(^|\/)(examples?|samples?)\//i;
/** Build and container files describe how code is built, not what it is written in. */
const BUILD_LANGUAGES = new Set(['Dockerfile', 'CMake', 'Makefile', 'Meson', 'Starlark', 'Nix', 'HCL']);
/** Script languages that, next to Dockerfiles alone, are their entrypoints and build helpers. */
const SHELLS = new Set(['Shell', 'Batchfile', 'PowerShell']);
/** Linguist's documentation.yml. */
const DOCUMENTATION = [
  /^(docs?|documentation)\//i,
  EXAMPLES,
  /(^|\/)(CHANGE(S|LOG)?|CONTRIBUTING|COPYING|INSTALL|LICEN[CS]E|[Ll]icen[cs]e|README|[Rr]eadme)(\.|$)/,
];
/** Path-based generated files (Linguist also looks at content; the common cases are here). */
const GENERATED = [
  /_pb2(_grpc)?\.py$/,
  /\.pb\.(go|cc|h)$/,
  /(^|\/)(dist|build)\//,
  /\.d\.ts$/,
  /(^|\/)\.?generated?\//,
];

interface Attributes {
  vendored?: boolean;
  generated?: boolean;
  documentation?: boolean;
  detectable?: boolean;
  language?: string;
}

interface AttributeRule {
  pattern: RegExp;
  attrs: Attributes;
}

/** .gitattributes lines with linguist-* attributes. */
export function parseGitattributes(text: string): AttributeRule[] {
  const rules: AttributeRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [pattern, ...parts] = line.split(/\s+/);
    if (!pattern) continue;
    const attrs: Attributes = {};
    for (const part of parts) {
      const m = /^(-|!)?linguist-(vendored|generated|documentation|detectable|language)(?:=(.*))?$/.exec(
        part,
      );
      if (!m) continue;
      const [, neg, key, value] = m;
      if (key === 'language') {
        if (value) attrs.language = value.replace(/-/g, ' ');
        continue;
      }
      const on = !neg && value !== 'false' && value !== 'unset';
      attrs[key as 'vendored' | 'generated' | 'documentation' | 'detectable'] = on;
    }
    if (Object.keys(attrs).length) rules.push({ pattern: globToRegExp(pattern), attrs });
  }
  return rules;
}

function globToRegExp(glob: string): RegExp {
  const anchored = glob.includes('/') && !glob.startsWith('**/');
  const body = glob
    .replace(/^\//, '')
    .replace(/\/$/, '/**')
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(anchored ? `^${body}$` : `(^|/)${body}$`);
}

function attributesFor(path: string, rules: AttributeRule[]): Attributes {
  const out: Attributes = {};
  for (const r of rules) if (r.pattern.test(path)) Object.assign(out, r.attrs); // later lines win
  return out;
}

export function languageOf(path: string): string | null {
  const name = baseName(path);
  if (BY_NAME[name]) return BY_NAME[name]!;
  if (/^Dockerfile\./.test(name) || /\.(dockerfile|Dockerfile)$/.test(name)) return 'Dockerfile';
  // Gradle build scripts (build.gradle, build.gradle.kts) are data to Linguist, not Groovy or Kotlin code.
  if (/\.gradle(?:\.kts)?$/.test(name)) return null;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = name.slice(dot + 1);
  return BY_EXTENSION[ext] ?? BY_EXTENSION[ext.toLowerCase()] ?? null;
}

export interface LanguageFile {
  path: string;
  language: string;
  size: number | null;
}

/** The files that count toward the language breakdown, with their language. */
export function countedFiles(
  entries: TreeEntry[],
  gitattributes: string | null,
  byInterpreter: ReadonlyMap<string, string> = new Map(),
): LanguageFile[] {
  const counted = countedOf(entries, gitattributes, false, byInterpreter);
  // A repository whose only code is samples or examples is measured by them (Linguist would report nothing, or
  // only its build files).
  if (counted.some((f) => !BUILD_LANGUAGES.has(f.language))) return counted;
  const withExamples = countedOf(entries, gitattributes, true, byInterpreter);
  return withExamples.some((f) => !BUILD_LANGUAGES.has(f.language)) ? withExamples : counted;
}

function countedOf(
  entries: TreeEntry[],
  gitattributes: string | null,
  withExamples: boolean,
  byInterpreter: ReadonlyMap<string, string>,
): LanguageFile[] {
  const rules = gitattributes ? parseGitattributes(gitattributes) : [];
  const hasCpp = entries.some((e) => /\.(cpp|cc|cxx|hpp)$/.test(e.path));
  const out: LanguageFile[] = [];
  for (const e of entries) {
    const attrs = attributesFor(e.path, rules);
    let language = attrs.language ?? languageOf(e.path) ?? byInterpreter.get(e.path) ?? null;
    if (!language) continue;
    // Linguist's heuristics: .h belongs to C++ in a C++ code base.
    if (language === 'C' && e.path.endsWith('.h') && hasCpp) language = 'C++';
    const vendored = attrs.vendored ?? VENDORED.some((re) => re.test(e.path));
    const documentation =
      attrs.documentation ??
      DOCUMENTATION.some((re) => re.test(e.path) && !(withExamples && re === EXAMPLES));
    const generated = attrs.generated ?? GENERATED.some((re) => re.test(e.path));
    if ((vendored || documentation || generated) && attrs.detectable !== true) continue;
    out.push({ path: e.path, language, size: e.size });
  }
  return out;
}

export interface LanguageShare {
  name: string;
  files: number;
  bytes: number | null;
}

/** Languages, most significant first: by bytes when every size is known, by number of files otherwise. */
export function languageShares(files: LanguageFile[]): LanguageShare[] {
  const bytesKnown = files.every((f) => f.size !== null);
  const by = new Map<string, LanguageShare>();
  for (const f of files) {
    const s = by.get(f.language) ?? { name: f.language, files: 0, bytes: bytesKnown ? 0 : null };
    s.files += 1;
    if (s.bytes !== null) s.bytes += f.size ?? 0;
    by.set(f.language, s);
  }
  return [...by.values()].sort(
    (a, b) => (b.bytes ?? b.files) - (a.bytes ?? a.files) || b.files - a.files || (a.name < b.name ? -1 : 1),
  );
}

/** Linguist's names for the languages notebook kernels declare (others are capitalised as given). */
const KERNEL_LANGUAGES: Record<string, string> = {
  python: 'Python',
  python3: 'Python',
  r: 'R',
  julia: 'Julia',
  scala: 'Scala',
  'c++': 'C++',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  bash: 'Shell',
  matlab: 'MATLAB',
  octave: 'MATLAB',
  sas: 'SAS',
  java: 'Java',
  go: 'Go',
  rust: 'Rust',
};

export function kernelLanguage(declared: string): string {
  // xeus-cling's kernels name the standard: C++11, C++14, C++17.
  const l = declared
    .trim()
    .toLowerCase()
    .replace(/^c\+\+\d*$/, 'c++');
  return KERNEL_LANGUAGES[l] ?? declared.trim().charAt(0).toUpperCase() + declared.trim().slice(1);
}

/**
 * Notebook bytes count for the language of their kernel (the one most notebooks read declare): a repository of
 * R notebooks is R, not "Jupyter Notebook". Without a declared kernel, notebooks stay as Linguist names them.
 */
export function withKernelLanguage(
  shares: LanguageShare[],
  kernels: string[],
  container = 'Jupyter Notebook',
): LanguageShare[] {
  const nb = shares.find((s) => s.name === container);
  if (!nb || kernels.length === 0) return shares;
  const tally = new Map<string, number>();
  for (const k of kernels) tally.set(k, (tally.get(k) ?? 0) + 1);
  const language = [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const merged = new Map<string, LanguageShare>();
  for (const s of shares) {
    const name = s === nb ? language : s.name;
    const prev = merged.get(name);
    merged.set(
      name,
      prev
        ? {
            name,
            files: prev.files + s.files,
            bytes: prev.bytes === null || s.bytes === null ? null : prev.bytes + s.bytes,
          }
        : { ...s, name },
    );
  }
  return [...merged.values()].sort(
    (a, b) => (b.bytes ?? b.files) - (a.bytes ?? a.files) || b.files - a.files || (a.name < b.name ? -1 : 1),
  );
}

/** The language a manifest's ecosystem is written in, for repositories whose code was not among the files. */
const MANIFEST_LANGUAGE: Record<string, string> = {
  python: 'Python',
  node: 'JavaScript',
  r: 'R',
  julia: 'Julia',
  go: 'Go',
  rust: 'Rust',
  java: 'Java',
  ruby: 'Ruby',
  haskell: 'Haskell',
  elixir: 'Elixir',
  php: 'PHP',
  swift: 'Swift',
  zig: 'Zig',
  dotnet: 'C#',
  dart: 'Dart',
};

/**
 * The code's languages first, build files (Dockerfile, CMake, Makefile …) after them (a repository of nothing but
 * build files keeps them); and when no file was counted at all, the languages of the manifests (a package.json says
 * JavaScript, a pyproject.toml Python), counted in files, or with no manifest either, the packages the install
 * instructions install (pip install: Python). In a repository of Dockerfiles whose only other code is
 * shell scripts (entrypoints, build-all.sh) and that has no other manifest, the Dockerfiles are the code: they keep
 * Linguist's order by size.
 */
export interface CodeHints {
  /** Languages of the programs scripts launch (`python -u main.py`: Python). */
  launched?: string[];
  /** Runtimes of the packages install instructions install, for a repository with nothing else. */
  installedRuntimes?: string[];
  /** Whether the only Python files build or package compiled code (setup.py, build.py beside C++ sources). */
  pythonIsBuildGlue?: boolean;
  /** Runtimes of manifests that publish a package of the project's own (pyproject.toml with a [project] name). */
  packageRuntimes?: string[];
  /** Each manifest runtime's shallowest manifest (0 at the root): a root Cargo.toml before python/pyproject.toml. */
  manifestDepths?: Record<string, number>;
  /** Languages of the programs a README's commands run, for a repository with nothing else to go by. */
  readmeLaunched?: string[];
  /** Languages of the sources Makefiles compile (`%.o: %.c`, nvcc), for a repository whose sources were trimmed. */
  compiled?: string[];
  /** A manifest runtime's language where the manifest says otherwise (a package.json that runs tsc: TypeScript). */
  manifestLanguages?: Record<string, string>;
  /** Whether the README or a manifest names Python packages to install or import (torch, the project's own). */
  namesPythonPackages?: boolean;
}

export function codeFirst(
  shares: LanguageShare[],
  manifestRuntimes: string[],
  {
    launched = [],
    installedRuntimes = [],
    pythonIsBuildGlue = false,
    packageRuntimes = [],
    manifestDepths = {},
    readmeLaunched = [],
    compiled = [],
    manifestLanguages = {},
    namesPythonPackages = false,
  }: CodeHints = {},
): LanguageShare[] {
  const manifestLanguage = (runtime: string): string | undefined =>
    manifestLanguages[runtime] ?? MANIFEST_LANGUAGE[runtime];
  const images =
    manifestRuntimes.every((r) => r === 'docker') &&
    shares.every((s) => s.name === 'Dockerfile' || SHELLS.has(s.name) || BUILD_LANGUAGES.has(s.name));
  const isBuild = (s: LanguageShare) => BUILD_LANGUAGES.has(s.name) && !(images && s.name === 'Dockerfile');
  const tally = new Map<string, number>();
  for (const runtime of manifestRuntimes) {
    const language = manifestLanguage(runtime);
    if (language) tally.set(language, (tally.get(language) ?? 0) + 1);
  }
  const code = launchedFirst(
    launchersLast(
      glueLast(
        kernelsOfPythonPackage(
          kernelsBehindPython(shares.filter((s) => !isBuild(s))),
          namesPythonPackages &&
            compiled.length === 0 &&
            !shares.some((s) => s.name === 'CMake' || s.name === 'Makefile'),
        ),
        pythonIsBuildGlue,
        manifestRuntimes.includes('rust'),
      ),
      tally,
      manifestRuntimes.includes('cmake'),
    ),
    launched.length ? launched : readmeLaunchers(shares, readmeLaunched),
  );
  const build = shares.filter(isBuild);
  // An R package (a DESCRIPTION with its Package: name) is installed and used from R, whatever its compiled
  // core (C, C++, Fortran under src/) or the helper modules it ships in other languages weigh.
  if (packageRuntimes.includes('r') && code.length && code[0]!.name !== 'R') {
    const r = code.find((s) => s.name === 'R') ?? { name: 'R', files: 0, bytes: null };
    return [r, ...code.filter((s) => s !== r), ...build];
  }
  // Scripts and images alone beside the root manifest of a Python, Go, Rust or Java project (train.sh, a Dockerfile
  // and a requirements.txt or go.mod, the code not among the files): they build, set up and run that project. (A
  // package.json beside shell scripts may be how a shell tool is published: nvm is Shell.)
  const rooted = ROOTED_PROJECTS.find((r) => manifestDepths[r] === 0);
  if (rooted && (code.length || build.length) && code.every((s) => SHELLS.has(s.name)))
    return [{ name: manifestLanguage(rooted)!, files: 0, bytes: null }, ...code, ...build];
  if (code.length) return [...code, ...build];
  // A Makefile or configure.ac whose sources were not among the files: the language of what it compiles.
  if (compiled.length) return [{ name: compiled[0]!, files: 0, bytes: null }, ...build];
  // A CMake project whose sources were not among the files: CMake's default languages are C and C++, and research
  // code built with it is C++ far more often.
  if (manifestRuntimes.includes('cmake') && build.some((s) => s.name === 'CMake'))
    return [{ name: 'C++', files: 0, bytes: null }, ...build];
  // A package the project publishes (pyproject.toml's [project]) whose code was not among the files: its language
  // comes before the Dockerfile that ships it.
  const published = packageRuntimes.map((r) => manifestLanguage(r)).find(Boolean);
  if (published && build.length) return [{ name: published, files: 0, bytes: null }, ...build];
  // Manifests beside build files only (a subfolder's requirements.txt and the Dockerfile that installs it): the
  // manifest's language leads when the README's commands run programs in it (`python dreamerv3/main.py`).
  const runs = [...tally.keys()].find((l) => readmeLaunched.includes(l));
  if (runs && build.length) return [{ name: runs, files: 0, bytes: null }, ...build];
  if (build.length) return build;
  // Nothing counted and no manifest (a README alone): what the instructions install says it (pip: Python).
  if (tally.size === 0)
    for (const runtime of installedRuntimes) {
      const language = manifestLanguage(runtime);
      if (language) tally.set(language, (tally.get(language) ?? 0) + 1);
    }
  // The root's manifest first (bindings live in subfolders), then one that publishes the project (a gemspec
  // before the go.mod of a helper, a backend's pyproject.toml before a frontend's package.json), then the most
  // manifests, then the shallowest.
  const publishes = (language: string) =>
    packageRuntimes.some((r) => manifestLanguage(r) === language) ? 0 : 1;
  const depthOf = (language: string) =>
    Math.min(
      ...Object.entries(manifestDepths)
        .filter(([runtime]) => manifestLanguage(runtime) === language)
        .map(([, depth]) => depth),
    );
  // Nothing counted, no manifest, nothing installed: the programs the README runs (`python train.py`).
  if (tally.size === 0)
    for (const language of readmeLaunched) tally.set(language, (tally.get(language) ?? 0) + 1);
  const fromManifests = [...tally.entries()]
    .sort(
      (a, b) =>
        Number(depthOf(a[0]) !== 0) - Number(depthOf(b[0]) !== 0) ||
        publishes(a[0]) - publishes(b[0]) ||
        b[1] - a[1] ||
        depthOf(a[0]) - depthOf(b[0]) ||
        (a[0] < b[0] ? -1 : 1),
    )
    .map(([name, files]) => ({ name, files, bytes: null }));
  return [...fromManifests, ...build];
}

/**
 * Shell scripts beside the code of a project with a manifest of its own (requirements.txt, package.json …) are
 * how it is launched (train.sh, run_sft.sh), not what it is written in: the project's language comes first, even
 * when the scripts are larger (its code trimmed, or spread over many small modules).
 */
function launchersLast(
  code: LanguageShare[],
  manifests: Map<string, number>,
  cmake: boolean,
): LanguageShare[] {
  if (!code.length || !SHELLS.has(code[0]!.name) || (manifests.size === 0 && !cmake)) return code;
  // Only when some of the project's code is there: a shell tool published through npm (nvm, n) is Shell. A CMake
  // project's code is what it compiles (build.sh and run.sh beside CUDA sources).
  const project = code.find((s) => manifests.has(s.name) || (cmake && COMPILED.has(s.name)));
  if (!project) return code;
  return [project, ...code.filter((s) => s !== project)];
}

const COMPILED = new Set(['C++', 'C', 'Cuda', 'Fortran']);

/** Manifest runtimes whose root manifest makes a repository of scripts and images that project's. */
const ROOTED_PROJECTS = ['python', 'go', 'rust', 'java'];

/**
 * CUDA kernels beside the Python that loads them (a PyTorch extension's `.cu` sources, a model's custom ops) are
 * run from Python: Python leads unless the kernels outweigh it more than twice over (a kernel library with a thin
 * wrapper stays CUDA).
 */
function kernelsBehindPython(code: LanguageShare[]): LanguageShare[] {
  const [lead] = code;
  const python = code.find((s) => s.name === 'Python');
  if (lead?.name !== 'Cuda' || !python || lead.bytes === null || python.bytes === null) return code;
  if (lead.bytes > 2 * python.bytes) return code;
  return [python, ...code.filter((s) => s !== python)];
}

/**
 * CUDA kernels alone, with no build of their own (no CMake, no Makefile), in a repository whose README installs or
 * imports Python packages (`pip install torch-cluster`, `import torch`): the kernels of a Python package whose Python
 * was not among the files. A kernel library built with CMake or make stays CUDA.
 */
function kernelsOfPythonPackage(code: LanguageShare[], pythonPackage: boolean): LanguageShare[] {
  if (!pythonPackage || code[0]?.name !== 'Cuda' || code.some((s) => s.name === 'Python')) return code;
  return [{ name: 'Python', files: 0, bytes: null }, ...code];
}

/**
 * A setup.py (or build.py) that builds C++ sources into a Python module is how the module is packaged, not what it
 * is written in: the compiled language comes first, even when the build script is larger.
 */
function glueLast(code: LanguageShare[], pythonIsBuildGlue: boolean, rust: boolean): LanguageShare[] {
  if (!pythonIsBuildGlue || code[0]?.name !== 'Python') return code;
  // Sources not among the files: a Cargo manifest builds Rust; a root CMakeLists.txt builds C++, as CMake does by
  // default, and C++ is what bindings most often wrap.
  const compiled = code.find((s) => COMPILED.has(s.name)) ?? {
    name: rust ? 'Rust' : 'C++',
    files: 0,
    bytes: null,
  };
  return [compiled, ...code.filter((s) => s !== compiled)];
}

/** Folders named for a library's Python bindings: python/, python-package/, python_bindings/, bindings/python/. */
const BINDINGS_FOLDER =
  /(?:^|\/)(?:python|python[-_](?:package|bindings?)|bindings\/python|py[-_]?bindings?)\/[^/]+$/;

/**
 * Whether every Python file counted is a build script (setup.py, build.py) of bindings to compiled sources: in a
 * bindings folder (python_bindings/setup.py), or beside a root CMakeLists.txt that builds the library (its sources
 * there or not). A root
 * setup.py that builds torch extensions is a Python package's own build, not bindings.
 */
export function pythonIsBuildGlue(files: LanguageFile[]): boolean {
  // The bindings' own tests (pytorch_binding/test/test.py) do not make them a Python project.
  const python = files.filter((f) => f.language === 'Python' && !/(^|\/)tests?\//.test(f.path));
  const rootCmake = files.some((f) => f.path === 'CMakeLists.txt');
  const bindings = python.some((f) => f.path.includes('/')) || rootCmake;
  // A folder named for the Python bindings (python/, python-package/, bindings/python/) holds a wrapper of the
  // repository's library, whose sources were not among the files.
  const bindingsFolder = python.every((f) => BINDINGS_FOLDER.test(f.path));
  return (
    python.length > 0 &&
    bindings &&
    python.every((f) => /^(setup|build)\.py$/.test(baseName(f.path))) &&
    (rootCmake || bindingsFolder || files.some((f) => COMPILED.has(f.language)))
  );
}

/**
 * A library the README's opening says is C or C++ ("written in pure C"), whose counted code is only the Python
 * bindings that wrap it, is written in the language the README states: its sources were not among the files.
 */
export function statedLibraryFirst(
  languages: LanguageShare[],
  stated: string | undefined,
  files: LanguageFile[],
): LanguageShare[] {
  if (!stated || languages[0]?.name !== 'Python' || !pythonIsOnlyBindings(files)) return languages;
  const share = languages.find((l) => l.name === stated) ?? { name: stated, files: 0, bytes: null };
  return [share, ...languages.filter((l) => l !== share)];
}

/** Build scripts (setup.py, waf's wscript) and examples of using the bindings are not the library's own code. */
function pythonIsOnlyBindings(files: LanguageFile[]): boolean {
  return files
    .filter((f) => f.language === 'Python')
    .every((f) =>
      /(?:^|\/)(?:(?:setup|build)\.py|wscript)$|(?:^|\/)[\w-]*(?:examples?|samples?)\//.test(f.path),
    );
}

/**
 * Shell (or, in a repository of images, the Dockerfiles) leading a project whose scripts run programs of another
 * language (`python -u main.py`, `torchrun pretrain_gpt.py`): those scripts launch the project, the programs are
 * what it is written in, even when they are smaller or were not among the files.
 */
function launchedFirst(code: LanguageShare[], launched: string[]): LanguageShare[] {
  const lead = code[0];
  if (!lead || !(SHELLS.has(lead.name) || lead.name === 'Dockerfile') || launched.length === 0) return code;
  const tally = new Map<string, number>();
  for (const l of launched) if (!SHELLS.has(l)) tally.set(l, (tally.get(l) ?? 0) + 1);
  const language = [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!language) return code;
  const program = code.find((s) => s.name === language) ?? { name: language, files: 0, bytes: null };
  return [program, ...code.filter((s) => s !== program)];
}

/**
 * With no script that launches anything, the programs the README's commands run (`python train.py`) launch the
 * project in its place: beside build scripts (build.sh) or the one Dockerfile that packages it, not beside a
 * collection of images (several Dockerfiles, whose README runs what each image holds).
 */
function readmeLaunchers(shares: LanguageShare[], readmeLaunched: string[]): string[] {
  const images = shares.find((s) => s.name === 'Dockerfile');
  return images && images.files > 1 ? [] : readmeLaunched;
}

/** A file with an extension is read for its #! line unless it is known to be too large for a script (weights). */
const SCRIPT_BYTES = 256 * 1024;
/** Extensions of data, prose and build inputs: never a script. */
const NOT_SCRIPT =
  /^(?:md|markdown|txt|rst|adoc|json|jsonl|ya?ml|toml|cfg|ini|conf|lock|xml|csv|tsv|png|jpe?g|gif|svg|ico|pdf|html?|css|env|example|sample|template|tmpl|in|am|ac|m4|out|log|patch|diff|gz|tgz|bz2|xz|zip|tar|whl|pem|key|crt|properties|def|sql|lst|dat|bin|h5|pt|pth|ckpt|npy|npz|pkl|mat|ttf|woff2?|map|po|mo)$/i;

/**
 * Files that may be scripts: extension-less (bin/rbenv, libexec/rbenv-init), or with an extension no language or
 * data format has (scripts/deb/setup_20.x). Their #! line names the language.
 */
export function scriptCandidates(entries: TreeEntry[], limit = 60): string[] {
  return entries
    .filter((e) => !baseName(e.path).includes('.') || e.size === null || e.size <= SCRIPT_BYTES)
    .map((e) => e.path)
    .filter((p) => {
      const name = baseName(p);
      const dot = name.lastIndexOf('.');
      const ext = dot > 0 ? name.slice(dot + 1) : dot === 0 ? null : '';
      const unknown =
        ext === '' ||
        (ext !== null && !BY_EXTENSION[ext] && !BY_EXTENSION[ext.toLowerCase()] && !NOT_SCRIPT.test(ext));
      return unknown && !BY_NAME[name] && !/^[A-Z][A-Z_-]*$/.test(name) && p.split('/').length <= 3;
    })
    .slice(0, limit);
}

const INTERPRETERS: Array<[RegExp, string]> = [
  [/^(ba|z|k|da)?sh$/, 'Shell'],
  [/^python[\d.]*$/, 'Python'],
  [/^(node|nodejs)$/, 'JavaScript'],
  [/^ruby$/, 'Ruby'],
  [/^perl[\d.]*$/, 'Perl'],
  [/^Rscript$/, 'R'],
  [/^julia$/, 'Julia'],
];

/** The language a script's #! line names (#!/bin/bash, #!/usr/bin/env python3), as Linguist reads interpreters. */
export function interpreterLanguage(text: string): string | null {
  const m = /^#!\s*(\S+)(?:\s+(?:-\S+\s+)*(\S+))?/.exec(text);
  if (!m) return null;
  const program = baseName(m[1]!) === 'env' ? (m[2] ?? '') : baseName(m[1]!);
  return INTERPRETERS.find(([re]) => re.test(program))?.[1] ?? null;
}
