// Dockerfiles: the base image of the final stage (CUDA, framework, OS, runtime, architecture), ARG defaults,
// pip and apt-get lines; a Dockerfile that only runs the test suite is set aside.
import { ngcCuda } from '../knowledge/cuda.js';
import { cudaFromDigits } from '../knowledge/packages.js';
import { cudaInstallFacts } from './cuda-setup.js';
import { seen, type Fact, type RuntimeName, type Seen } from '../model.js';
import { lowestCapability } from './cpp.js';
import { pythonPackageFacts, type Variant } from './python/facts.js';
import { parseRequirement } from './python/pep508.js';
import { commandFacts, localTarget } from './install.js';
import { urlPackageName } from './urls.js';
import { indexVariant } from './python/requirements.js';
import { baseName, byDepth, type Tree } from './tree.js';
import { readmeFiles } from './readme.js';
import { lineOf } from './text.js';
import type { Detector, DetectorInput } from './types.js';

const DOCKERFILE = /^(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.dockerfile$|^dockerfile$/i;
const TEST_COMMAND =
  /\b(pytest|py\.test|unittest|tox|nox|npm (run )?test|yarn test|go test|cargo test|mvn (-\S+ )*test|gradle test|make (check|test)|ctest|rspec)\b/;

export function dockerfiles(tree: Tree): string[] {
  return tree
    .named(DOCKERFILE)
    .filter((p) => tree.counts(p))
    .sort(byDepth);
}

interface Instruction {
  op: string;
  args: string;
  line: number;
  raw: string;
}

/** Instructions with continuation lines joined and comments dropped. */
export function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    if (/^\s*#/.test(line) || !line.trim()) continue;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      const next = lines[++i]!;
      // A comment or an empty line inside a continued instruction is dropped; the instruction goes on (as Docker
      // reads it).
      if (/^\s*#/.test(next) || !next.trim()) continue;
      line = line.replace(/\\\s*$/, ' ') + next;
    }
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (m) out.push({ op: m[1]!.toUpperCase(), args: m[2]!.trim(), line: start + 1, raw: line.trim() });
  }
  return out;
}

function substitute(text: string, args: Map<string, string>): string {
  return text.replace(
    /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g,
    (_m, a, def, b) => args.get(a ?? b) ?? def ?? '',
  );
}

interface ImageMeaning {
  facts: Fact[];
}

const RUNTIME_IMAGES: Array<[RegExp, RuntimeName]> = [
  [/^(?:docker\.io\/)?(?:library\/)?python:(\d+\.\d+(?:\.\d+)?)/, 'python'],
  [/^(?:docker\.io\/)?(?:library\/)?node:(\d+(?:\.\d+){0,2})/, 'node'],
  [/^(?:docker\.io\/)?(?:library\/)?golang:(\d+\.\d+(?:\.\d+)?)/, 'go'],
  [/^(?:docker\.io\/)?(?:library\/)?rust:(\d+\.\d+(?:\.\d+)?)/, 'rust'],
  [/^(?:docker\.io\/)?(?:library\/)?julia:(\d+\.\d+(?:\.\d+)?)/, 'julia'],
  [/^(?:r-base|rocker\/[\w-]+):(\d+\.\d+(?:\.\d+)?)/, 'r'],
  [
    /^(?:eclipse-temurin|openjdk|amazoncorretto|maven:[\w.]*-(?:eclipse-temurin|openjdk)|gradle:[\w.]*-jdk)[:-]?(\d+)/,
    'java',
  ],
];

/** What a base image reference says. */
export function imageFacts(image: string, platform: string | null, ev: Seen): ImageMeaning {
  const facts: Fact[] = [];
  const ref = image.toLowerCase();
  const tag = ref.includes(':') ? ref.slice(ref.lastIndexOf(':') + 1) : '';
  const gpu = () => facts.push({ type: 'gpu', requirement: 'required', ev });
  const os = /ubuntu[-:]?(\d{2}\.\d{2})/.exec(ref);
  if (os) facts.push({ type: 'os', os: `ubuntu${os[1]}`, ev });

  // NVIDIA's OpenGL and Vulkan images (nvidia/opengl, nvidia/vulkan) are for rendering on an NVIDIA GPU.
  if (/^(?:docker\.io\/)?nvidia\/(?:opengl|vulkan):/.test(ref)) gpu();
  else if (/^(?:docker\.io\/)?nvidia\/cuda(?:gl)?:/.test(ref) || /^nvcr\.io\/nvidia\/cuda:/.test(ref)) {
    gpu();
    const v = /^(\d+\.\d+)/.exec(tag);
    if (v) facts.push({ type: 'cuda', version: v[1]!, ev });
    if (/devel/.test(tag)) facts.push({ type: 'nvcc', ev });
  } else if (/^(?:docker\.io\/)?pytorch\/pytorch(:|$)/.test(ref)) {
    gpu();
    const v = /cuda(\d+\.\d+)/.exec(tag);
    if (v) facts.push({ type: 'cuda', version: v[1]!, ev });
    if (/devel/.test(tag)) facts.push({ type: 'nvcc', ev });
    const torch = /^(\d+\.\d+(?:\.\d+)?)/.exec(tag);
    facts.push(pkg('torch', torch?.[1] ?? null, v ? { kind: 'cuda', cuda: v[1]! } : null, ev));
  } else if (/^(?:docker\.io\/)?tensorflow\/tensorflow(:|$)/.test(ref)) {
    const v = /^(\d+\.\d+(?:\.\d+)?)/.exec(tag);
    if (/gpu/.test(tag)) gpu();
    facts.push(pkg('tensorflow', v?.[1] ?? null, /gpu/.test(tag) ? null : { kind: 'cpu', via: ev }, ev));
  } else if (/^nvcr\.io\/nvidia\//.test(ref)) {
    gpu();
    const fw = /^nvcr\.io\/nvidia\/(pytorch|tensorflow|jax)/.exec(ref);
    if (fw) facts.push(pkg(fw[1] === 'pytorch' ? 'torch' : fw[1]!, null, null, ev));
    const cuda = ngcCuda(tag);
    if (cuda) facts.push({ type: 'cuda', version: cuda, ev });
  } else if (/^(?:docker\.io\/)?rocm\//.test(ref)) {
    facts.push(
      { type: 'gpu', requirement: 'required', ev },
      { type: 'rocm', version: /rocm(\d+\.\d+)/.exec(tag)?.[1] ?? null, ev },
    );
  } else if (/(^|\/)(jupyter|quay\.io\/jupyter)\/[\w-]+:cuda(\d+)/.test(ref)) {
    gpu();
    facts.push({ type: 'cuda', version: cudaFromDigits(/cuda(\d+)/.exec(tag)![1]!), ev });
  } else if (/(?:^|[-_.])cuda[-_]?\d{1,2}\.\d/.test(tag)) {
    // Any other image tagged with its CUDA (rapidsai/rapidsai:23.02-cuda11.8-runtime-ubuntu22.04-py3.10,
    // anibali/pytorch:1.8.1-cuda11.1): a CUDA image, with its Python when the tag names one.
    gpu();
    facts.push({ type: 'cuda', version: /cuda[-_]?(\d{1,2}\.\d)/.exec(tag)![1]!, ev });
    const py = /(?:^|[-_])py(3)\.?(\d{1,2})(?:$|[-_.])/.exec(tag);
    if (py)
      facts.push({
        type: 'runtime',
        name: 'python',
        version: `${py[1]}.${py[2]}`,
        range: null,
        ev: { ...ev, rule: 'docker.runtime', priority: 2 },
      });
  } else if (/(^|\/)(miniconda3?|anaconda3?|mambaforge|miniforge3?|micromamba)(:|$)/.test(ref)) {
    facts.push({
      type: 'runtime',
      name: 'python',
      version: null,
      range: null,
      ev: { ...ev, rule: 'docker.runtime', priority: 2 },
    });
  }
  for (const [re, name] of RUNTIME_IMAGES) {
    const m = re.exec(ref);
    if (m)
      facts.push({
        type: 'runtime',
        name,
        version: m[1]!,
        range: null,
        ev: { ...ev, rule: 'docker.runtime', priority: 2 },
      });
  }
  const arm = (platform && /arm64|aarch64/.test(platform)) || /^(arm64v8|arm32v7)\//.test(ref);
  if (arm) facts.push({ type: 'arch', arch: 'aarch64', ev: { ...ev, rule: 'docker.platform' } });
  return { facts };
}

function pkg(name: string, version: string | null, variant: Variant, ev: Seen): Fact {
  return {
    type: 'package',
    ecosystem: 'docker',
    name,
    extras: [],
    version,
    scope: 'main',
    conditional: false,
    variant,
    ev,
  };
}

/** The variables an ENV instruction sets: `A=1 B="two words"`, or the old form `A value`. */
function envPairs(argsText: string): Array<[string, string]> {
  const text = argsText.trim();
  if (!/^\w+=/.test(text)) {
    const old = /^(\w+)\s+(.*)$/.exec(text);
    return old ? [[old[1]!, old[2]!.trim()]] : [];
  }
  return [...text.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)'|(\S*))/g)].map(
    (m) => [m[1]!, m[2] ?? m[3] ?? m[4] ?? ''] as [string, string],
  );
}

function dockerfileFacts(path: string, text: string): Fact[] {
  const ins = instructions(text);
  const runLast = [...ins].reverse().find((i) => i.op === 'CMD' || i.op === 'ENTRYPOINT');
  if (runLast && TEST_COMMAND.test(runLast.args)) {
    return [{ type: 'ignored', ev: seen(path, runLast.line, runLast.raw, 'docker.test-only', 0) }];
  }
  // BuildKit's platform ARGs, as a build on the x86_64 nodes sets them (FROM builder-base-${TARGETARCH}).
  const args = new Map<string, string>([
    ['TARGETARCH', 'amd64'],
    ['TARGETOS', 'linux'],
    ['TARGETPLATFORM', 'linux/amd64'],
    ['BUILDARCH', 'amd64'],
  ]);
  const stages = new Map<string, { image: string; platform: string | null; line: number; raw: string }>();
  let last: { image: string; platform: string | null; line: number; raw: string } | null = null;
  const facts: Fact[] = [];
  const bases: string[] = [];
  let variant: Variant = null;
  // The Python the image sets up: PYTHON_VERSION by ENV or ARG, else the Miniconda installer a RUN line fetches.
  let pythonSet: { value: string; line: number; raw: string } | null = null;
  let miniconda: { value: string; line: number; raw: string } | null = null;
  for (const i of ins) {
    if (i.op === 'ARG') {
      const m = /^(\w+)(?:=("?)([^"]*)\2)?/.exec(i.args);
      // A default may use the ARGs before it (ARG BUILD_IMAGE=nvidia/cuda:${CUDA_VERSION}-devel-…).
      if (m && m[3] !== undefined && !args.has(m[1]!)) args.set(m[1]!, substitute(m[3], args));
      if (m?.[1] === 'PYTHON_VERSION' && m[3]) pythonSet ??= { value: m[3], line: i.line, raw: i.raw };
    } else if (i.op === 'FROM') {
      const m = /^(?:--platform=(\S+)\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(substitute(i.args, args));
      if (!m) continue;
      const from = stages.get(m[2]!.toLowerCase());
      const stage = from
        ? { ...from }
        : { image: m[2]!, platform: m[1] ?? null, line: i.line, raw: substitute(i.raw, args) };
      if (m[1]) stage.platform = m[1];
      if (m[3]) stages.set(m[3].toLowerCase(), stage);
      if (!from) bases.push(stage.image);
      last = stage;
    } else if (i.op === 'ENV') {
      // ENV values are variables of the lines after, as ARGs are (ENV A=1 B="2", or ENV A 1).
      for (const [name, value] of envPairs(i.args)) {
        args.set(name, substitute(value, args));
        if (name === 'PYTHON_VERSION') pythonSet ??= { value: args.get(name)!, line: i.line, raw: i.raw };
      }
      // NVIDIA_REQUIRE_CUDA "cuda>=10.0": the image asks the NVIDIA container runtime for a GPU with that CUDA.
      const require = /NVIDIA_REQUIRE_CUDA\s*=?\s*"?cuda>=(\d{1,2}\.\d)/.exec(i.args);
      if (require) {
        const ev = seen(path, i.line, i.raw, 'setup.cuda-install', 1);
        facts.push({ type: 'gpu', requirement: 'required', ev }, { type: 'cuda', version: require[1]!, ev });
      }
      const arch = /TORCH_CUDA_ARCH_LIST\s*=?\s*"?([^"\n]+)"?/.exec(i.args);
      const cc = arch ? lowestCapability(arch[1]!) : null;
      if (cc)
        facts.push({
          type: 'compute-capability',
          value: cc,
          ev: seen(path, i.line, i.raw, 'cpp.cuda-arch', 1),
        });
    } else if (i.op === 'RUN') {
      // Shell variables a RUN line sets for itself (PIP_INSTALL="python -m pip install" && $PIP_INSTALL torch)
      // are substituted with the ARGs; anything else unknown is empty, as the shell would make it.
      const locals = new Map(args);
      for (const part of i.args.split(/&&|;|\|\|/)) {
        const assign = /^\s*(\w+)=(?:"([^"]*)"|'([^']*)'|(\S*))\s*$/.exec(part);
        if (assign) {
          locals.set(assign[1]!, substitute(assign[2] ?? assign[3] ?? assign[4] ?? '', locals));
          continue;
        }
        const cmd = substitute(part, locals);
        const installer = /\bMiniconda3-py(3)(\d{1,2})_[\w.-]*Linux/.exec(cmd);
        if (installer)
          miniconda ??= { value: `${installer[1]}.${installer[2]}`, line: i.line, raw: installer[0] };
        const pip = /\bpip3?(?:\s+--?[\w-]+(?:=\S+)?)*\s+install\s+(.*)$/.exec(cmd);
        if (pip) {
          const parts = pip[1]!.split(/\s+/);
          const index = parts.findIndex((p) =>
            /^(--index-url|--extra-index-url|-i|-f|--find-links)$/.test(p),
          );
          const url = index >= 0 ? parts[index + 1] : /--(?:extra-)?index-url=(\S+)/.exec(pip[1]!)?.[1];
          const v = url ? indexVariant(url) : null;
          const ev = seen(path, i.line, cmd, 'docker.pip', 1);
          if (v) {
            variant = { ...v, via: ev };
            if (v.kind === 'cuda') facts.push({ type: 'cuda', version: v.cuda, ev });
          }
          for (let k = 0; k < parts.length; k++) {
            const p = parts[k]!.replace(/^["']|["']$/g, '');
            if (!p || p.startsWith('-')) {
              if (
                /^(--index-url|--extra-index-url|-i|-f|--find-links|-r|--requirement|-c|--constraint)$/.test(
                  p,
                )
              )
                k++;
              continue;
            }
            // A wheel or archive on a local path (/tmp/wheels/tensorflow*.whl) names its package.
            const extras = /\.(?:whl|tar\.gz|tgz|zip)$/.test(p) ? null : localTarget(p);
            if (extras) {
              if (extras.length)
                facts.push({
                  type: 'install-extras',
                  extras,
                  ev: seen(path, i.line, cmd, 'install.extras', 1),
                });
              continue;
            }
            if (/^\.$/.test(p)) continue;
            const name = /[/\\]/.test(p) ? urlPackageName(p) : p;
            const req = name ? parseRequirement(name) : null;
            if (req) facts.push(...pythonPackageFacts(req, { scope: 'main', ev, indexVariant: variant }));
          }
        }
        if (/\b(conda|mamba|micromamba)\s+(create|install)\b/.test(cmd))
          facts.push(
            ...commandFacts({
              file: path,
              line: i.line,
              text: cmd,
              pipRule: 'docker.pip',
              condaRule: 'install.conda',
              priority: 1,
              condaOnly: true,
            }),
          );
        facts.push(...cudaInstallFacts(path, i.line, cmd, 1));
        const apt = /\bapt(?:-get)?\s+install\s+(.*)$/.exec(cmd);
        if (apt) {
          for (const name of apt[1]!.split(/\s+/)) {
            if (!name || name.startsWith('-') || !/^[a-z0-9][a-z0-9+.-]+$/.test(name)) continue;
            facts.push({
              type: 'system-package',
              name: name.replace(/=.*$/, ''),
              ev: seen(path, i.line, cmd, 'docker.apt', 1),
            });
            const python = /^python(3\.\d{1,2})$/.exec(name);
            if (python)
              facts.push({
                type: 'runtime',
                name: 'python',
                version: python[1]!,
                range: null,
                ev: seen(path, i.line, cmd, 'docker.apt', 1),
              });
            if (/^(cuda-toolkit|nvidia-cuda-toolkit|cuda-nvcc)/.test(name))
              facts.push({ type: 'nvcc', ev: seen(path, i.line, cmd, 'docker.apt', 1) });
          }
        }
      }
    }
  }
  if (!last) return facts;
  // Paths into the image's Python (/opt/conda/lib/python3.6/site-packages) say which Python it has.
  const sitePackages = /\/lib\/python(3\.\d{1,2})\/site-packages\b/.exec(text);
  if (sitePackages)
    facts.push({
      type: 'runtime',
      name: 'python',
      version: sitePackages[1]!,
      range: null,
      ev: seen(path, lineOf(text, sitePackages[0]), sitePackages[0], 'docker.runtime', 2),
    });
  // ENV PYTHON_VERSION 3.12.10 / ARG PYTHON_VERSION=3.12: the Python the image builds or installs. Else the
  // Miniconda installer it downloads names its Python: Miniconda3-py311_23.11.0-1-Linux-x86_64.sh is 3.11 (named in
  // an ARG, or by the variables a RUN line expands).
  const pyEnv = pythonSet && /^(3\.\d{1,2})/.exec(pythonSet.value);
  const installerArg = /^\s*ARG\s+\w+=["']?\S*?\bMiniconda3-py(3)(\d{1,2})_[\w.-]*Linux/im.exec(text);
  const python = pyEnv
    ? { version: pyEnv[1]!, line: pythonSet!.line, shown: pythonSet!.raw }
    : installerArg
      ? {
          version: `${installerArg[1]}.${installerArg[2]}`,
          line: lineOf(text, installerArg[0].trim()),
          shown: installerArg[0].trim(),
        }
      : miniconda
        ? { version: miniconda.value, line: miniconda.line, shown: miniconda.raw }
        : null;
  if (python)
    facts.push({
      type: 'runtime',
      name: 'python',
      version: python.version,
      range: null,
      ev: seen(path, python.line, python.shown, 'docker.python-env', 2),
    });
  const ev = seen(path, last.line, last.raw, 'docker.from', 0);
  facts.push(...imageFacts(last.image, last.platform, ev).facts);
  facts.push(
    { type: 'container', file: path, baseImages: bases, ev },
    { type: 'manifest', file: path, runtime: 'docker' },
  );
  return facts;
}

/** A Dockerfile named as a GPU variant: Dockerfile.gpu, Dockerfile-cuda, Dockerfile.pytorch-py38-cu113, gpu.Dockerfile. */
const GPU_VARIANT =
  /^(?:(?:Dockerfile|Containerfile)[._-](?:.*[._-])?(?:gpu|cuda[\d.]*|cu\d{2,3})(?:[._-].*)?|(?:gpu|cuda)[._-]?Dockerfile)$/i;
/** Its CPU variant: a Dockerfile named for the CPU, a CPU image tag, or a README that offers a CPU version. */
const CPU_VARIANT = /\b(?:Dockerfile[._-]cpu|cpu[._-]?Dockerfile)\b/i;
/**
 * The same by folder: docker/gpu/Dockerfile beside docker/cpu/Dockerfile, or one level deeper
 * (base/gpu/openmpi-cuda10.1/Dockerfile beside base/cpu/openmpi/Dockerfile). Returns the folder that holds the
 * gpu/ or cpu/ folder, or null.
 */
function variantParent(path: string, folder: RegExp): string | null {
  const dirs = path.split('/').slice(0, -1);
  for (let i = dirs.length - 1; i >= Math.max(0, dirs.length - 2); i--)
    if (folder.test(dirs[i]!)) return dirs.slice(0, i).join('/');
  return null;
}
const GPU_FOLDER = /^(?:gpu|cuda[\d.]*|cu\d{2,3})$/i;
const CPU_FOLDER = /^cpu$/i;
/** A folder of its own says less than a name: only a cpu/ folder beside it makes it a variant. */
const cpuFolderBeside = (input: DetectorInput, path: string): Seen | null => {
  const parent = variantParent(path, GPU_FOLDER);
  const sibling = input.tree
    .named(DOCKERFILE)
    .find((p) => parent !== null && variantParent(p, CPU_FOLDER) === parent);
  return sibling ? seen(sibling, null, `${sibling} next to the GPU variant`, 'docker.gpu-variant', 0) : null;
};
const CPU_OFFERED = /\bCPU[- ](?:only )?(?:version|mode|image|variant|build)s?\b|:[\w.-]*\bcpu\b/i;

/** Where the repository offers a CPU variant next to a GPU Dockerfile: a sibling file, or a README line naming it. */
function cpuVariant(input: DetectorInput): Seen | null {
  const sibling = input.tree.named(DOCKERFILE).find((p) => CPU_VARIANT.test(baseName(p)));
  if (sibling)
    return seen(sibling, null, `${baseName(sibling)} next to the GPU variant`, 'docker.gpu-variant', 0);
  for (const readme of readmeFiles(input.tree)) {
    const text = input.text(readme);
    const m = text === null ? null : (CPU_VARIANT.exec(text) ?? CPU_OFFERED.exec(text));
    if (m) {
      const line = lineOf(text!, m[0]) ?? 1;
      return seen(readme, line, text!.split('\n')[line - 1]!.trim(), 'docker.gpu-variant', 0);
    }
  }
  return null;
}

/** A plain Dockerfile beside the GPU-named one (Dockerfile next to Dockerfile.gpu) that builds no GPU image. */
function plainBeside(input: DetectorInput, path: string): Seen | null {
  const dir = path.slice(0, path.length - baseName(path).length);
  const plain = [`${dir}Dockerfile`, `${dir}Containerfile`].find((p) => input.tree.paths.includes(p));
  const text = plain ? input.text(plain) : null;
  if (!plain || text === null) return null;
  const gpuImage = dockerfileFacts(plain, text).some((f) => f.type === 'gpu' && f.ev.rule === 'docker.from');
  return gpuImage
    ? null
    : seen(plain, null, `${baseName(plain)} next to the GPU variant`, 'docker.gpu-variant', 0);
}

/** A GPU-named Dockerfile whose final image is not a GPU image: the GPU layer of the project's CPU image. */
function cpuBase(facts: Fact[]): Seen | null {
  if (facts.some((f) => f.type === 'gpu' && f.ev.rule === 'docker.from')) return null;
  const container = facts.find((f) => f.type === 'container');
  if (!container || container.type !== 'container') return null;
  return {
    ...container.ev,
    rule: 'docker.gpu-variant',
    seen: `${container.ev.seen}: a CPU image the GPU variant builds on`,
  };
}

/**
 * A GPU variant's facts when a CPU variant exists: the GPU is a choice, its CUDA is the variant's alone, and what it
 * installs is an optional group named after the file.
 */
function asGpuVariant(path: string, facts: Fact[], cpu: Seen): Fact[] {
  const out: Fact[] = facts
    .filter((f) => f.type !== 'cuda')
    .map((f) =>
      f.type === 'gpu'
        ? { ...f, requirement: 'optional' as const }
        : f.type === 'package' && f.scope === 'main'
          ? { ...f, scope: 'optional' as const, group: baseName(path) }
          : f,
    );
  return [...out, { type: 'gpu', requirement: 'optional', ev: cpu }];
}

/** An image a README's command pulls or runs (`docker pull org/image:py3.7-cuda10.2`), with a tag. */
const README_IMAGE = /\bdocker\s+(?:pull|run)\b([^`\n]*)/;
const IMAGE_REF = /^(?:[\w.-]+\/)+[\w.-]+:[\w.-]+$/;

/**
 * The images a README's commands pull or run, read as a Dockerfile's FROM is but weaker: the CUDA and Python they
 * are built on (stated versions, not a requirement), and a hint that a GPU is used. A sanity check
 * (`docker run --gpus all nvidia/cuda:11.0-base nvidia-smi`) tests the host, not the project; a table row is one
 * image of a list.
 */
export function readmeImageFacts(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = README_IMAGE.exec(line);
    // A table row lists one image of many (CPU ones among them), not the one to run.
    if (!m || /nvidia-smi/.test(line) || /^\s*\|/.test(line)) return;
    const image = m[1]!.split(/\s+/).find((t) => IMAGE_REF.test(t));
    if (!image) return;
    const ev = seen(path, i + 1, `docker ${image}`, 'readme.docker-image', 3);
    for (const f of imageFacts(image, null, ev).facts) {
      if (f.type === 'gpu' && f.requirement === 'required') facts.push({ type: 'gpu-hint', ev });
      else if (f.type === 'cuda') facts.push({ ...f, ev });
      else if (f.type === 'runtime' && f.name === 'python' && f.version) facts.push({ ...f, ev });
    }
  });
  return facts;
}

export const dockerDetector: Detector = {
  name: 'docker',
  select: (tree) => [...dockerfiles(tree), ...readmeFiles(tree)],
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.named(DOCKERFILE)) {
      const kind = input.tree.ignored(path);
      if (kind)
        facts.push({
          type: 'ignored',
          ev: seen(path, null, `Dockerfile under a ${kind} folder`, 'scope.ignored-path', 0),
        });
      else if (input.tree.shadowedByBinder(path))
        facts.push({
          type: 'ignored',
          ev: seen(
            path,
            null,
            `${baseName(path)} set aside for ${input.tree.configRoot}/`,
            'scope.binder',
            0,
          ),
        });
    }
    for (const path of dockerfiles(input.tree)) {
      const text = input.text(path);
      if (text === null) continue;
      const found = dockerfileFacts(path, text);
      const cpu = GPU_VARIANT.test(baseName(path))
        ? (cpuVariant(input) ?? plainBeside(input, path) ?? cpuBase(found))
        : variantParent(path, GPU_FOLDER) !== null
          ? cpuFolderBeside(input, path)
          : null;
      facts.push(...(cpu ? asGpuVariant(path, found, cpu) : found));
    }
    for (const path of readmeFiles(input.tree)) {
      const text = input.text(path);
      if (text !== null) facts.push(...readmeImageFacts(path, text));
    }
    return facts;
  },
};
