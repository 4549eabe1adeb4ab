// C, C++ and CUDA builds: CMake (CUDA as a language, CUDAToolkit, architectures, CUDA behind an OFF option),
// Makefiles that call nvcc, and *.cu sources in the build path.
import { computeCapability } from '../knowledge/gpus.js';
import { seen, type Fact, type Seen } from '../model.js';
import { scriptLines } from './scripts.js';
import { lineOf } from './text.js';
import type { Detector } from './types.js';
import type { Tree } from './tree.js';

const CMAKE = /^CMakeLists\.txt$/;
// Makefile.am: automake's input, where an autotools project keeps its targets and the rules that run nvcc.
const MAKEFILE = /^(GNUmakefile|[Mm]akefile(?:\.am)?|.*\.mk)$/;

function cmakeFiles(tree: Tree): string[] {
  return tree.named(CMAKE).filter((p) => !tree.ignored(p));
}
function makeFiles(tree: Tree): string[] {
  return tree.named(MAKEFILE).filter((p) => !tree.ignored(p));
}
function autoconfFiles(tree: Tree): string[] {
  return tree.paths.filter((p) => /^configure\.(?:ac|in)$/.test(p));
}

function shellScripts(tree: Tree): string[] {
  return tree.paths.filter((p) => /\.(sh|bash)$/.test(p) && !tree.ignored(p)).slice(0, 40);
}

/**
 * A build script that compiles CUDA sources with nvcc (`nvcc -c -o bn.o bn.cu`, `/usr/local/cuda-8.0/bin/nvcc
 * tf_sampling_g.cu`): the kernels it builds need a GPU. Not one under an `if` (a build that checks for nvcc first);
 * the CUDA of the toolkit path it names, when it names one.
 */
function scriptNvccFacts(path: string, text: string): Fact[] {
  let depth = 0;
  for (const c of scriptLines(text)) {
    if (/^(?:if|case)\b/.test(c.text)) depth++;
    if (/^(?:fi|esac)\b|;\s*(?:fi|esac)\s*$/.test(c.text)) depth = Math.max(0, depth - 1);
    const m = /^(\S*\/)?nvcc\s[^\n]*?\S+\.cu\b/.exec(c.text);
    if (!m || depth > 0) continue;
    const ev = seen(path, c.line, c.text.slice(0, 160), 'cpp.script-nvcc', 1);
    const facts: Fact[] = [
      { type: 'gpu', requirement: 'required', ev },
      { type: 'nvcc', ev },
    ];
    const toolkit = /\bcuda-(\d{1,2}\.\d)\//.exec(m[1] ?? '');
    if (toolkit) facts.push({ type: 'cuda', version: toolkit[1]!, ev });
    return facts;
  }
  return [];
}

function cudaSources(tree: Tree): string[] {
  return tree.paths.filter((p) => /\.(cu|cuh)$/.test(p) && !tree.ignored(p));
}

/** The lowest compute capability among a list of architectures ("70;75;80", "sm_80", "8.0 8.6+PTX"). */
export function lowestCapability(list: string): string | null {
  const found = [...list.matchAll(/(?:sm_|compute_)?(\d\.\d|\d{2,3})(?![\d.])/g)]
    .map((m) => computeCapability(/^\d{3}$/.test(m[1]!) ? m[1]!.slice(0, 2) : m[1]!))
    .filter((v): v is string => v !== null)
    .sort((a, b) => Number(a) - Number(b));
  return found[0] ?? null;
}

/** A CMake condition on whether CUDA was found, or on a switch for the GPU build. */
const CUDA_SWITCH =
  /\bif\s*\(\s*(?:NOT\s+)?\$?\{?(?:CUDA_FOUND|CUDAToolkit_FOUND|WITH_GPU|WITH_CUDA|USE_CUDA|USE_GPU)\b/i;
/** A Makefile switch between a CPU and a CUDA build (ifneq ($(CPU_ONLY), 1), ifdef USE_CUDA). */
const MAKE_CUDA_SWITCH =
  /^\s*(?:ifn?eq\s*\(\s*\$[({](?:CPU_ONLY|USE_CUDA|WITH_CUDA|WITH_GPU|USE_GPU|GPU|CUDA)[)}]|ifn?def\s+(?:CPU_ONLY|USE_CUDA|WITH_CUDA|WITH_GPU|USE_GPU)\b)/m;

interface CmakeCuda {
  ev: Seen;
  gated: boolean;
  version: string | null;
}

/** CUDA statements in a CMakeLists.txt, and whether each sits under an if() on an option that defaults to OFF. */
function cmakeCuda(path: string, text: string): { uses: CmakeCuda[]; facts: Fact[] } {
  const facts: Fact[] = [];
  const offOptions = new Set([...text.matchAll(/option\(\s*(\w+)\s+"[^"]*"\s+OFF\s*\)/gi)].map((m) => m[1]!));
  const uses: CmakeCuda[] = [];
  const stack: string[] = [];
  // A project( … ) call may span lines: its languages are read from the whole call, at its first line.
  let project: { start: number; text: string } | null = null;
  text.split(/\r?\n/).forEach((source, i) => {
    let line = source.replace(/#.*$/, '');
    let raw = source;
    let at = i + 1;
    if (project) {
      project.text += ` ${line}`;
      if (!line.includes(')')) return;
      line = project.text;
      raw = project.text.replace(/\s+/g, ' ').trim();
      at = project.start + 1;
      project = null;
    } else if (/^\s*project\s*\([^)]*$/i.test(line)) {
      project = { start: i, text: line };
      return;
    }
    const ifm = /^\s*if\s*\((.*)\)/i.exec(line);
    if (ifm) stack.push(ifm[1]!);
    if (/^\s*endif\s*\(/i.test(line)) stack.pop();
    const gated = stack.some(
      (cond) => [...offOptions].some((o) => new RegExp(`\\b${o}\\b`).test(cond)) || /TEST/i.test(cond),
    );
    const lang = /project\s*\([^)]*\bCUDA\b|enable_language\s*\(\s*CUDA\b|check_language\s*\(\s*CUDA\b/i.exec(
      line,
    );
    const pkg = /find_package\s*\(\s*(CUDAToolkit|CUDA)\b\s*([\d.]+)?/i.exec(line);
    // find_package(CUDA) without REQUIRED, and the CUDA build under if(CUDA_FOUND) or a WITH_GPU switch: the
    // build goes on without CUDA.
    const probed = pkg !== null && !/\bREQUIRED\b/i.test(line) && CUDA_SWITCH.test(text);
    if (lang || pkg) {
      const version = pkg?.[2] ? pkg[2].split('.').slice(0, 2).join('.') : null;
      uses.push({
        ev: seen(path, at, raw, gated || probed ? 'cpp.cmake.cuda-off' : 'cpp.cmake', 1),
        gated: gated || probed,
        version,
      });
    }
    const arch = /CMAKE_CUDA_ARCHITECTURES\s+"?([^")]+)"?|CUDA_ARCHITECTURES\s+"?([^")]+)"?/.exec(line);
    if (arch) {
      const cc = lowestCapability(arch[1] ?? arch[2]!);
      if (cc)
        facts.push({ type: 'compute-capability', value: cc, ev: seen(path, i + 1, raw, 'cpp.cuda-arch', 1) });
    }
  });
  const min = /cmake_minimum_required\s*\(\s*VERSION\s+([\d.]+)/i.exec(text);
  if (min)
    facts.push({
      type: 'runtime',
      name: 'cmake',
      version: min[1]!,
      range: `>=${min[1]}`,
      ev: seen(path, lineOf(text, min[0]), min[0], 'cpp.cmake', 1),
    });
  return { uses, facts };
}

/** A setup.py's CMake build: a CMakeExtension, or `cmake` run as a command. */
const SETUP_CMAKE = /\b(?:CMakeExtension|cmake_extension)\b|\[\s*["']cmake["']\s*,/;

export const cppDetector: Detector = {
  name: 'cpp',
  select: (tree) => [
    ...cmakeFiles(tree),
    ...makeFiles(tree),
    ...shellScripts(tree),
    ...autoconfFiles(tree),
    ...tree.paths.filter((p) => p === 'setup.py'),
  ],
  detect(input) {
    const facts: Fact[] = [];
    let gatedOnly = false;
    let required = false;
    for (const path of cmakeFiles(input.tree)) {
      const text = input.text(path);
      if (text === null) continue;
      facts.push({ type: 'manifest', file: path, runtime: 'cmake' });
      const { uses, facts: more } = cmakeCuda(path, text);
      facts.push(...more);
      for (const use of uses) {
        if (use.gated) {
          gatedOnly = true;
          facts.push({ type: 'gpu', requirement: 'optional', ev: use.ev });
        } else {
          required = true;
          facts.push({ type: 'gpu', requirement: 'required', ev: use.ev }, { type: 'nvcc', ev: use.ev });
          if (use.version) facts.push({ type: 'cuda', version: use.version, ev: use.ev });
        }
      }
    }
    // An OFF option named for CUDA (option(GGML_CUDA "use CUDA" OFF)) makes the CUDA back-end an opt-in build,
    // even when the lines that use it live in a CMakeLists.txt of a subproject.
    for (const path of cmakeFiles(input.tree)) {
      const text = input.text(path);
      const off = text ? /option\(\s*(\w*(?:CUDA|CUBLAS)\w*)\s+"[^"]*"\s+OFF\s*\)/i.exec(text) : null;
      if (!off || required || gatedOnly) continue;
      gatedOnly = true;
      facts.push({
        type: 'gpu',
        requirement: 'optional',
        ev: seen(path, lineOf(text!, off[0]), off[0], 'cpp.cmake.cuda-off', 1),
      });
    }
    for (const path of makeFiles(input.tree)) {
      const text = input.text(path);
      if (text === null) continue;
      // nvcc by name, or the $(NVCC) an autotools configure script sets.
      const nvcc = /^[^#\n]*(?:\bnvcc\b|\$[({]NVCC[)}]).*$/m.exec(text);
      const switched = nvcc ? MAKE_CUDA_SWITCH.exec(text) : null;
      const optionalTarget = nvcc ? (optionalNvccTarget(text) ?? switched?.[0].trim() ?? null) : null;
      if (optionalTarget) {
        const ev = seen(path, lineOf(text, optionalTarget), optionalTarget, 'cpp.makefile-optional-nvcc', 1);
        gatedOnly = true;
        facts.push({ type: 'gpu', requirement: 'optional', ev });
      } else if (nvcc) {
        const ev = seen(path, lineOf(text, nvcc[0]), nvcc[0], 'cpp.makefile', 1);
        required = true;
        facts.push({ type: 'gpu', requirement: 'required', ev }, { type: 'nvcc', ev });
      }
      const compiled = compiledLanguage(text, Boolean(nvcc) && !optionalTarget);
      if (compiled)
        facts.push({
          type: 'launches',
          language: compiled.language,
          ev: seen(path, lineOf(text, compiled.seen), compiled.seen, 'cpp.makefile-sources', 1),
        });
      const arch = /(?:-arch[= ](?:sm_|compute_)(\d{2,3})|arch=compute_(\d{2,3}))/.exec(text);
      if (arch) {
        const all = [...text.matchAll(/(?:-arch[= ]|arch=)(?:sm_|compute_)(\d{2,3})/g)]
          .map((m) => m[1]!)
          .join(';');
        const cc = lowestCapability(all);
        if (cc)
          facts.push({
            type: 'compute-capability',
            value: cc,
            ev: seen(path, lineOf(text, arch[0]), arch[0], 'cpp.cuda-arch', 1),
          });
      }
    }
    // The compilers autoconf checks for: what a configure.ac project is written in when its sources are not there.
    for (const path of autoconfFiles(input.tree)) {
      const text = input.text(path);
      const c = text && /^\s*AC_PROG_CC\b/m.exec(text);
      const cxx = text && /^\s*AC_PROG_CXX\b/m.exec(text);
      const found = c ?? cxx;
      if (found)
        facts.push({
          type: 'launches',
          language: c ? 'C' : 'C++',
          ev: seen(path, lineOf(text!, found[0].trim()), found[0].trim(), 'cpp.makefile-sources', 1),
        });
    }
    // A root setup.py that builds the project with CMake (CMakeExtension, `cmake` run by build_ext): the package of a
    // C++ project whose sources were not among the files.
    const setup = input.tree.paths.includes('setup.py') ? input.text('setup.py') : null;
    const cmake = setup === null ? null : SETUP_CMAKE.exec(setup);
    if (cmake)
      facts.push({
        type: 'launches',
        language: 'C++',
        ev: seen('setup.py', lineOf(setup!, cmake[0]), cmake[0], 'cpp.setup-cmake', 1),
      });
    for (const path of shellScripts(input.tree)) {
      const text = input.text(path);
      const more = text === null ? [] : scriptNvccFacts(path, text);
      if (more.length) required = true;
      facts.push(...more);
    }
    const sources = cudaSources(input.tree);
    if (sources.length > 0) {
      const ev = seen(
        sources[0]!,
        null,
        `${sources.length} CUDA source file${sources.length > 1 ? 's' : ''} (${sources.slice(0, 3).join(', ')})`,
        'cpp.cuda-sources',
        2,
      );
      // CUDA sources that only build when an OFF option is switched on do not make the GPU required.
      if (gatedOnly && !required) facts.push({ type: 'gpu', requirement: 'optional', ev });
      else facts.push({ type: 'gpu', requirement: 'required', ev }, { type: 'nvcc', ev });
    }
    return facts;
  },
};

const SOURCE_LANGUAGE: Record<string, string> = { c: 'C', cc: 'C++', cpp: 'C++', cxx: 'C++', cu: 'Cuda' };

/**
 * The language of the sources a Makefile compiles (`%.o: %.c`, `batch_norm_op_gpu.cu.o`), for a repository whose
 * sources were not among the files: CUDA when nvcc is part of the default build, else the C or C++ its pattern
 * rules compile, or the first such sources it names.
 */
function compiledLanguage(text: string, nvccBuild: boolean): { language: string; seen: string } | null {
  const code = text.replace(/#.*$/gm, '');
  const sources = (re: RegExp) =>
    [...code.matchAll(re)].map((m) => ({ language: SOURCE_LANGUAGE[m[1]!]!, seen: m[0] }));
  // Pattern rules (`%.o: %.c`) build the bulk of the sources; files named one by one come after them.
  const named = [
    ...sources(/%\.(c|cc|cpp|cxx|cu)\b/g),
    ...sources(/\b[\w$().-]+\.(c|cc|cpp|cxx|cu)(?:\.o)?\b/g),
  ];
  const cuda = named.find((n) => n.language === 'Cuda');
  if (nvccBuild) return cuda ?? { language: 'Cuda', seen: /\bnvcc\b/.exec(code)?.[0] ?? 'nvcc' };
  return named.find((n) => n.language !== 'Cuda') ?? null;
}

/** A recipe line that runs nvcc (directly or through a variable such as $(NVCC) that names it). */
function callsNvcc(line: string, nvccVars: Set<string>): boolean {
  if (/\bnvcc\b/.test(line)) return true;
  return [...line.matchAll(/\$[({](\w+)[)}]/g)].some((m) => nvccVars.has(m[1]!));
}

/**
 * A Makefile whose default goal (its first target, or `all`) builds without nvcc and that runs nvcc only in other
 * targets (`make runcuda`): CUDA is an extra build, so a GPU is optional. Returns the first such target's line.
 * The goal reaches a target through its prerequisites, however deep (`all: tests`, `tests: test_reduce`), and a
 * prerequisite list may go on over lines ending in `\`.
 */
export function optionalNvccTarget(text: string): string | null {
  // NVCC is nvcc whether the Makefile sets it or a configure script does.
  const nvccVars = new Set([
    'NVCC',
    ...[...text.matchAll(/^\s*(\w+)\s*[:?+]?=\s*\S*\bnvcc\b/gm)].map((m) => m[1]!),
  ]);
  const targets: { name: string; line: string; needs: string[]; nvcc: boolean }[] = [];
  let current: (typeof targets)[number] | null = null;
  for (const chunk of text.split(/(?<!\\)\n/)) {
    // The first line as the file has it (for the evidence), and the whole as make reads it (continuations joined).
    const line = chunk.split('\n')[0]!;
    const logical = chunk.replace(/\\\r?\n/g, ' ');
    const target = /^([\w./%$(){}-]+)\s*:(?!=)(.*)$/.exec(logical);
    if (target) {
      current = target[1]!.startsWith('.')
        ? null
        : {
            name: target[1]!,
            line,
            needs: target[2]!.split(/[;|]/)[0]!.trim().split(/\s+/).filter(Boolean),
            nvcc: callsNvcc(logical, nvccVars),
          };
      if (current) targets.push(current);
    } else if (current && logical.startsWith('\t') && callsNvcc(logical, nvccVars)) current.nvcc = true;
  }
  const goal = targets.find((t) => t.name === 'all') ?? targets[0];
  if (!goal) return null;
  const nvccTargets = targets.filter((t) => t.nvcc);
  // A pattern rule ($(OBJDIR)/%.o: %.cu) builds whatever object the goal's chain asks for.
  if (nvccTargets.some((t) => t.name.includes('%'))) return null;
  const byName = new Map(targets.map((t) => [t.name, t]));
  // A variable among the prerequisites (all: $(TARGETS)) stands for every name assigned or added to it, in any branch.
  const values = new Map<string, string[]>();
  for (const m of text.replace(/\\\r?\n/g, ' ').matchAll(/^\s*(\w+)\s*[:?+]?=(.*)$/gm))
    values.set(m[1]!, [...(values.get(m[1]!) ?? []), ...m[2]!.trim().split(/\s+/).filter(Boolean)]);
  const expand = (name: string): string[] => {
    const v = /^\$[({](\w+)[)}]$/.exec(name);
    return v ? (values.get(v[1]!) ?? []) : [name];
  };
  const reached = new Set<string>();
  const queue = [goal];
  for (let t = queue.shift(); t; t = queue.shift()) {
    if (t.nvcc) return null;
    for (const name of t.needs.flatMap(expand)) {
      const next = byName.get(name);
      if (next && !reached.has(name)) {
        reached.add(name);
        queue.push(next);
      }
    }
  }
  return nvccTargets[0]?.line ?? null;
}
