// C and C++ libraries a build links: CMake's find_package, pkg_check_modules and FetchContent; autoconf's
// PKG_CHECK_MODULES, AC_CHECK_LIB and AC_SEARCH_LIBS; meson's dependency(); the -l flags and pkg-config calls of a
// Makefile; vcpkg.json and conanfile manifests. Only libraries the knowledge base knows are kept: a build names
// many things (its own targets, compiler features, build tools) that are not its stack.
import { nativeLibrary } from '../knowledge/catalog.js';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { isRecord, jsonOf, lineOf } from './text.js';
import type { Detector } from './types.js';
import type { Tree } from './tree.js';

const BUILD_FILES =
  /^(?:CMakeLists\.txt|configure\.(?:ac|in)|meson\.build|GNUmakefile|[Mm]akefile(?:\.am)?|.*\.mk)$/;
const MANIFESTS = /^(?:vcpkg\.json|conanfile\.(?:txt|py))$/;

function files(tree: Tree, re: RegExp): string[] {
  return tree.named(re).filter((p) => !tree.ignored(p));
}

/** The repository compiles C or C++ of its own: sources outside vendored code, tests and examples, or a CMake,
 * autoconf or meson build. */
export function compilesNative(tree: Tree): boolean {
  return (
    files(tree, /^(?:CMakeLists\.txt|configure\.(?:ac|in)|meson\.build)$/).length > 0 ||
    tree.paths.some((p) => /\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx|cu)$/.test(p) && !tree.ignored(p))
  );
}

/**
 * A C++ or CUDA source that includes PyTorch's extension headers (<torch/extension.h>, <ATen/ATen.h>) is a PyTorch
 * extension, built against and loaded from the torch package. (<torch/torch.h> alone is libtorch's, for C++ programs.)
 */
const TORCH_EXTENSION =
  /^\s*#\s*include\s*[<"](?:torch\/(?:extension|python|all)\.h|ATen\/[\w/.]+|c10\/[\w/.]+)[>"]/m;

function extensionSources(tree: Tree): string[] {
  return tree.paths.filter((p) => /\.(?:cu|cuh|cpp|cc|cxx|h|hpp)$/.test(p) && !tree.ignored(p)).slice(0, 30);
}

/** CUDA sources, vendored copies of the libraries themselves left out. */
function cudaSources(tree: Tree): string[] {
  return tree.paths.filter((p) => /\.(?:cu|cuh)$/.test(p) && !tree.ignored(p)).slice(0, 30);
}

interface Found {
  name: string;
  version: string | null;
  line: number;
  text: string;
}

/** The libraries one build file names, each with the line that names it. */
export function buildLibraries(path: string, text: string): Found[] {
  const found: Found[] = [];
  const lines = text.split(/\r?\n/);
  const add = (name: string, version: string | null, i: number) =>
    found.push({ name, version, line: i + 1, text: lines[i]! });
  const file = path.split('/').pop()!;
  lines.forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '');
    if (file === 'CMakeLists.txt') {
      const pkg = /\bfind_package\s*\(\s*(\w[\w.+-]*)(?:\s+(\d+(?:\.\d+)*))?/i.exec(line);
      if (pkg) add(pkg[1]!, pkg[2] ?? null, i);
      const fetched = /\b(?:FetchContent_Declare|ExternalProject_Add)\s*\(\s*(\w[\w.+-]*)/i.exec(line);
      if (fetched) add(fetched[1]!, null, i);
      const cpm = /\bCPMAddPackage\s*\(\s*"(?:gh:|gl:)?(?:[\w.-]+\/)?([\w.+-]+)(?:@([\d.]+))?/i.exec(line);
      if (cpm) add(cpm[1]!, cpm[2] ?? null, i);
      // pkg_check_modules(GTK REQUIRED IMPORTED_TARGET gtk+-3.0): the modules after the prefix and keywords.
      const modules = /\bpkg_(?:check|search)_modules?\s*\(\s*\w+([^)]*)/i.exec(line);
      if (modules) for (const m of pkgConfigModules(modules[1]!)) add(m.name, m.version, i);
      // target_link_libraries(app CUDA::cublas CUDA::cusparse): the CUDA toolkit's libraries by their targets.
      for (const m of line.matchAll(/\bCUDA::(\w+)/g)) add(m[1]!, null, i);
    } else if (/^configure\./.test(file)) {
      const pkg = /PKG_CHECK_MODULES\s*\(\s*\[?\w+\]?\s*,\s*\[?([^\],)]+)/.exec(line);
      if (pkg) for (const m of pkgConfigModules(pkg[1]!)) add(m.name, m.version, i);
      const lib = /AC_CHECK_LIB\s*\(\s*\[?([\w.+-]+)/.exec(line);
      if (lib) add(lib[1]!, null, i);
      const search = /AC_SEARCH_LIBS\s*\(\s*\[?\w+\]?\s*,\s*\[?([^\],)]+)/.exec(line);
      if (search) for (const name of search[1]!.trim().split(/\s+/)) add(name, null, i);
    } else if (file === 'meson.build') {
      for (const m of line.matchAll(
        /\bdependency\s*\(\s*'([\w.+-]+)'(?:[^)]*version\s*:\s*'[>=~\s]*([\d.]+)')?/g,
      ))
        add(m[1]!, m[2] ?? null, i);
    } else {
      // A Makefile: -l flags where libraries are listed or a compiler links, and pkg-config calls anywhere.
      const links =
        /^\s*(?:[\w.]*LIBS|[\w.]*LDFLAGS|[\w.]*_LDADD)\s*[:+?]?=/.test(line) ||
        /(?:\$[({](?:CC|CXX|LD|NVCC)[)}]|\b(?:gcc|g\+\+|cc|c\+\+|clang\+\+|clang|nvcc)\s)/.test(line);
      if (links) for (const m of line.matchAll(/(?:^|\s)-l([A-Za-z][\w.+-]*)/g)) add(m[1]!, null, i);
      for (const m of line.matchAll(/pkg-config\s+((?:--[\w-]+\s+)+)([^`)$;|&]+)/g))
        for (const name of m[2]!.trim().split(/\s+/)) if (!name.startsWith('-')) add(name, null, i);
    }
  });
  return found;
}

/** CUDA sources' includes of NVIDIA's libraries: <thrust/device_vector.h>, <cub/cub.cuh>, <cublas_v2.h>, <nccl.h>. */
const CUDA_INCLUDE =
  /^\s*#\s*include\s*[<"](thrust|cub|cutlass|cublas(?:Lt)?|cudnn|nccl|nvshmem|cusparse|cufft|curand|cusolver)(?:[/_.][\w/.]*)?[>"]/gm;

export function cudaIncludes(text: string): Found[] {
  const lines = text.split(/\r?\n/);
  return [...text.matchAll(CUDA_INCLUDE)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return { name: m[1]!.toLowerCase(), version: null, line, text: lines[line - 1]!.trim() };
  });
}

/** The modules of a pkg-config list ("gtk+-3.0 >= 3.22 libcurl"), their minimum versions, keywords left out. */
function pkgConfigModules(list: string): { name: string; version: string | null }[] {
  const words = list
    .replace(/[[\]"]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const out: { name: string; version: string | null }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^(?:REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$/.test(w))
      continue;
    if (/^[<>=]=?$/.test(w)) {
      const version = words[++i];
      if (out.length && version && /^\d/.test(version)) out[out.length - 1]!.version = version;
      continue;
    }
    const pinned = /^([\w.+-]+?)(?:>=|=)([\d.]+)$/.exec(w);
    out.push(pinned ? { name: pinned[1]!, version: pinned[2]! } : { name: w, version: null });
  }
  return out;
}

/** The libraries a vcpkg.json or a conanfile requires. */
export function manifestLibraries(path: string, text: string, doc: unknown): Found[] {
  const at = (name: string, version: string | null, needle: string): Found => {
    const line = lineOf(text, needle) ?? 1;
    return { name, version, line, text: text.split(/\r?\n/)[line - 1] ?? needle };
  };
  if (path.endsWith('vcpkg.json')) {
    const deps = isRecord(doc) && Array.isArray(doc.dependencies) ? doc.dependencies : [];
    return deps.flatMap((d) => {
      const name = typeof d === 'string' ? d : isRecord(d) && typeof d.name === 'string' ? d.name : null;
      return name ? [at(name, null, `"${name}"`)] : [];
    });
  }
  // conanfile.txt's [requires] lines and conanfile.py's requires: both say name/version.
  const requires = path.endsWith('.txt')
    ? (/^\[requires\]\s*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '')
    : [...text.matchAll(/\b(?:self\.requires\s*\(|requires\s*=)([^\n]*(?:\n\s+[^\n]*)*)/g)]
        .map((m) => m[1]!)
        .join('\n');
  return [...requires.matchAll(/([\w.+-]+)\/([\w.+-]+)/g)].map((m) => at(m[1]!, m[2]!, m[0]));
}

function factsOf(path: string, found: Found[], rule: RuleId): Fact[] {
  const facts: Fact[] = [];
  const named = new Set<string>();
  for (const f of found) {
    const known = nativeLibrary(f.name);
    if (!known || named.has(known.name)) continue;
    named.add(known.name);
    // A test framework is for the tests.
    const test = known.category === 'testing';
    facts.push({
      type: 'package',
      ecosystem: 'native',
      name: f.name,
      extras: [],
      version: f.version,
      scope: test ? 'dev' : 'main',
      group: test ? 'test' : null,
      conditional: false,
      variant: null,
      ev: seen(path, f.line, f.text, rule, 2),
    });
  }
  return facts;
}

export const nativeDetector: Detector = {
  name: 'native',
  select: (tree) => [
    ...files(tree, BUILD_FILES),
    ...files(tree, MANIFESTS),
    ...cudaSources(tree),
    ...extensionSources(tree),
  ],
  detect(input) {
    const facts: Fact[] = [];
    for (const path of files(input.tree, BUILD_FILES)) {
      const text = input.text(path);
      if (text !== null) facts.push(...factsOf(path, buildLibraries(path, text), 'native.build'));
    }
    for (const path of files(input.tree, MANIFESTS)) {
      const text = input.text(path);
      if (text === null) continue;
      const doc = path.endsWith('.json') ? jsonOf(text, path, input.warn) : null;
      facts.push(...factsOf(path, manifestLibraries(path, text, doc), 'native.manifest'));
    }
    for (const path of cudaSources(input.tree)) {
      const text = input.text(path);
      if (text !== null) facts.push(...factsOf(path, cudaIncludes(text), 'native.cuda-include'));
    }
    const extension = extensionSources(input.tree)
      .map((path) => ({ path, text: input.text(path) }))
      .map(({ path, text }) => ({ path, text, m: text === null ? null : TORCH_EXTENSION.exec(text) }))
      .find((f) => f.m);
    if (extension?.m) {
      const line = extension.text!.slice(0, extension.m.index).split('\n').length;
      facts.push({
        type: 'package',
        ecosystem: 'pypi',
        name: 'torch',
        extras: [],
        version: null,
        scope: 'main',
        group: null,
        conditional: false,
        variant: null,
        ev: seen(extension.path, line, extension.m[0].trim(), 'cpp.torch-extension', 2),
      });
    }
    return facts;
  },
};
