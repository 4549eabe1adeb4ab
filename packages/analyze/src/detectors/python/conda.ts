// Conda environment files: python= and r-base= pins, CUDA toolkits (cudatoolkit, pytorch-cuda, cuda-version),
// cpuonly, build strings that name CUDA, and the pip: section.
import { condaPackage, cudaFromDigits } from '../../knowledge/packages.js';
import { seen, type Fact, type RuntimeName } from '../../model.js';
import type { Detector } from '../types.js';
import { yamlOf } from '../text.js';
import { Tree } from '../tree.js';
import { pythonPackageFacts, TORCH_FAMILY, type Variant } from './facts.js';
import { lowestVersion, parseRequirement } from './pep508.js';
import { indexVariant } from './requirements.js';
import { urlPackageName } from '../urls.js';

const CONDA_FILE = /^(environment|conda|env)([-_.][A-Za-z0-9_.-]*)?\.ya?ml$|^[A-Za-z0-9_-]+\.conda\.ya?ml$/i;
export const CUDA_PACKAGES = new Set([
  'cudatoolkit',
  'cuda-toolkit',
  'cuda-version',
  'pytorch-cuda',
  'cuda',
  'cuda-runtime',
  'cuda-nvcc',
  'cuda-cudart',
]);
export const RUNTIMES: Record<string, RuntimeName> = {
  python: 'python',
  'r-base': 'r',
  nodejs: 'node',
  julia: 'julia',
  openjdk: 'java',
  go: 'go',
  rust: 'rust',
  cmake: 'cmake',
};

export function isCondaFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/docker-compose|compose\./i.test(name)) return false;
  // Any YAML file of a folder kept for environments (env/SE3nv.yml, envs/cuda12.yaml, conda/linux.yml,
  // conda-environments/DLC-GPU.yaml).
  return (
    CONDA_FILE.test(name) ||
    /(^|\/)(?:(?:conda[-_])?(?:envs?|environments?)|conda)\/[^/]+\.ya?ml$/i.test(path)
  );
}

/** YAML files at the top that are tool configuration, never an environment. */
const CONFIG_YAML =
  /^(?:\.|mkdocs|codecov|readthedocs|action|dependabot|appveyor|azure-pipelines|cloudbuild|netlify|render|app|config|configs?[-_].*|default|hparams|params|settings|docker-compose.*|compose.*|pubspec|pnpm-.*|_config|citation|swagger|openapi|serverless|skaffold|kustomization|chart|values)\.ya?ml$/i;

/**
 * A YAML file at the top of the repository, or in its scripts/ or setup/ folder, under a name of its own
 * (RoseTTAFold-linux.yml, SE3nv.yml, scripts/rome.yml) that may be a conda environment: read, and taken only when it is one (dependencies, with channels or a name).
 */
export function mayBeCondaFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // At the top, or in a folder of setup scripts (scripts/rome.yml beside scripts/setup_conda.sh).
  const where = !path.includes('/') || /^(?:scripts?|setup|install|tools)\/[^/]+$/i.test(path);
  return where && /\.ya?ml$/i.test(name) && !CONFIG_YAML.test(name) && !isCondaFile(path);
}

interface CondaSpec {
  name: string;
  spec: string | null;
  build: string | null;
}

/** "pytorch=1.12.1=py3.9_cuda11.3_0" → name, "==1.12.1", build; "conda-forge::numpy>=1.24" → name, ">=1.24". */
export function parseCondaSpec(text: string): CondaSpec | null {
  const m = /^(?:[\w.-]+::)?([A-Za-z0-9_.-]+)\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  const rest = m[2]!.trim().replace(/\s+/g, '');
  if (!rest) return { name: m[1]!, spec: null, build: null };
  const parts = /^(==?|>=|<=|>|<|!=|~=)?([^=<>!~\s]+)(?:=([^\s]+))?(.*)$/.exec(rest);
  if (!parts) return { name: m[1]!, spec: rest, build: null };
  const op = parts[1] ?? '==';
  const spec = (op === '=' ? '==' : op) + parts[2]! + (parts[4] ?? '');
  return { name: m[1]!, spec: spec.replace(/\.\*$/, ''), build: parts[3] ?? null };
}

function lineOf(lines: string[], needle: string): number | null {
  const i = lines.findIndex((l) => l.includes(needle));
  return i < 0 ? null : i + 1;
}

/** A fact of a machine's snapshot: CUDA builds and toolkits become hints, CUDA versions go with them. */
function asSnapshot(f: Fact): Fact[] {
  // The CUDA it pins is still the version to install, when the rest says a GPU is needed.
  if (f.type === 'cuda')
    return [
      { type: 'gpu-hint', ev: f.ev },
      { ...f, ev: { ...f.ev, priority: 3 } },
    ];
  if (f.type === 'gpu' && f.requirement === 'required') return [{ type: 'gpu-hint', ev: f.ev }];
  if (f.type === 'nvcc') return [];
  if (f.type === 'package' && f.variant?.kind === 'cuda') return [{ ...f, variant: null }];
  return [f];
}

/**
 * An explicit spec file (`conda list --explicit > spec-file.txt`): one package URL per line after `@EXPLICIT`, read
 * when its content says it is one.
 */
function isExplicitSpec(path: string): boolean {
  return /(?:^|\/)[\w.-]*(?:spec|explicit|conda)[\w.-]*\.txt$/i.test(path) && Tree.depth(path) <= 2;
}

/** The packages of an explicit spec file as conda specs: …/python-3.7.13-h12debd9_0.conda → python=3.7.13=h12debd9_0. */
export function explicitSpecs(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\S+\/([^/\s]+)-([^-/\s]+)-([^-/\s]+?)\.(?:conda|tar\.bz2)(?:#\w+)?\s*$/.exec(line.trim());
    if (m) out.push(`${m[1]}=${m[2]}=${m[3]}`);
  }
  return out;
}

/**
 * A package list exported with `conda list --export` (name=version=build per line, under conda's own header),
 * whatever the file is called (requirements.txt too).
 */
function mayBeExportList(path: string): boolean {
  return /\.txt$/i.test(path) && Tree.depth(path) <= 1;
}
export function exportListSpecs(text: string): string[] | null {
  const header = /^#\s*\$?\s*conda create\b[^\n]*--file\b|^#\s*platform:\s*(?:linux|osx|win)-/m.test(text);
  if (!header) return null;
  const specs = text.split(/\r?\n/).filter((l) => /^[\w.-]+=[^=\s]+=\S+$/.test(l.trim()));
  return specs.length ? specs.map((l) => l.trim()) : null;
}

const condaFiles = (tree: Tree) =>
  tree.paths.filter(
    (p) => (isCondaFile(p) || mayBeCondaFile(p) || isExplicitSpec(p) || mayBeExportList(p)) && tree.counts(p),
  );

export const condaDetector: Detector = {
  name: 'conda',
  select: condaFiles,
  async detect(input) {
    const facts: Fact[] = [];
    for (const path of condaFiles(input.tree)) {
      const text = input.text(path);
      if (text === null) continue;
      const explicit = isExplicitSpec(path) && /^@EXPLICIT\s*$/m.test(text);
      const exportList = !explicit && /\.txt$/i.test(path) ? exportListSpecs(text) : null;
      if (/\.txt$/i.test(path) && !explicit && !exportList) continue;
      const named = isCondaFile(path);
      // A YAML file under another name is an environment only by its shape; it is not worth a warning otherwise.
      const doc = explicit
        ? { dependencies: explicitSpecs(text), channels: [] }
        : exportList
          ? { dependencies: exportList, channels: [] }
          : await yamlOf(text, path, named ? input.warn : () => {});
      const deps = (doc as { dependencies?: unknown })?.dependencies;
      if (!Array.isArray(deps)) continue;
      if (!named && !('channels' in (doc as object)) && !('name' in (doc as object))) continue;
      const lines = text.split(/\r?\n/);
      // An environment of R alone (r-base and r-* packages, no python): R's.
      const names = deps.filter((d): d is string => typeof d === 'string').map((d) => d.trim());
      const rOnly =
        names.some((d) => /^r-(?:base|essentials)\b/.test(d)) && !names.some((d) => /^python\b/.test(d));
      facts.push({ type: 'manifest', file: path, runtime: rOnly ? 'r' : 'python' });
      // The nvidia channel serves CUDA builds: a hint, not a requirement on its own.
      const channels = (doc as { channels?: unknown }).channels;
      if (Array.isArray(channels) && channels.some((c) => c === 'nvidia' || c === 'rapidsai')) {
        facts.push({
          type: 'gpu-hint',
          ev: seen(
            path,
            lineOf(lines, 'nvidia') ?? lineOf(lines, 'rapidsai'),
            'channel nvidia',
            'py.conda.cuda',
            1,
          ),
        });
      }

      const specs = deps
        .filter((d): d is string => typeof d === 'string')
        .map((d) => ({ raw: d, spec: parseCondaSpec(d) }));
      // An exported environment (`conda env export`, `conda list --explicit`) pins every package the author's
      // machine had, with its build string: only the packages the knowledge base has a line for are reported.
      const exported =
        explicit || (specs.length >= 10 && specs.filter((x) => x.spec?.build).length >= specs.length / 2);
      const first = facts.length;
      const cpuOnly = specs.find((s) => s.spec?.name === 'cpuonly');
      const cpuVariant: Variant = cpuOnly
        ? { kind: 'cpu', via: seen(path, lineOf(lines, cpuOnly.raw), cpuOnly.raw, 'py.conda.cpuonly', 1) }
        : null;

      const toolkitPinned = specs.some(
        (s) => s.spec?.spec && /^(?:cudatoolkit|cuda-toolkit)$/i.test(s.spec.name),
      );
      for (const { raw, spec } of specs) {
        if (!spec) continue;
        const name = spec.name.toLowerCase();
        const line = lineOf(lines, raw) ?? lineOf(lines, raw.replace(/=/g, '-'));
        const ev = seen(path, line, raw, 'py.conda', 1);
        const runtime = RUNTIMES[name];
        if (runtime) {
          facts.push({
            type: 'runtime',
            name: runtime,
            version: lowestVersion(spec.spec),
            range: spec.spec,
            ev,
          });
          continue;
        }
        if (name.startsWith('r-')) facts.push({ type: 'runtime', name: 'r', version: null, range: null, ev });
        if (CUDA_PACKAGES.has(name)) {
          const cudaEv = seen(path, line, raw, 'py.conda.cuda', 1);
          const version = lowestVersion(spec.spec);
          if (version)
            facts.push({ type: 'cuda', version: version.split('.').slice(0, 2).join('.'), ev: cudaEv });
          else facts.push({ type: 'gpu', requirement: 'required', ev: cudaEv });
          if (name === 'cuda-nvcc' || name === 'cuda-toolkit' || name === 'cuda')
            facts.push({ type: 'nvcc', ev: cudaEv });
          continue;
        }
        if (name === 'cpuonly') continue;
        // The pytorch channel's old CUDA selectors: cuda80, cuda90, cuda92, cuda100 (pytorch::cuda100).
        const selector = /^cuda(\d{2,3})$/.exec(name);
        // Beside a pinned toolkit the selector is a leftover of an older install: the toolkit says the CUDA.
        if (selector && toolkitPinned) continue;
        if (selector) {
          facts.push({
            type: 'cuda',
            version: cudaFromDigits(selector[1]!),
            ev: seen(path, line, raw, 'py.conda.cuda', 1),
          });
          continue;
        }
        const meaning = condaPackage(name);
        if (exported && (!meaning.known || meaning.known.category === 'library')) continue;
        // A build string such as py3.9_cuda11.3_cudnn8.3.2_0 pins CUDA for that package.
        const buildCuda = spec.build ? /cuda(\d+)\.?(\d+)?/.exec(spec.build) : null;
        let variant: Variant = null;
        if (buildCuda) {
          const cuda = buildCuda[2] ? `${buildCuda[1]}.${buildCuda[2]}` : cudaFromDigits(buildCuda[1]!);
          variant = { kind: 'cuda', cuda };
          facts.push({ type: 'cuda', version: cuda, ev: seen(path, line, raw, 'py.conda.cuda', 1) });
        } else if (spec.build && /cpu/.test(spec.build)) {
          variant = { kind: 'cpu', via: ev };
        } else if (cpuVariant && TORCH_FAMILY.has(meaning.pypiName)) {
          variant = cpuVariant;
        }
        facts.push({
          type: 'package',
          ecosystem: 'conda',
          name: meaning.pypiName,
          extras: [],
          version: spec.spec ? spec.spec.replace(/^==/, '') : null,
          scope: 'main',
          conditional: false,
          variant,
          ev,
        });
      }

      // An explicit spec file is a snapshot of the author's machine, and conda's pytorch channel installed a CUDA
      // build by default, GPU or not: its CUDA packages and builds hint at a GPU, they do not require one.
      if (explicit) facts.splice(first, facts.length - first, ...facts.slice(first).flatMap(asSnapshot));

      // The pip: section holds PyPI requirements (and, sometimes, a wheel index).
      const pip = deps.find(
        (d): d is { pip: unknown[] } => typeof d === 'object' && d !== null && 'pip' in d,
      );
      if (pip && Array.isArray(pip.pip)) {
        let variant: Variant = null;
        for (const item of pip.pip) {
          if (typeof item !== 'string') continue;
          const index = /^(?:--index-url|--extra-index-url|-i|--find-links|-f)[\s=]+(\S+)/.exec(item.trim());
          if (index) {
            const v = indexVariant(index[1]!);
            if (!v) continue;
            const ev = seen(
              path,
              lineOf(lines, item),
              item,
              v.kind === 'cuda' ? 'py.index.cuda' : v.kind === 'cpu' ? 'py.index.cpu' : 'py.index.rocm',
              1,
            );
            variant = { ...v, via: ev };
            if (v.kind === 'cuda') facts.push({ type: 'cuda', version: v.cuda, ev });
            continue;
          }
          if (item.trim().startsWith('-')) continue;
          // A URL names its package as in a requirements file: #egg=, a wheel's name, a git repository's name.
          const url = /^[a-z+]+:\/\//i.test(item.trim()) ? urlPackageName(item.trim().split(/\s/)[0]!) : null;
          const req = /^[a-z+]+:\/\//i.test(item.trim())
            ? url
              ? parseRequirement(url)
              : null
            : parseRequirement(item);
          if (!req) continue;
          facts.push(
            ...pythonPackageFacts(req, {
              scope: 'main',
              ev: seen(path, lineOf(lines, item), item, 'py.conda', 1),
              indexVariant:
                variant ?? (cpuVariant && TORCH_FAMILY.has(req.name.toLowerCase()) ? cpuVariant : null),
            }),
          );
        }
      }
    }
    return facts;
  },
};
