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

export function plan(req: Requirements, catalog: Catalog, options: PlanOptions): PlanData {
  const reasons: string[] = [];
  const arch = req.architecture ?? 'x86_64';
  const duration = planDuration(req, catalog.maxLeaseMinutes, options.durationMinutes);
  const durationMs = duration.minutes * 60_000;
  const horizon = options.horizonMs ?? 14 * 24 * HOUR;
  reasons.push(gpuNeedText(req.gpu));

  let candidates: Candidate[];
  if (options.nodeType) {
    const node = catalog.nodeTypes.find((n) => n.name === options.nodeType);
    if (!node) {
      throw new UsageError(`--node-type ${options.nodeType} does not exist at ${catalog.site}`, {
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
    const count =
      options.count ?? Math.min(evaluated.fits ? evaluated.count : 1, options.maxNodes, node.hosts);
    candidates = [
      {
        ...evaluated,
        count,
        fits: true,
        freeAt: earliestStart(node.calendars, count, durationMs, catalog.now, horizon),
      },
    ];
    reasons.push(
      `node type ${node.name}: given with --node-type (${describeNode(node)})${evaluated.fits ? '' : `; note: ${evaluated.why}`}`,
    );
  } else {
    candidates = catalog.nodeTypes
      .map((n) => evaluate(req, n, arch, options.maxNodes))
      .map((c) => ({
        ...c,
        count: c.fits ? (options.count ? Math.min(options.count, options.maxNodes) : c.count) : 0,
      }))
      .map((c) => ({
        ...c,
        freeAt: c.fits ? earliestStart(c.node.calendars, c.count, durationMs, catalog.now, horizon) : null,
      }))
      .sort((a, b) => Number(b.fits) - Number(a.fits) || compareRank(a.rank, b.rank));
  }
  const fitting = candidates.filter((c) => c.fits);
  if (fitting.length === 0) {
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

  // Prefer what is free soonest: among those free within the grace of the soonest, the smallest.
  const grace = options.graceMs ?? 2 * HOUR;
  const windows = fitting.filter((c) => c.freeAt !== null).map((c) => c.freeAt!);
  const soonest = windows.length ? Math.min(...windows) : null;
  const chosen =
    (soonest === null ? undefined : fitting.find((c) => c.freeAt !== null && c.freeAt <= soonest + grace)) ??
    fitting[0]!;
  const node = chosen.node;
  const smallest = fitting[0]!;
  if (!options.nodeType) {
    reasons.push(
      `node type ${node.name}: ${describeNode(node)}; ${chosen === smallest ? 'the smallest that fits' : `free sooner than ${smallest.node.name}, the smallest that fits`} (${node.hosts} hosts)`,
    );
  }
  if (chosen.count > 1) {
    const why = options.count
      ? `${options.count} asked for with --nodes`
      : req.nodes && req.nodes > 1
        ? `${req.nodes} machines stated`
        : `${req.gpu.count} GPUs over ${node.gpu?.count ?? 1} per node`;
    reasons.push(
      `count ${chosen.count}: ${why}${req.gpu.count && node.gpu && chosen.count * node.gpu.count < req.gpu.count ? `; scaled down to the ${options.maxNodes}-node cap` : ''}`,
    );
  } else if (req.gpu.needed && (req.gpu.count ?? 1) > (node.gpu?.count ?? 1) && options.maxNodes === 1) {
    reasons.push(`count 1: ${req.gpu.count} GPUs wanted, scaled down to the 1-node cap`);
  }
  const now = catalog.now;
  reasons.push(
    chosen.freeAt === null
      ? `no window of ${formatDuration(duration.minutes)} for ${chosen.count} host${chosen.count > 1 ? 's' : ''} in the next ${Math.round(horizon / (24 * HOUR))} days`
      : chosen.freeAt <= now + 60_000
        ? `${chosen.count} host${chosen.count > 1 ? 's' : ''} free now`
        : `earliest window for ${chosen.count} host${chosen.count > 1 ? 's' : ''}: ${iso(chosen.freeAt)}`,
  );

  let image: string;
  if (options.image) {
    image = options.image;
    if (!catalog.images.some((i) => i.name === image)) {
      throw new UsageError(`--image ${image} is not an image at ${catalog.site}`, {
        field: 'image',
        hint: `Supported images: ${[...new Set(catalog.images.map((i) => i.name))].join(', ')}`,
      });
    }
    reasons.push(`image ${image}: given with --image`);
  } else {
    const choice = chooseImage(req, node, catalog.images);
    if (!choice) {
      throw new EnvbootError('NOT_FOUND', `no supported image for ${node.architecture} at ${catalog.site}`, {
        hint: 'Name one with --image.',
      });
    }
    image = choice.image.name;
    reasons.push(`image ${image}: ${choice.reason}`);
    const python = req.runtimes.python?.split('.').slice(0, 2).join('.');
    const release = choice.image.os?.startsWith('ubuntu') ? choice.image.os.slice(6) : null;
    const system = release ? UBUNTU_PYTHON[release] : undefined;
    if (python && system && python !== system) {
      reasons.push(
        `Python ${python} is not Ubuntu ${release}'s own (${system}): install it with conda, uv or pyenv`,
      );
    }
  }
  reasons.push(duration.reason);

  return {
    site: catalog.site,
    node_type: node.name,
    count: chosen.count,
    image,
    duration: formatDuration(duration.minutes),
    duration_minutes: duration.minutes,
    resource_properties: JSON.stringify(['==', '$node_type', node.name]),
    reasons,
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
    alternatives: candidates
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
