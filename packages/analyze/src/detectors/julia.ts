// Julia: Project.toml ([compat] julia, [deps] with CUDA.jl or AMDGPU.jl) and Manifest.toml julia_version.
import { JULIA_FRAMEWORKS, JULIA_GPU } from '../knowledge/packages.js';
import { seen, type Fact, type Seen } from '../model.js';
import { lowestVersion } from './python/pep508.js';
import { isRecord, lineOf, tomlOf } from './text.js';
import type { Tree } from './tree.js';
import type { Detector } from './types.js';

const FILES = /^((Julia)?Project\.toml|(Julia)?Manifest\.toml)$/;
const MAX_SOURCES = 40;
/** A check that a CUDA GPU is usable: the code has a CPU path as well. */
const CUDA_CHECK = /\b(?:has_cuda(?:_gpu)?\(\)|CUDA\.functional\(\)|CUDA\.has_cuda(?:_gpu)?\(\))/;

/**
 * Julia's standard library, and the binary wrappers (`*_jll`) packages pull in: a Project.toml's other [deps] are
 * the registered packages the project is built on, all reported, known to the knowledge base or not (a registry
 * name says what it is, as a go.mod's module path does).
 */
const JULIA_STDLIB = new Set(
  (
    'ArgTools Artifacts Base64 CRC32c Dates DelimitedFiles Distributed Downloads FileWatching Future ' +
    'InteractiveUtils LazyArtifacts LibCURL LibGit2 Libdl LinearAlgebra Logging Markdown Mmap NetworkOptions Pkg ' +
    'Printf Profile REPL Random SHA Serialization SharedArrays Sockets SparseArrays Statistics StyledStrings ' +
    'SuiteSparse TOML Tar Test UUIDs Unicode'
  ).split(' '),
);

function sources(tree: Tree): string[] {
  return tree
    .named(/\.jl$/)
    .filter((p) => !tree.ignored(p))
    .slice(0, MAX_SOURCES);
}

/** Where the Julia code checks for a usable GPU, if anywhere. */
function cudaCheck(input: Parameters<Detector['detect']>[0]): Seen | null {
  for (const path of sources(input.tree)) {
    const code = input.text(path);
    const m = code === null ? null : CUDA_CHECK.exec(code);
    if (m) return seen(path, lineOf(code!, m[0]), m[0], 'julia.cuda-fallback', 1);
  }
  return null;
}

export const juliaDetector: Detector = {
  name: 'julia',
  select: (tree) => [...tree.envFiles(FILES), ...sources(tree)],
  detect(input) {
    const facts: Fact[] = [];
    const check = cudaCheck(input);
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      const doc = text === null ? null : tomlOf(text, path, input.warn);
      if (!text || !doc) continue;
      if (/Manifest\.toml$/.test(path)) {
        if (typeof doc.julia_version === 'string') {
          facts.push({
            type: 'runtime',
            name: 'julia',
            version: doc.julia_version,
            range: null,
            ev: seen(
              path,
              lineOf(text, 'julia_version'),
              `julia_version = "${doc.julia_version}"`,
              'julia.manifest',
              1,
            ),
          });
        }
        continue;
      }
      facts.push({ type: 'manifest', file: path, runtime: 'julia' });
      const compat = isRecord(doc.compat) && typeof doc.compat.julia === 'string' ? doc.compat.julia : null;
      facts.push({
        type: 'runtime',
        name: 'julia',
        version: compat ? lowestVersion(compat.split(',')[0]!.replace(/^\s*/, '^')) : null,
        range: compat,
        ev: seen(
          path,
          compat ? lineOf(text, /^\s*julia\s*=/) : 1,
          compat ? `julia = "${compat}"` : 'Project.toml',
          'julia.project',
          1,
        ),
      });
      const deps = isRecord(doc.deps) ? doc.deps : {};
      for (const name of Object.keys(deps)) {
        if (!JULIA_FRAMEWORKS.has(name) && (JULIA_STDLIB.has(name) || name.endsWith('_jll'))) continue;
        const ev = seen(
          path,
          lineOf(text, new RegExp(`^\\s*${name}\\s*=`)),
          `${name} = "${String(deps[name])}"`,
          JULIA_GPU[name] ? 'pkg.gpu-other' : 'julia.project',
          1,
        );
        facts.push({
          type: 'package',
          ecosystem: 'julia',
          name,
          extras: [],
          version: null,
          scope: 'main',
          // Behind a check for a usable GPU, CUDA.jl is used only when there is one.
          conditional: Boolean(check && JULIA_GPU[name] === 'nvidia'),
          variant: null,
          ev,
        });
        if (JULIA_GPU[name]) {
          if (check && JULIA_GPU[name] === 'nvidia')
            facts.push({ type: 'gpu', requirement: 'optional', ev: check });
          else facts.push({ type: 'gpu', requirement: 'required', ev });
          if (JULIA_GPU[name] === 'amd') facts.push({ type: 'rocm', version: null, ev });
        }
      }
    }
    return facts;
  },
};
