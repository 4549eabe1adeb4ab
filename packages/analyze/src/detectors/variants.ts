// Environment files that come as a GPU and a CPU variant (environment-cuda.yml next to environment-cpu.yml,
// requirements-gpu.txt next to requirements-cpu.txt): the repository runs either way, so what the GPU variant
// says is a choice, not a requirement.
import { seen, type Fact, type Seen } from '../model.js';
import { baseName, dirOf, type Tree } from './tree.js';

/** A name token that marks the GPU variant: gpu, cuda, cuda11, cu118. */
const GPU_TOKEN = /(^|[._-])(gpu|cuda\d*(?:\.\d+)?|cu\d{2,3})(?=[._-]|$)/i;
/** An environment file named for the CPU, as instructions name it (environment_cpu.yml, requirements-cpu.txt). */
export const CPU_FILE_MENTION = /\b[\w.-]*[._-]cpu(?:[-_]?only)?[\w.-]*\.(?:ya?ml|txt)\b/gi;
/** The token that marks the CPU variant. */
const CPU_TOKEN = /(^|[._-])cpu(?:[-_]?only)?(?=[._-]|$)/i;

/**
 * The CPU sibling of a GPU-variant file, if the repository has one: same folder, the same name but for the token
 * (environment-cuda.yml and environment-cpu.yml), or the plain name beside a CPU one (environment.yml and
 * environment_cpuonly.yml).
 */
export function cpuSibling(
  tree: Tree,
  path: string,
  mentioned: ReadonlySet<string> = new Set(),
): string | null {
  const name = baseName(path);
  // environment.yml beside environment_cpuonly.yml: the plain file is the GPU variant.
  if (!GPU_TOKEN.test(name) && !CPU_TOKEN.test(name)) {
    const plain = tree.paths.find(
      (p) =>
        p !== path &&
        dirOf(p) === dirOf(path) &&
        CPU_TOKEN.test(baseName(p)) &&
        baseName(p).replace(CPU_TOKEN, '') === name,
    );
    return plain ?? null;
  }
  if (!GPU_TOKEN.test(name)) return null;
  const dir = dirOf(path);
  const stem = (n: string) => n.replace(GPU_TOKEN, '$1').replace(CPU_TOKEN, '$1');
  const sibling = tree.paths.find(
    (p) => p !== path && dirOf(p) === dir && CPU_TOKEN.test(baseName(p)) && stem(baseName(p)) === stem(name),
  );
  // The CPU variant the instructions name, though it is not among the files.
  const named = [...mentioned].find((m) => CPU_TOKEN.test(m) && stem(m) === stem(name));
  return sibling ?? named ?? null;
}

/**
 * The facts of GPU-variant files that have a CPU sibling, made optional: a GPU statement becomes "optional", a CUDA
 * version is the variant's alone (dropped), and its packages become an optional group named after the file.
 */
export function withGpuVariants(
  tree: Tree,
  facts: Fact[],
  mentioned: ReadonlySet<string> = new Set(),
): Fact[] {
  const siblings = new Map<string, string | null>();
  const siblingOf = (file: string) => {
    if (!siblings.has(file)) siblings.set(file, cpuSibling(tree, file, mentioned));
    return siblings.get(file)!;
  };
  const out: Fact[] = [];
  const noted = new Set<string>();
  for (const f of facts) {
    const file = 'ev' in f ? (f.ev as Seen).file : null;
    const sibling = file ? siblingOf(file) : null;
    if (!file || !sibling) {
      out.push(f);
      continue;
    }
    if (!noted.has(file)) {
      noted.add(file);
      out.push({
        type: 'gpu',
        requirement: 'optional',
        ev: seen(file, null, `${baseName(file)}, with ${baseName(sibling)} beside it`, 'env.gpu-variant', 1),
      });
    }
    if (f.type === 'cuda') continue;
    if (f.type === 'gpu') out.push({ ...f, requirement: 'optional' });
    else if (f.type === 'package' && f.scope === 'main')
      out.push({ ...f, scope: 'optional', group: baseName(file) });
    else out.push(f);
  }
  return out;
}
