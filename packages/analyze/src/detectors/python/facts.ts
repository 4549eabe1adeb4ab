// Turning a parsed Python requirement into a package fact (with its build variant) plus the CUDA facts it pins.
import { cudaFromDigits } from '../../knowledge/packages.js';
import { seen, type Fact, type FactOf, type Seen } from '../../model.js';
import { platformMarker, versionOf, type Requirement } from './pep508.js';

export type Variant = FactOf<'package'>['variant'];

/** "cu121" → CUDA 12.1, "cpu" → CPU, "rocm5.6" → ROCm 5.6. */
export function variantOfLabel(label: string | null): Variant {
  if (!label) return null;
  const l = label.toLowerCase();
  const cu = /^cu(\d{2,3})$/.exec(l);
  if (cu) return { kind: 'cuda', cuda: cudaFromDigits(cu[1]!) };
  if (l === 'cpu') return { kind: 'cpu' };
  const rocm = /^rocm([\d.]+)?$/.exec(l);
  if (rocm) return { kind: 'rocm', rocm: rocm[1] ?? null };
  return null;
}

/** Packages a PyTorch wheel index serves (its CPU or CUDA builds). */
export const TORCH_FAMILY = new Set([
  'torch',
  'torchvision',
  'torchaudio',
  'torchtext',
  'torchdata',
  'pytorch-triton',
]);

export interface PackageContext {
  scope: 'main' | 'optional' | 'dev';
  /** The extra or dependency group that declares it. */
  group?: string | null;
  ev: Seen;
  /** A variant the file imposes on the torch family (from its wheel index). */
  indexVariant?: Variant;
}

export function pythonPackageFacts(req: Requirement, ctx: PackageContext): Fact[] {
  const facts: Fact[] = [];
  const lower = req.name.toLowerCase();
  let variant = variantOfLabel(req.local);
  if (variant) {
    const kind =
      variant.kind === 'cuda' ? `CUDA ${variant.cuda}` : variant.kind === 'cpu' ? 'CPU-only' : 'ROCm';
    const ev = seen(ctx.ev.file, ctx.ev.line, `${ctx.ev.seen} (${kind} build)`, 'py.local-version', 1);
    if (variant.kind === 'cuda' && ctx.scope === 'main')
      facts.push({ type: 'cuda', version: variant.cuda, ev });
    if (variant.kind === 'rocm' && ctx.scope === 'main')
      facts.push({ type: 'rocm', version: variant.rocm, ev });
  } else if (ctx.indexVariant && TORCH_FAMILY.has(lower)) {
    variant = ctx.indexVariant;
  }
  facts.push({
    type: 'package',
    ecosystem: 'pypi',
    name: req.name,
    extras: req.extras,
    version: versionOf(req.spec),
    scope: ctx.scope,
    group: ctx.group ?? null,
    conditional: platformMarker(req.marker),
    variant,
    ev: ctx.ev,
  });
  // transformers[torch], keras[tensorflow]: an extra that is a framework installs that framework.
  for (const extra of req.extras.map((e) => e.toLowerCase())) {
    const framework = FRAMEWORK_EXTRAS[extra];
    if (framework && framework !== lower)
      facts.push({
        type: 'package',
        ecosystem: 'pypi',
        name: framework,
        extras: [],
        version: null,
        scope: ctx.scope,
        group: ctx.group ?? null,
        conditional: platformMarker(req.marker),
        variant: null,
        ev: ctx.ev,
      });
  }
  return facts;
}

/** Extras that name the framework they install. */
const FRAMEWORK_EXTRAS: Record<string, string> = {
  torch: 'torch',
  pytorch: 'torch',
  tensorflow: 'tensorflow',
  tf: 'tensorflow',
  jax: 'jax',
  flax: 'flax',
};
