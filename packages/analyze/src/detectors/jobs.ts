// Batch jobs and launchers: #SBATCH / #PBS directives (GPUs, model, memory, nodes) and torchrun, deepspeed,
// accelerate or CUDA_VISIBLE_DEVICES in scripts and README code blocks.
import { findGpuModel } from '../knowledge/gpus.js';
import { seen, type Fact } from '../model.js';
import { readmeFiles } from './readme.js';
import { scriptLines } from './scripts.js';
import { gigabytes } from './host.js';
import { byDepth, lineAt, type Tree } from './tree.js';
import type { Detector } from './types.js';
import { withLinkedGuides } from './guides.js';
import { isFence } from './text.js';

const SCRIPT = /\.(sh|bash|slurm|sbatch|pbs|job|qsub)$/;
const MAX_SCRIPTS = 40;

function scripts(tree: Tree): string[] {
  return tree.paths
    .filter((p) => SCRIPT.test(p) && !tree.ignored(p))
    .sort(byDepth)
    .slice(0, MAX_SCRIPTS);
}

/** Launchers that are a package's own command: running them means the package is installed. */
const LAUNCHER_PACKAGES: Array<[RegExp, string]> = [
  [/^\s*(?:\w+=\S*\s+)*deepspeed\s+(?:--|\S+\.py\b)/, 'deepspeed'],
  [/^\s*(?:\w+=\S*\s+)*torchrun\s/, 'torch'],
  [/^\s*(?:\w+=\S*\s+)*python[\d.]*\s+(?:-\w+\s+)*-m\s+torch\.distributed\.(?:launch|run)\b/, 'torch'],
  [/^\s*(?:\w+=\S*\s+)*accelerate\s+launch\b/, 'accelerate'],
];

/** A command that launches work on GPUs, as inline code in prose. */
const LAUNCH_COMMAND =
  /^\s*(?:\w+=\S*\s+)*(?:torchrun|deepspeed|accelerate\s+launch|python[\d.]*\s+(?:-\w+\s+)*-m\s+torch\.distributed\.(?:launch|run))\s/;

/** The package a launch line runs (`deepspeed --module openrlhf.cli.train_sft`): evidence like an import. */
function launcherPackages(file: string, line: number, text: string): Fact[] {
  const found = LAUNCHER_PACKAGES.find(([re]) => re.test(text));
  if (!found) return [];
  return [
    {
      type: 'package',
      ecosystem: 'pypi',
      name: found[1],
      extras: [],
      version: null,
      scope: 'main',
      conditional: false,
      variant: null,
      ev: seen(file, line, text.trim(), 'jobs.launcher-package', 3),
    },
  ];
}

export function jobLineFacts(file: string, line: number, text: string): Fact[] {
  const facts: Fact[] = [];
  const ev = () => seen(file, line, text, /^\s*#(SBATCH|PBS)/.test(text) ? 'jobs.slurm' : 'jobs.launcher', 1);
  if (/^\s*#SBATCH\b/.test(text)) {
    const gres = /--(?:gres=gpu|gpus(?:-per-node)?=|gpus-per-task=)[:=]?(?:([A-Za-z][\w-]*):)?(\d+)/.exec(
      text,
    );
    if (gres) {
      const e = ev();
      facts.push(
        { type: 'gpu', requirement: 'required', ev: e },
        { type: 'gpu-count', count: Number(gres[2]), ev: e },
      );
      const model = gres[1] ? findGpuModel(gres[1]) : null;
      if (model) facts.push({ type: 'gpu-model', model: model.name, ev: e });
    }
    const mem = /--mem=(\d+[KMGT]?)/i.exec(text);
    if (mem) {
      const gb = gigabytes(/\d$/.test(mem[1]!) ? `${mem[1]}M` : mem[1]!); // SLURM's default unit is MB
      if (gb) facts.push({ type: 'memory', gb, ev: ev() });
    }
    const nodes = /(?:--nodes=|-N\s*)(\d+)/.exec(text);
    if (nodes && Number(nodes[1]) > 1) facts.push({ type: 'nodes', count: Number(nodes[1]), ev: ev() });
    return facts;
  }
  if (/^\s*#PBS\b/.test(text)) {
    const gpus = /ngpus=(\d+)/.exec(text);
    if (gpus)
      facts.push(
        { type: 'gpu', requirement: 'required', ev: ev() },
        { type: 'gpu-count', count: Number(gpus[1]), ev: ev() },
      );
    const mem = /mem=(\d+[kmgt]?b?)/i.exec(text);
    const gb = mem ? gigabytes(mem[1]!) : null;
    if (gb) facts.push({ type: 'memory', gb, ev: ev() });
    return facts;
  }
  if (/^\s*#/.test(text)) return facts;
  facts.push(...launcherPackages(file, line, text));
  const nproc =
    /(?:torchrun|torch\.distributed\.(?:launch|run))\b[^\n]*?--nproc[_-]per[_-]node[= ](\d+)/.exec(text);
  if (nproc) facts.push({ type: 'gpu-count', count: Number(nproc[1]), ev: ev() });
  const ds = /\bdeepspeed\b[^\n]*?--num_gpus[= ](\d+)/.exec(text);
  if (ds)
    facts.push(
      { type: 'gpu', requirement: 'required', ev: ev() },
      { type: 'gpu-count', count: Number(ds[1]), ev: ev() },
    );
  const acc = /\baccelerate\s+launch\b[^\n]*?--num_processes[= ](\d+)/.exec(text);
  if (acc) facts.push({ type: 'gpu-count', count: Number(acc[1]), ev: ev() });
  // The script's own GPU count (python run.py with num_gpus=8, --ngpus 4, --gpus 0,1,2,3): the command runs on that
  // many; with none (num_gpus=0) it runs on the CPU. A lone --gpus N may name a GPU's id, so only a list counts.
  const own =
    /\b(?:python[\d.]*|\S+\.py|\S+\.sh)\b[^\n]*?(?:^|[\s'"])(?:--?)?(?:(?:num|n)[_-]?gpus?|gpu[_-]?num|trainer\.(?:gpus|devices))[= ](\d+)\b(?![,.])|\b(?:python[\d.]*|\S+\.py)\b[^\n]*?\s--gpus[= ](\d+(?:,\d+)+)\b/i.exec(
      text,
    );
  if (own) {
    const count = own[1] !== undefined ? Number(own[1]) : own[2]!.split(',').length;
    // Weaker than a launcher's: a README that says the CPU will do ("does not require GPU") still decides.
    const weak = seen(file, line, text, 'jobs.launcher', 2);
    if (count === 0) facts.push({ type: 'gpu', requirement: 'optional', ev: weak });
    else
      facts.push({ type: 'gpu', requirement: 'required', ev: weak }, { type: 'gpu-count', count, ev: weak });
  }
  const cvd = /\bCUDA_VISIBLE_DEVICES=["']?(\d+(?:,\d+)*)/.exec(text);
  if (cvd) {
    facts.push(
      { type: 'gpu', requirement: 'required', ev: ev() },
      { type: 'gpu-count', count: cvd[1]!.split(',').length, ev: ev() },
    );
  } else if (/\bCUDA_VISIBLE_DEVICES=["']?<[^>\n]+>/.test(text)) {
    // CUDA_VISIBLE_DEVICES=<your_desired_GPU>: the command runs on the GPU the user names.
    facts.push({ type: 'gpu', requirement: 'required', ev: ev() });
  }
  const nnodes = /--nnodes[= ](\d+)/.exec(text);
  if (nnodes && Number(nnodes[1]) > 1) facts.push({ type: 'nodes', count: Number(nnodes[1]), ev: ev() });
  return facts;
}

export const jobsDetector: Detector = {
  name: 'jobs',
  select: (tree) => [...scripts(tree), ...readmeFiles(tree), ...ciFiles(tree)],
  async detect(input) {
    const facts: Fact[] = [];
    for (const path of scripts(input.tree)) {
      const text = input.text(path);
      if (text === null) continue;
      // #SBATCH directives are comments to the shell: read line by line. Commands as the shell reads them:
      // continued lines joined, the script's own variables expanded (--nproc_per_node=${NGPU}).
      text.split(/\r?\n/).forEach((raw, i) => {
        if (/^\s*#(?:SBATCH|PBS)\b/.test(raw)) facts.push(...jobLineFacts(path, i + 1, raw));
      });
      for (const c of scriptLines(text)) facts.push(...jobLineFacts(path, c.line, c.text));
    }
    // Launch lines in README code blocks (and in the guides it links to).
    for (const path of await withLinkedGuides(input, readmeFiles(input.tree))) {
      const text = input.text(path);
      if (text === null) continue;
      let inCode = false;
      // A command continued over lines ending in `\` is read as one, at its first line.
      let pending: { line: number; text: string } | null = null;
      text.split(/\r?\n/).forEach((raw, i) => {
        if (isFence(raw)) {
          inCode = !inCode;
          pending = null;
        } else if (inCode || /^\s{4}|^\s*\$\s/.test(raw)) {
          const part = raw.replace(/^\s*\$\s*/, '');
          const joined = pending ? `${pending.text} ${part.trim()}` : part;
          const line = pending?.line ?? i + 1;
          if (/\\\s*$/.test(part)) pending = { line, text: joined.replace(/\\\s*$/, '') };
          else {
            pending = null;
            facts.push(...jobLineFacts(path, line, joined));
          }
        }
        // A launch command written inline in a sentence or list item (* ```python -m torch.distributed.launch …```).
        else
          for (const m of raw.matchAll(/(`{1,3})([^`]+)\1/g))
            if (LAUNCH_COMMAND.test(m[2]!)) facts.push(...jobLineFacts(path, i + 1, m[2]!));
      });
    }
    // CI jobs that run on GPU runners.
    for (const path of ciFiles(input.tree)) {
      const text = input.text(path);
      const m = text && /runs-on:[ \t]*(.*\bgpu\b.*)$/im.exec(text);
      if (m)
        facts.push({
          type: 'gpu',
          requirement: 'required',
          ev: seen(path, lineAt(text!, m.index), m[0], 'ci.gpu-runner', 3),
        });
    }
    return facts;
  },
};

export function ciFiles(tree: Tree): string[] {
  return tree.paths.filter((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
}
