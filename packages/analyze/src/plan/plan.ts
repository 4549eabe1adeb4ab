// The deterministic planner: requirements + the site's catalog → node type, count, image, duration and the
// reasons for each. The smallest node type that satisfies the needs wins, preferring what is free soonest.
import { EnvbootError, UsageError, formatDuration, type PlanData, type Requirements } from '@envboot/core';
import { UBUNTU_PYTHON, cudaSupportsCapability } from '../knowledge/cuda.js';
import { compareVersions, gpuModelByName } from '../knowledge/gpus.js';
import type { Catalog, NodeTypeInfo } from './catalog.js';
import { earliestStart } from './free.js';
import { chooseImage } from './image.js';

export interface PlanOptions {
  /** Most nodes a plan may ask for. */
  maxNodes: number;
  /** Flags that override the rules. */
  nodeType?: string | null;
  image?: string | null;
  count?: number | null;
  durationMinutes?: number | null;
  /** How far ahead to look for a free window (default 14 days). */
  horizonMs?: number;
  /** Node types free within this long of the soonest count as free as soon (default 2 hours). */
  graceMs?: number;
}

interface Candidate {
  node: NodeTypeInfo;
  count: number;
  fits: boolean;
  why: string;
  /** Smaller is smaller hardware. */
  rank: number[];
  freeAt: number | null;
}

const HOUR = 3_600_000;

/** Lease length: a flag, else the stated run time with a margin, else a default by kind of job. */
export function planDuration(
  req: Requirements,
  maxMinutes: number,
  flag?: number | null,
): { minutes: number; reason: string } {
  if (flag) {
    if (flag > maxMinutes) {
      throw new UsageError(
        `--duration ${formatDuration(flag)} is longer than the site allows (${formatDuration(maxMinutes)})`,
        {
          field: 'duration',
          hint: 'Reserve less, and extend the lease later if you need more time.',
        },
      );
    }
    return { minutes: flag, reason: `duration ${formatDuration(flag)}: given with --duration` };
  }
  if (req.run_minutes) {
    const wanted = Math.ceil((req.run_minutes * 1.25 + 30) / 60) * 60;
    const minutes = Math.min(wanted, maxMinutes);
    const capped = minutes < wanted ? `, capped at the site's longest lease (extend it later)` : '';
    return {
      minutes,
      reason: `duration ${formatDuration(minutes)}: a run takes about ${formatDuration(req.run_minutes)}, plus a quarter and 30 minutes to set up${capped}`,
    };
  }
  const minutes = Math.min(req.gpu.needed ? 8 * 60 : 4 * 60, maxMinutes);
  return {
    minutes,
    reason: `duration ${formatDuration(minutes)}: the default for ${req.gpu.needed ? 'a GPU job' : 'a CPU job'} with no stated run time`,
  };
}

function describeNode(n: NodeTypeInfo): string {
  const gpu = n.gpu
    ? `${n.gpu.count}× ${n.gpu.model ?? 'GPU'}${n.gpu.memoryGb ? ` ${n.gpu.memoryGb} GB` : ''}, `
    : '';
  return `${gpu}${n.ramGb ?? '?'} GB RAM, ${n.diskGb ?? '?'} GB disk, ${n.threads ?? '?'} threads`;
}

/** Whether (and on how many nodes) a node type satisfies the requirements. */
export function evaluate(
  req: Requirements,
  n: NodeTypeInfo,
  arch: 'x86_64' | 'aarch64',
  maxNodes: number,
): Omit<Candidate, 'freeAt'> {
  const rank = [0, 0, 0, 0, 0, 0];
  const no = (why: string) => ({ node: n, count: 0, fits: false, why, rank });
  if (n.architecture !== arch) return no(`${n.architecture}, the code needs ${arch}`);
  let count = Math.max(1, req.nodes ?? 1);
  const g = req.gpu;
  if (g.needed) {
    if (!n.gpu) return no('no GPU');
    const vendor = g.vendor ?? 'nvidia';
    if (n.gpu.vendor && n.gpu.vendor !== vendor) return no(`${n.gpu.vendor} GPUs, the code needs ${vendor}`);
    if (g.min_memory_gb && n.gpu.memoryGb !== null && n.gpu.memoryGb < g.min_memory_gb) {
      return no(`${n.gpu.memoryGb} GB per GPU, the code needs ${g.min_memory_gb} GB`);
    }
    const cc = n.gpu.computeCapability;
    if (cc && g.min_compute_capability && compareVersions(cc, g.min_compute_capability) < 0) {
      return no(`compute capability ${cc}, the code targets ${g.min_compute_capability}+`);
    }
    if (cc && g.cuda && !cudaSupportsCapability(g.cuda, cc))
      return no(`CUDA ${g.cuda} cannot run on ${n.gpu.model} (sm_${cc.replace('.', '')})`);
    count = Math.max(count, Math.ceil((g.count ?? 1) / n.gpu.count));
  } else if (n.gpu && g.requirement !== 'optional') {
    return no('has GPUs the code does not need');
  }
  if (req.memory_gb && n.ramGb !== null && n.ramGb < req.memory_gb)
    return no(`${n.ramGb} GB RAM, the code needs ${req.memory_gb} GB`);
  if (req.disk_gb && n.diskGb !== null && n.diskGb < req.disk_gb)
    return no(`${n.diskGb} GB disk, the code needs ${req.disk_gb} GB`);
  count = Math.min(count, maxNodes);
  if (count > n.hosts) return no(`needs ${count} nodes, the site has ${n.hosts}`);
  const wantModel = gpuModelByName(g.model);
  const sameModel = wantModel && n.gpu?.model && gpuModelByName(n.gpu.model)?.name === wantModel.name ? 0 : 1;
  // Smallest first: scarce hardware last, then the stated model, nodes, GPUs, GPU memory, RAM, threads, disk.
  const score = [
    n.special ? 1 : 0,
    g.needed ? sameModel : n.gpu ? 1 : 0,
    count,
    (n.gpu?.count ?? 0) * count,
    n.gpu?.memoryGb ?? 0,
    (n.ramGb ?? 0) * count,
    (n.threads ?? 0) * count,
    n.diskGb ?? 0,
  ];
  return { node: n, count, fits: true, why: describeNode(n), rank: score };
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function gpuNeedText(g: Requirements['gpu']): string {
  if (!g.needed)
    return g.requirement === 'optional' ? 'a GPU is optional: planning without one' : 'no GPU needed';
  const parts = [
    `${g.count ?? 1} ${g.vendor === 'amd' ? 'AMD' : 'NVIDIA'} GPU${(g.count ?? 1) > 1 ? 's' : ''}`,
  ];
  if (g.min_memory_gb) parts.push(`${g.min_memory_gb} GB each`);
  if (g.cuda) parts.push(`CUDA ${g.cuda}`);
  if (g.min_compute_capability) parts.push(`compute capability ${g.min_compute_capability}+`);
  const first = g.evidence[0];
  const why = first ? ` (${first.file}${first.line ? `:${first.line}` : ''}: ${first.seen})` : '';
  return `GPU ${g.requirement}: ${parts.join(', ')}${why}`;
}

/** Where a free window is looked for: how long it must last, how far ahead, from when. */
interface Search {
  durationMs: number;
  horizonMs: number;
  now: number;
}

export function plan(req: Requirements, catalog: Catalog, options: PlanOptions): PlanData {
  const arch = req.architecture ?? 'x86_64';
  const duration = planDuration(req, catalog.maxLeaseMinutes, options.durationMinutes);
  const search: Search = {
    durationMs: duration.minutes * 60_000,
    horizonMs: options.horizonMs ?? 14 * 24 * HOUR,
    now: catalog.now,
  };
  const reasons = [gpuNeedText(req.gpu)];
  let candidates: Candidate[];
  if (options.nodeType) {
    const given = givenNodeType(options.nodeType, req, catalog, options, arch, search);
    candidates = [given.candidate];
    reasons.push(given.reason);
  } else {
    candidates = rankedCandidates(req, catalog, options, arch, search);
  }
  const { fitting, note } = fittingOrFail(candidates, req, catalog, options, arch, search);
  const chosen = soonestFree(fitting, options.graceMs ?? 2 * HOUR);
  if (note) reasons.push(note);
  else if (!options.nodeType) reasons.push(nodeTypeReason(chosen, fitting[0]!));
  reasons.push(...countReasons(chosen, req, options));
  reasons.push(windowReason(chosen, duration.minutes, search));
  const image = options.image ? givenImage(options.image, catalog) : chosenImage(req, chosen.node, catalog);
  reasons.push(...image.reasons, duration.reason);
  return planData({
    catalog,
    options,
    candidates,
    chosen,
    image: image.name,
    minutes: duration.minutes,
    reasons,
  });
}

/** --node-type: that node type alone, taken even when it does not fit (the reason says why it may not). */
function givenNodeType(
  name: string,
  req: Requirements,
  catalog: Catalog,
  options: PlanOptions,
  arch: 'x86_64' | 'aarch64',
  search: Search,
): { candidate: Candidate; reason: string } {
  const node = catalog.nodeTypes.find((n) => n.name === name);
  if (!node) {
    throw new UsageError(`--node-type ${name} does not exist at ${catalog.site}`, {
      field: 'node-type',
      hint: `Known node types: ${catalog.nodeTypes.map((n) => n.name).join(', ')}`,
    });
  }
  const evaluated = evaluate(req, node, arch, options.maxNodes);
  // A count given with --nodes is what the user asked for: never cut it down silently.
  if (options.count && options.count > node.hosts) {
    throw new EnvbootError(
      'INSUFFICIENT_CAPACITY',
      `${options.count} × ${node.name} asked for; ${catalog.site} has ${node.hosts} reservable`,
      { field: 'nodes', hint: `Ask for at most ${node.hosts} (--nodes), or another --node-type.` },
    );
  }
  const count = options.count ?? Math.min(evaluated.fits ? evaluated.count : 1, options.maxNodes, node.hosts);
  return {
    candidate: {
      ...evaluated,
      count,
      fits: true,
      freeAt: earliestStart(node.calendars, count, search.durationMs, search.now, search.horizonMs),
    },
    reason: `node type ${node.name}: given with --node-type (${describeNode(node)})${evaluated.fits ? '' : `; note: ${evaluated.why}`}`,
  };
}

/** Every node type of the site, those that fit first, smallest first, each with when it is free. */
function rankedCandidates(
  req: Requirements,
  catalog: Catalog,
  options: PlanOptions,
  arch: 'x86_64' | 'aarch64',
  search: Search,
): Candidate[] {
  return catalog.nodeTypes
    .map((n) => evaluate(req, n, arch, options.maxNodes))
    .map((c) => ({
      ...c,
      count: c.fits ? (options.count ? Math.min(options.count, options.maxNodes) : c.count) : 0,
    }))
    .map((c) => ({
      ...c,
      freeAt: c.fits
        ? earliestStart(c.node.calendars, c.count, search.durationMs, search.now, search.horizonMs)
        : null,
    }))
    .sort((a, b) => Number(b.fits) - Number(a.fits) || compareRank(a.rank, b.rank));
}

/**
 * The candidates that fit. When none does because the stated need is larger than every node type (GPU memory,
 * RAM, disk, more nodes than the site has), the largest node type that fits once that need is cut to its size is
 * proposed, and a reason says what was cut. Anything else (architecture, GPU vendor, no GPU, a CUDA the GPUs
 * cannot run) is INSUFFICIENT_CAPACITY, with why each node type was turned down.
 */
function fittingOrFail(
  candidates: Candidate[],
  req: Requirements,
  catalog: Catalog,
  options: PlanOptions,
  arch: 'x86_64' | 'aarch64',
  search: Search,
): { fitting: Candidate[]; note: string | null } {
  const fitting = candidates.filter((c) => c.fits);
  if (fitting.length > 0) return { fitting, note: null };
  const largest = options.nodeType ? null : largestFit(candidates, req, catalog, options, arch, search);
  if (largest) return { fitting: [largest.candidate], note: largest.note };
  throw new EnvbootError(
    'INSUFFICIENT_CAPACITY',
    `no node type at ${catalog.site} satisfies what the code needs (${gpuNeedText(req.gpu)}, ${arch})`,
    {
      hint:
        arch === 'aarch64'
          ? 'ARM64 nodes are at CHI@TACC (compute_arm64): try --site tacc.'
          : 'Try another site, or relax a requirement with --node-type.',
      details: { rejected: candidates.map((c) => ({ node_type: c.node.name, why: c.why })) },
    },
  );
}

/** Requirements cut to what one node type offers: GPU memory, RAM, disk and node count no larger than it has. */
function cutTo(req: Requirements, n: NodeTypeInfo): Requirements {
  const cap = (want: number | null | undefined, have: number | null) =>
    want && have !== null && want > have ? have : (want ?? null);
  return {
    ...req,
    nodes: req.nodes ? Math.min(req.nodes, n.hosts) : req.nodes,
    memory_gb: cap(req.memory_gb, n.ramGb),
    disk_gb: cap(req.disk_gb, n.diskGb),
    gpu: {
      ...req.gpu,
      min_memory_gb: cap(req.gpu.min_memory_gb, n.gpu?.memoryGb ?? null),
      count: req.gpu.count && n.gpu ? Math.min(req.gpu.count, n.gpu.count * n.hosts) : req.gpu.count,
      // An older architecture than the one stated is what the site has: the code may need another build (nvcc
      // -arch for it), which the note says. Another vendor is not cut: another site has it.
      min_compute_capability:
        n.gpu?.computeCapability &&
        req.gpu.min_compute_capability &&
        compareVersions(n.gpu.computeCapability, req.gpu.min_compute_capability) < 0
          ? n.gpu.computeCapability
          : req.gpu.min_compute_capability,
    },
  };
}

/** The node type with the most GPU memory, GPUs, RAM and disk among those that fit the need cut to their size. */
function largestFit(
  candidates: Candidate[],
  req: Requirements,
  catalog: Catalog,
  options: PlanOptions,
  arch: 'x86_64' | 'aarch64',
  search: Search,
): { candidate: Candidate; note: string } | null {
  const size = (n: NodeTypeInfo) => [
    n.gpu?.memoryGb ?? 0,
    n.gpu?.count ?? 0,
    n.ramGb ?? 0,
    n.diskGb ?? 0,
    -(n.special ? 1 : 0),
  ];
  const cut = candidates
    .map((c) => ({ before: c, after: evaluate(cutTo(req, c.node), c.node, arch, options.maxNodes) }))
    .filter((x) => x.after.fits)
    .sort((a, b) => compareRank(size(b.before.node), size(a.before.node)));
  const best = cut[0];
  if (!best) return null;
  const count = options.count ? Math.min(options.count, options.maxNodes) : best.after.count;
  const candidate: Candidate = {
    ...best.after,
    count,
    freeAt: earliestStart(best.after.node.calendars, count, search.durationMs, search.now, search.horizonMs),
  };
  const note = `the stated need exceeds every node type at ${catalog.site} (${best.before.node.name}: ${best.before.why}); proposing the largest, ${best.after.node.name} (${describeNode(best.after.node)}), with the need cut to its size`;
  return { candidate, note };
}

/** Prefer what is free soonest: among those free within the grace of the soonest, the smallest. */
function soonestFree(fitting: Candidate[], graceMs: number): Candidate {
  const windows = fitting.filter((c) => c.freeAt !== null).map((c) => c.freeAt!);
  const soonest = windows.length ? Math.min(...windows) : null;
  return (
    (soonest === null
      ? undefined
      : fitting.find((c) => c.freeAt !== null && c.freeAt <= soonest + graceMs)) ?? fitting[0]!
  );
}

function nodeTypeReason(chosen: Candidate, smallest: Candidate): string {
  const node = chosen.node;
  return `node type ${node.name}: ${describeNode(node)}; ${chosen === smallest ? 'the smallest that fits' : `free sooner than ${smallest.node.name}, the smallest that fits`} (${node.hosts} hosts)`;
}

/** Why more than one node, or why one when the GPUs wanted do not fit on it. */
function countReasons(chosen: Candidate, req: Requirements, options: PlanOptions): string[] {
  const node = chosen.node;
  if (chosen.count > 1) {
    const why = options.count
      ? `${options.count} asked for with --nodes`
      : req.nodes && req.nodes > 1
        ? `${req.nodes} machines stated`
        : `${req.gpu.count} GPUs over ${node.gpu?.count ?? 1} per node`;
    return [
      `count ${chosen.count}: ${why}${req.gpu.count && node.gpu && chosen.count * node.gpu.count < req.gpu.count ? `; scaled down to the ${options.maxNodes}-node cap` : ''}`,
    ];
  }
  if (req.gpu.needed && (req.gpu.count ?? 1) > (node.gpu?.count ?? 1) && options.maxNodes === 1) {
    return [`count 1: ${req.gpu.count} GPUs wanted, scaled down to the 1-node cap`];
  }
  return [];
}

function windowReason(chosen: Candidate, minutes: number, search: Search): string {
  const hosts = `host${chosen.count > 1 ? 's' : ''}`;
  return chosen.freeAt === null
    ? `no window of ${formatDuration(minutes)} for ${chosen.count} ${hosts} in the next ${Math.round(search.horizonMs / (24 * HOUR))} days`
    : chosen.freeAt <= search.now + 60_000
      ? `${chosen.count} ${hosts} free now`
      : `earliest window for ${chosen.count} ${hosts}: ${iso(chosen.freeAt)}`;
}

/** --image: it must be one of the site's. */
function givenImage(name: string, catalog: Catalog): { name: string; reasons: string[] } {
  if (!catalog.images.some((i) => i.name === name)) {
    throw new UsageError(`--image ${name} is not an image at ${catalog.site}`, {
      field: 'image',
      hint: `Supported images: ${[...new Set(catalog.images.map((i) => i.name))].join(', ')}`,
    });
  }
  return { name, reasons: [`image ${name}: given with --image`] };
}

/** The image the rules choose for the node, and a note when its Ubuntu has another Python than the code's. */
function chosenImage(
  req: Requirements,
  node: NodeTypeInfo,
  catalog: Catalog,
): { name: string; reasons: string[] } {
  const choice = chooseImage(req, node, catalog.images);
  if (!choice) {
    throw new EnvbootError('NOT_FOUND', `no supported image for ${node.architecture} at ${catalog.site}`, {
      hint: 'Name one with --image.',
    });
  }
  const name = choice.image.name;
  const reasons = [`image ${name}: ${choice.reason}`];
  const python = req.runtimes.python?.split('.').slice(0, 2).join('.');
  const release = choice.image.os?.startsWith('ubuntu') ? choice.image.os.slice(6) : null;
  const system = release ? UBUNTU_PYTHON[release] : undefined;
  if (python && system && python !== system) {
    reasons.push(
      `Python ${python} is not Ubuntu ${release}'s own (${system}): install it with conda, uv or pyenv`,
    );
  }
  return { name, reasons };
}

/** The plan as printed: the choice, its hardware, and up to 12 alternatives. */
function planData(p: {
  catalog: Catalog;
  options: PlanOptions;
  candidates: Candidate[];
  chosen: Candidate;
  image: string;
  minutes: number;
  reasons: string[];
}): PlanData {
  const { chosen, options } = p;
  const node = chosen.node;
  return {
    site: p.catalog.site,
    node_type: node.name,
    count: chosen.count,
    image: p.image,
    duration: formatDuration(p.minutes),
    duration_minutes: p.minutes,
    resource_properties: JSON.stringify(['==', '$node_type', node.name]),
    reasons: p.reasons,
    source: options.nodeType || options.image || options.count ? 'flags' : 'rules',
    ssh_user: 'cc',
    free_at: iso(chosen.freeAt),
    hardware: {
      gpu_count: node.gpu?.count ?? 0,
      gpu_model: node.gpu?.model ?? null,
      gpu_memory_gb: node.gpu?.memoryGb ?? null,
      ram_gb: node.ramGb,
      disk_gb: node.diskGb,
      threads: node.threads,
      architecture: node.architecture,
    },
    alternatives: p.candidates
      .filter((c) => c !== chosen)
      .slice(0, 12)
      .map((c) => ({
        node_type: c.node.name,
        fits: c.fits,
        why: c.why,
        ...(c.fits ? { free_at: iso(c.freeAt) } : {}),
      })),
  };
}
