// The README's statements about hardware: GPU count, model and memory, RAM, disk, CUDA, Python, Ubuntu,
// "CPU only", "GPU optional", multi-GPU, how long a run takes. Version strings in sanity-check commands
// (nvidia-smi, docker run --gpus) are not statements.
import { knownPackage } from '../knowledge/catalog.js';
import { findGpuModel } from '../knowledge/gpus.js';
import { seen, type Fact, type Seen } from '../model.js';
import type { RuleId } from '../rules.js';
import { pythonPackageFacts } from './python/facts.js';
import { parseRequirement } from './python/pep508.js';
import { importFacts, localModules, usageFallback } from './code.js';
import { implementationFacts, RequirementReader } from './readme-requirements.js';
import { lineAt, type Tree } from './tree.js';
import type { Detector } from './types.js';
import { withLinkedGuides } from './guides.js';
import { isFence } from './text.js';

/**
 * Root files whose prose states requirements: the README (and its English version, README_en.md, next to a README
 * in another language), install and hardware notes, training guides.
 */
const README =
  /^(README|INSTALL|INSTALLATION|SETUP|REQUIREMENTS|HARDWARE|TRAINING|TRAIN|PRETRAIN|FINETUNE|GET[_-]?STARTED|GETTING[_-]?STARTED|QUICK[_-]?START|USAGE|DEVELOPERS)([._-](en|english))?(\.(md|markdown|rst|txt|org|adoc))?$/i;
/**
 * A README of one part of the project at the top (README_deit.md beside README.md): read as a README too. Not a
 * translation (README_zh.md, README.ja.md), which says again what the README says.
 */
const PART_README =
  /^README[._-](?!(?:zh|cn|ch|ja|jp|ko|kr|ru|fr|de|es|pt|it|tr|vi|ar|fa|id|uk|pl|nl|hi|th)(?:[._-]\w+)?\.)\w[\w-]*\.(md|rst)$/i;

export function readmeFiles(tree: Tree): string[] {
  const atRoot = tree.paths
    .filter((p) => !p.includes('/') && (README.test(p) || PART_README.test(p)))
    .sort((a, b) => Number(/^README/i.test(b)) - Number(/^README/i.test(a)));
  if (atRoot.some((p) => /^README/i.test(p))) return atRoot;
  // No README at the root: the project's README is that of the one top folder with one (classification/README.md),
  // unless that folder is docs, tests, examples or vendored code.
  const below = tree.paths.filter(
    (p) => /^[^/]+\/README(\.(md|markdown|rst|txt))?$/i.test(p) && tree.ignored(p) === null,
  );
  return below.length === 1 ? [...below, ...atRoot] : atRoot;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  single: 1,
  a: 1,
  an: 1,
  two: 2,
  dual: 2,
  three: 3,
  four: 4,
  six: 6,
  eight: 8,
  sixteen: 16,
};
const MODEL =
  '(A100|H100|H200|V100|A6000|A40|A30|A10G?|L40S?|L4|T4|P100|P40|K80|M40|MI\\d{3}X?|RTX\\s*\\d{4}(?:\\s*Ti)?|Quadro\\s+RTX\\s*\\d{4}|TITAN\\s*\\w+|GTX\\s*\\d{3,4}(?:\\s*Ti)?)';

/** "8 A100-80GB", "4 × V100 (32GB)", and the memory before the model: "8 80GB A100 GPUs". */
const COUNT_MODEL = new RegExp(
  `\\b(\\d+|one|two|four|eight|single|dual)\\s*(?:[xX×*]\\s*)?(?:(\\d{2,3})\\s*GB\\s+)?(?:NVIDIA\\s+)?(?:Tesla\\s+)?${MODEL}(?:[\\s-]*\\(?(\\d{2,3})\\s*GB\\)?)?`,
  'i',
);
const MODEL_COUNT = new RegExp(`\\b${MODEL}(?:[\\s-]*\\(?(\\d{2,3})\\s*GB\\)?)?\\s*[xX×]\\s*(\\d+)\\b`, 'i');
const MODEL_ONLY = new RegExp(`\\b${MODEL}(?:[\\s-]*\\(?(\\d{2,3})\\s*GB\\)?)?`, 'i');
const GPU_MEMORY = [
  /(?:at least|>=|≥|minimum(?: of)?|requires?(?: around| about)?|needs?|with)\s*(\d+(?:\.\d+)?)\s*(?:GB|GiB|G)\b\s*(?:of\s*)?(?:GPU memory|VRAM|GPU RAM|graphics memory|video memory|memory on the GPU)/i,
  /(\d+(?:\.\d+)?)\s*(?:GB|GiB)\s*(?:of\s*)?(?:GPU memory|VRAM|GPU RAM)/i,
  /GPUs?\s+with\s+(?:at least\s+)?(\d+(?:\.\d+)?)\s*(?:GB|GiB)/i,
];
const RAM =
  /(\d+(?:\.\d+)?)\s*(GB|GiB|TB|TiB)\s*(?:of\s*)?(?:system\s+|host\s+|CPU\s+)?(?:RAM|DRAM|main memory|CPU memory|system memory|memory)\b/i;
const DISK =
  /(\d+(?:\.\d+)?)\s*(GB|GiB|TB|TiB)\s*(?:of\s*)?(?:free\s+)?(?:disk(?: space)?|storage|SSD|NVMe|local space|space on disk)\b/i;
const DATASET =
  /\b(?:dataset|data set|corpus|checkpoints?|weights)\b[^.\n]{0,60}?\b(\d+(?:\.\d+)?)\s*(GB|TB)\b/i;
/**
 * "CUDA 11.8", "CUDA toolkit >= 11.3", "CUDA: version 12.1", "CUDA==10.1", "CUDA Toolkit + nvcc: 12.0", "NVCC 12.0 or
 * newer", and a major alone ("CUDA 8", "CUDA >= 11").
 */
// Not a device (cuda:0), and a number written onto the name is a packed version (cuda90, cuda101: below).
const CUDA =
  /\b(?:CUDA(?!:\d|\d)(?:\s+toolkit)?(?:\s*(?:\+|and|&)\s*nvcc)?|NVCC(?=\s))\s*:?\s*(?:version\s*:?\s*)?(?:>=|≥|==?)?\s*v?(\d{1,2}\.\d|\d{1,2}(?!\d|\.\d|\s*(?:GB|G\b|cores?|kernels?|streams?|threads?|blocks?)))/i;
// Not a package named for Python (`opencv-python >= 3.2.0`).
const PYTHON = /(?<![\w-])Python\s*(?:version\s*(?:is\s+|:\s*)?)?\(?\s*(?:>=|≥|==?)?\s*v?(3\.\d{1,2})\b/i;
/** Python 2 as the code's runtime ("Python 2.7", "tested under Python2"), read only when no Python 3 is stated. */
/** Python 3 with no minor ("Python 3", "Python3", "Python 3.x", "Python 3+"); case-sensitive, so a `python3` command is not one. */
const PYTHON3 = /(?<![\w-])Python ?3(?:\.x|\+)?(?!\w|\.\d)/;
const PYTHON2 =
  /(?<![\w-])Python\s*(?:version\s*:?\s*)?\(?\s*(?:>=|≥|==)?\s*2\.7\b|(?<![\w-])Python2\b(?!\.?\d)/i;
/** A sentence that drops Python 2 is not a statement that the code runs on it. */
const DROPPED =
  /\b(?:deprecated|not supported|unsupported|no longer|dropped|removed|end[- ]of[- ]life|EOL|(?:final|last) (?:version|release))\b/i;
/** "python 3.13 is supported but using 3.12 is recommended": the recommended one is the version to use. */
const RECOMMENDED_PYTHON =
  /\b(3\.\d{1,2})\b[^.\n]{0,25}?\b(?:is|are) (?:strongly |highly )?recommended\b|\brecommend(?:ed|s)?\b[^.\n]{0,30}?\bPython\s*(3\.\d{1,2})\b/i;
const UBUNTU = /\bUbuntu\s*(\d{2}\.\d{2})\b/i;
export const CPU_ONLY =
  /\b(no GPU (?:is )?(?:required|needed|necessary)|GPUs?(?: usage| support| access)? (?:is|are) not (?:required|needed|necessary)|(?:does not|doesn't|do not|don't) (?:require|need) (?:any )?special hardware|(?:does not|doesn't|do not|don't) (?:require|need) (?:a |any )?GPUs?|(?<!\bfor |\w to )runs? (?:entirely |fully |only |well |fine )?on (?:a |the |any )?CPUs?\b|CPU[- ]only\b(?!\)? (?:install|version|build|wheel|mode|alternative|(?:Python )?environments?|systems?|servers?|nodes?|machines?|hosts?|instances?|VMs?|measurements?|benchmark(?:s|ing)?|timings?|tests?|examples?))|without (?:a |any )?GPUs?\b|(?:a |the )?CPU is (?:enough|sufficient)\b)/i;
/** What a demo, notebook or Colab needs says nothing of the repository's own code. */
const DEMO_SCOPE = /\b(demo|colab|notebook|visuali[sz]ation|playground|web ?ui)\b/i;

/** The first match of `re` on a line that is not about a demo or notebook (what those need is theirs alone). */
export function outsideDemos(
  re: RegExp,
  text: string,
  skip?: (before: string) => boolean,
): RegExpExecArray | null {
  const all = new RegExp(re.source, 'gi');
  for (const m of text.matchAll(all)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    if (skip?.(text.slice(start, m.index))) continue;
    if (!DEMO_SCOPE.test(text.slice(start, end < 0 ? undefined : end))) return m as RegExpExecArray;
  }
  return null;
}

/** "GPU needed" in "no GPU needed" is not a requirement. */
/** A statement of need that is denied or only a condition: "not require a GPU", "If you need a GPU: Runtime > …". */
export const notANeed = (before: string): boolean =>
  /\b(?:no|not|without|if|unless|whether)\s*$/i.test(before);

const GPU_OPTIONAL =
  /\b(GPUs? (?:is |are )?optional|GPUs? \(optional\)|if you have (?:a |an |access to (?:a |an )?)?(?:NVIDIA |CUDA[- ](?:capable|enabled) )?GPU|if you have (?:a |an |access to (?:a |an )?)?CUDA[- ](?:capable|enabled) device|CUDA[- ](?:capable|enabled) (?:GPU|device)s?\b[^.]{0,40}\bif (?:one is |it is |they are )?available|GPUs? (?:is |are |will be )?used (?:if|when) (?:one is |it is )?available|(?:runs?|works?|supports?) (?:on )?(?:both )?(?:a )?(?:CPUs?|GPUs?) (?:or|and) (?:a )?(?:GPUs?|CPUs?)|optional(?:ly)?,? (?:use )?(?:a )?GPU|(?:faster|speed(?:s|ed)? up|accelerated?) (?:with|on|by|using) (?:a |an )?(?:NVIDIA )?GPU|GPU (?:is )?(?:recommended but not required|not required but recommended)|if you (?:only )?want to run [^.]{0,40}? on (?:a |the )?CPUs?\b|if you (?:do not|don't) have (?:a |any )?GPUs?\b|(?:with|has) CUDA support (?:is |are )?(?:strongly |highly )?recommended|on both (?:the )?(?:CPUs? and GPUs?|GPUs? and CPUs?)|GPU \(or CPU\)|if you (?:instead )?use [^.]{0,30}\bor CPU\b|GPU support if (?:it's |it is |one is )?available|for (?:better|faster|optimal) performance\b[^.]{0,60}\bGPU|(?:while|although|though) not (?:strictly )?(?:required|necessary)\b[^.]{0,100}\bGPU|(?:strongly |highly )?recommended to (?:run|use|train)\b[^.]{0,60}\bGPU|^\s*(?:(?:[-*+]|\d+[.)])\s+)?\(optional\)(?:[^.]|\b(?:e\.g|i\.e)\.){0,120}\bGPU)/i;
export const GPU_REQUIRED =
  /\b((?:requires?|needs?|must have|you need) (?:an? |at least one )?(?:NVIDIA |CUDA[- ](?:capable|enabled) |modern )?GPUs?\b|need (?:access to )?an? (?:system|machine|computer|server) with an? (?:NVIDIA |CUDA[- ](?:capable|enabled) )?GPU\b|GPUs? (?:is |are )?(?:required|needed|necessary|mandatory)|CUDA[- ](?:capable|enabled) (?:GPU|(?:computing |compute )?device)|use an? (?:system|machine|computer|server|node|host) with (?:an? |one or more )?(?:NVIDIA |CUDA[- ](?:capable|enabled) )?GPUs?\b|(?:does not|doesn't|don't|do not|can ?not|can't) (?:yet |currently )?(?:support(?: running| training)?(?: on)?|run on|work on) (?:a |the )?CPUs?\b(?![- ](?:offload|inference|only|version|build|mode|training))|CPUs? (?:is |are )?(?:not|never) supported|\bCPU\b[^.()]{0,60}\bbut (?:is|it is) not (?:inherently |officially )?supported|GPU (?:system|machine|server|computer) is (?:required|needed|necessary)|no CPU support\b|required GPU support|GPU support (?:is )?required|only supports? (?:the )?(?:CUDA|GPUs?)\b(?!\s*[\d.]*\d)|supports? only (?:the )?(?:CUDA|GPUs?)\b(?!\s*[\d.]*\d)|CPU (?:mode|version|support|implementation) (?:is |has )?not (?:yet )?(?:been )?(?:implemented|supported|available)|(?<=\()GPU[- ]only(?=\))|(?:should|must|has to|needs to) (?:be )?run(?:ning)? on (?:an? )?(?:NVIDIA )?GPUs?\b)/i;
/**
 * A prerequisites item that begins with the GPU ("- NVIDIA GPU + CUDA CuDNN", pix2pix's line): a GPU is what the code
 * runs on. Not "- CPU or NVIDIA GPU + CUDA CuDNN", nor "- Option: NVIDIA GPU + CUDA".
 */
/**
 * "NVIDIA GPU with Compute Capability >= 3.0", "GPU(s) with compute capability of: 8.0, 8.6", a requirements item
 * "- Architecture: Volta (compute capability 7.0)": a GPU, and the oldest that will do. Not what one back-end of
 * several needs ("The CUDA implementation requires a device of at least compute capability 3.0").
 */
const GPU_CAPABILITY =
  /(?<!\b(?:CUDA|GPU) (?:implementation|version|backend|build|support)\b[^.]{0,30})(?:\b(?:GPUs?|GPU\(s\)|devices?)\s+(?:with|of)\s+(?:an?\s+)?(?:(?:CUDA\s+)?compute capability|CC)\s*(?:>=|≥|of at least|at least|of:?)?\s*|^\s*(?:[-*+]|\d+[.)])\s+Architecture:\s*[\w ]+\((?:CUDA\s+)?compute capability\s+)(\d{1,2}\.\d)\b/i;
const GPU_PREREQUISITE = /^\s*(?:[-*+]|\d+[.)])\s+(?:an? )?NVIDIA GPUs?\s*(?:\+|with|and|,)\s*CUDA\b/i;
const MULTI_GPU =
  /\b(multi[- ]?GPU|multiple GPUs|distributed (?:data[- ]parallel )?training|DistributedDataParallel)\b/i;
const MULTI_GPU_CAPABILITY =
  /\b(supports?|supported|support for|allows?|enables?|can (?:be|also|use|run|train|scale)|you can|if you (?:want|have|wish|need)|when (?:multiple|several|more than one) GPUs|(?:we )?provides?|in a distributed way|optional(?:ly)?|scal(?:e|es|able|ing) (?:up |out )?to)\b/i;
/** A list item that names a feature: "- :zap: multi-GPU training", "* Partitioning for multi-GPU training". */
const FEATURE_ITEM =
  /^\s*(?:[-*+]|\d+[.)])\s+(?::\w+:\s*|\p{Extended_Pictographic}\s*)?(?:[A-Z][\w-]*\s+){0,3}?(?:multi[- ]?GPU|multiple GPUs|distributed)\b/iu;
const DURATION =
  /\b(?:train(?:ing)?|takes?|run(?:s|ning)?|finish(?:es)?|complete[sd]?)\b[^.\n]{0,60}?\b(?:about|around|approximately|roughly|~|under|within)?\s*(\d+(?:\.\d+)?)\s*(hours?|hrs?|days?|minutes?|mins?)\b/i;
const NODES = /\b(\d+|two|four|eight)\s+(?:compute\s+|GPU\s+)?nodes\b/i;
/** GPUs on each node: what one node must have. */
const PER_NODE =
  /\b(\d+|one|two|four|eight)\s*(?:[xX×]\s*)?(?:NVIDIA\s+)?(?:[A-Z][\w-]*\s+)?GPUs?\s+(?:each|per node|on each node|per machine)\b/i;
/** "4 8-GPU nodes", "an 8-GPU machine": GPUs per node. */
const GPU_NODES = /\b(\d+)[- ]GPU (?:nodes?|machines?|servers?|hosts?)\b/i;
/** The most GPUs one machine holds (a DGX or HGX has 8, a few servers 16): a larger count is a cluster's. */
const MAX_GPUS_PER_MACHINE = 16;
/** GPUs counted across a cluster: "64 GPUs in total", "a total of 32 GPUs". */
const TOTAL_GPUS =
  /\b(?:(\d+)\s+(?:NVIDIA\s+)?(?:[A-Z][\w-]*\s+)?GPUs\s+in total|total of\s+(\d+)\s+(?:NVIDIA\s+)?(?:[A-Z][\w-]*\s+)?GPUs)\b/i;
/** Words that say the sentence describes the authors' own runs or cluster, not what running the code needs. */
const CLUSTER =
  /\b(?:we|our|the authors?)\b[^.]{0,40}?\b(?:trained|train|ran|run|used|use|pre-?trained|experiments?)\b|\b(?:was|were|been) (?:pre-?)?trained (?:on|with|using)\b|\bin total\b|\btotal of\b|\bcluster\b/i;
// "only available for …", "only if …" limit something else ("arm64 images are experimental and only available for
// r-ver 4.1.0 or later"): not a statement that the code runs on ARM alone.
const ARCH =
  /\b(?:(?:ARM64|aarch64)[^.\n]{0,30}\b(?:only\b(?!\s+(?:available|for|if|when|on|in|with|from|since|after))|required)|requires? (?:an? )?(?:ARM64|aarch64))\b/i;
const SANITY = /nvidia-smi|docker run|--gpus\s+all|nvcc --version/i;
/** A dated news item ("- [2024/03] fp8 (H100/MI300) support"): what a release added, not what running needs. */
const NEWS =
  /^\s*(?:[-*+]\s*)?(?:\*\*|__)?[[(]?(?:19|20)\d{2}[/.-]\d{1,2}(?:[/.-]\d{1,2})?[\])]?(?:\*\*|__)?\s*[:-]?\s/;

/** Thanks for hardware ("the donation of a Titan V GPU used in this work"): whom the authors owe, not what runs it. */
const THANKS =
  /\b(?:acknowledg\w*|donat(?:ed|ion|ing)|grateful(?:ly)?|thanks?\b|thanking|sponsor(?:ed|ship)?)\b/i;

/** A line's statement that the GPU is optional, or that the CPU is enough. */
function cpuStatementFacts(
  text: string,
  ev: (rule: RuleId, shown: string, priority?: 2 | 3) => Seen,
): Fact[] {
  const optional = GPU_OPTIONAL.exec(text);
  if (optional)
    return [{ type: 'gpu', requirement: 'optional', ev: ev('readme.gpu-optional', optional[0], 2) }];
  // A table row speaks of its item (one notebook, one model: "no GPU required!"), not of the repository.
  const cpuOnly = /^\s*\|/.test(text) ? null : outsideDemos(CPU_ONLY, text);
  if (cpuOnly) return [{ type: 'gpu', requirement: 'none', ev: ev('readme.cpu-only', cpuOnly[0], 2) }];
  return [];
}

/** The sentence of a line that holds a position. */
function sentenceAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/[.!?]\s[^.!?]*$/);
  const end = text.slice(index).search(/[.!?](?:\s|$)/);
  return text.slice(start < 0 ? 0 : start + 1, end < 0 ? undefined : index + end);
}

function amount(value: string, unit: string): number {
  const n = Number(value);
  return /^t/i.test(unit) ? n * 1024 : n;
}

function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** Facts from one line of prose. */
export function readmeLineFacts(file: string, line: number, text: string, versionText = text): Fact[] {
  const facts: Fact[] = [];
  const ev = (rule: RuleId, shown: string, priority: 2 | 3 = 3): Seen =>
    seen(file, line, shown, rule, priority);
  if (SANITY.test(text) || THANKS.test(text)) return facts;
  // A dated news item says what a release added: GPUs it supports are no need, but "can run on CPU now" is a CPU.
  if (NEWS.test(text)) return cpuStatementFacts(text, ev);

  const cm = COUNT_MODEL.exec(text);
  const mc = MODEL_COUNT.exec(text);
  // "4 A100-80GB nodes": a count of nodes that names their GPU, not a count of GPUs.
  const cmNodes =
    cm && /^\s*(?:nodes?|machines?|servers?|hosts?)\b/i.test(text.slice(cm.index + cm[0].length)) ? cm : null;
  const nodeCount = NODES.exec(text) ?? cmNodes;
  const perNode = PER_NODE.exec(text) ?? GPU_NODES.exec(text);
  const statedCount = cm ? countOf(cm[1]!) : mc ? Number(mc[3]) : 0;
  // More GPUs than one machine holds ("52 hours on 128 V100s") can only be the authors' cluster.
  const cluster = CLUSTER.test(text) || nodeCount !== null || statedCount > MAX_GPUS_PER_MACHINE;
  /**
   * GPUs one node must have: a per-node figure as stated; a cluster's total over its stated nodes; the count of
   * the authors' own runs stays, but as a cluster statement (a plainer count elsewhere wins over it).
   */
  const countFact = (total: number, shown: string): Fact => {
    if (perNode)
      return { type: 'gpu-count', count: countOf(perNode[1]!), ev: ev('readme.gpu-count-model', perNode[0]) };
    const nodes = nodeCount ? countOf(nodeCount[1]!) : 1;
    const count = Math.max(1, Math.ceil(total / nodes));
    return { type: 'gpu-count', count, ev: ev(cluster ? 'readme.cluster' : 'readme.gpu-count-model', shown) };
  };
  if (cmNodes) {
    const e = ev('readme.cluster', cmNodes[0]);
    facts.push({ type: 'gpu', requirement: 'required', ev: e });
    facts.push({ type: 'gpu-model', model: findGpuModel(cmNodes[3]!)?.name ?? cmNodes[3]!, ev: e });
    const nodeMemory = cmNodes[4] ?? cmNodes[2];
    if (nodeMemory) facts.push({ type: 'gpu-memory', gb: Number(nodeMemory), ev: e });
    // The GPUs of those nodes, when the sentence counts them ("(32 GPUs)"), over the nodes.
    const gpus = TOTAL_GPUS.exec(text) ?? /\b(\d+)\s+(?:NVIDIA\s+)?(?:[A-Z][\w-]*\s+)?GPUs\b/i.exec(text);
    if (gpus) facts.push(countFact(Number(gpus[1] ?? gpus[2]), gpus[0]));
  } else if (cm || mc) {
    const count = cm ? countOf(cm[1]!) : Number(mc![3]);
    const model = (cm ? cm[3] : mc![1])!;
    const mem = cm ? (cm[4] ?? cm[2]) : mc![2];
    const e = ev('readme.gpu-count-model', (cm ?? mc)![0]);
    // The authors' own runs say what they used, not what running the code needs.
    const need = cluster ? ev('readme.cluster', (cm ?? mc)![0]) : e;
    facts.push({ type: 'gpu', requirement: 'required', ev: need }, countFact(count, (cm ?? mc)![0]));
    facts.push({ type: 'gpu-model', model: findGpuModel(model)?.name ?? model.replace(/\s+/g, ' '), ev: e });
    if (mem) facts.push({ type: 'gpu-memory', gb: Number(mem), ev: e });
  } else {
    const mo = MODEL_ONLY.exec(text);
    if (mo && /\bGPU|VRAM|CUDA|train|tested|inference|run/i.test(text)) {
      const e = ev('readme.gpu-count-model', mo[0]);
      facts.push(
        { type: 'gpu-model', model: findGpuModel(mo[1]!)?.name ?? mo[1]!, ev: e },
        { type: 'gpu-hint', ev: e },
      );
      if (mo[2]) facts.push({ type: 'gpu-memory', gb: Number(mo[2]), ev: e });
    }
  }
  const total = cm || mc ? null : (TOTAL_GPUS.exec(text) ?? perNode);
  if (total) {
    const n = Number(total[1] ?? total[2] ?? NaN);
    const count = Number.isFinite(n) ? n : countOf(total[1]!);
    const e = ev(cluster ? 'readme.cluster' : 'readme.gpu-count-model', total[0]);
    facts.push({ type: 'gpu', requirement: 'required', ev: e }, countFact(count, total[0]));
  }
  for (const re of GPU_MEMORY) {
    const m = re.exec(text);
    if (m) {
      const e = ev('readme.gpu-memory', m[0]);
      // "It is recommended to have a GPU with at least 8 GB": what helps, not what it needs.
      const sentence = sentenceAt(text, m.index);
      const advised = /\brecommend/i.test(sentence) && !/\brequire/i.test(sentence);
      facts.push(
        { type: 'gpu-memory', gb: Number(m[1]), ev: e },
        { type: 'gpu', requirement: advised ? 'optional' : 'required', ev: e },
      );
      break;
    }
  }
  const ram = RAM.exec(text);
  if (ram && !/GPU|VRAM|video/i.test(text.slice(Math.max(0, ram.index - 12), ram.index + ram[0].length))) {
    facts.push({ type: 'memory', gb: amount(ram[1]!, ram[2]!), ev: ev('readme.ram', ram[0]) });
  }
  const disk = DISK.exec(text) ?? DATASET.exec(text);
  if (disk) facts.push({ type: 'disk', gb: amount(disk[1]!, disk[2]!), ev: ev('readme.disk', disk[0]) });
  // A version a release dropped ("Removed CUDA 11 support") is not one to run on.
  const cuda = DROPPED.test(versionText) ? null : CUDA.exec(versionText);
  // conda's cuda90, magma-cuda101: CUDA 9.0 and 10.1.
  // A wheel's local version in prose (`torch`: tested on v1.12.1+cu113): CUDA 11.3.
  // A major written onto the name (cuda10, cuda11): CUDA 10 and 11, as no CUDA 1.x is meant.
  const joined = cuda ? null : /\bcuda(1[0-3])\b(?!\.\d)/i.exec(versionText);
  const packed =
    cuda || joined
      ? null
      : (/\bcuda(\d{1,2})(\d)\b/i.exec(versionText) ?? /\+cu(\d{1,2})(\d)\b/.exec(versionText));
  if (cuda) facts.push({ type: 'cuda', version: cuda[1]!, ev: ev('readme.cuda', cuda[0]) });
  else if (joined) facts.push({ type: 'cuda', version: joined[1]!, ev: ev('readme.cuda', joined[0]) });
  else if (packed && Number(packed[1]) >= 7)
    facts.push({ type: 'cuda', version: `${packed[1]}.${packed[2]}`, ev: ev('readme.cuda', packed[0]) });
  const py = PYTHON.exec(versionText);
  const recommended = py ? RECOMMENDED_PYTHON.exec(versionText) : null;
  if (py)
    facts.push({
      type: 'runtime',
      name: 'python',
      version: recommended ? (recommended[1] ?? recommended[2])! : py[1]!,
      range: null,
      ev: ev('readme.python', (recommended ?? py)[0]),
    });
  // A table row lists an item (one of the languages an image ships), not the code's runtime.
  const py2 = py || /^\s*\|/.test(text) ? null : PYTHON2.exec(versionText);
  if (py2 && !DROPPED.test(sentenceAround(versionText, py2.index)))
    facts.push({
      type: 'runtime',
      name: 'python',
      version: '2.7',
      range: null,
      ev: ev('readme.python', py2[0]),
    });
  // "Requires Python 3", "Dependencies: Python3": the major alone, the weakest statement of a version.
  const py3 = py || py2 || /^\s*\|/.test(text) ? null : PYTHON3.exec(versionText);
  if (py3 && !DROPPED.test(sentenceAround(versionText, py3.index)))
    facts.push({
      type: 'runtime',
      name: 'python',
      version: '3',
      range: null,
      ev: ev('readme.python-major', py3[0]),
    });
  const os = UBUNTU.exec(versionText);
  if (os) facts.push({ type: 'os', os: `ubuntu${os[1]}`, ev: ev('readme.os', os[0]) });
  const statements = cpuStatementFacts(text, ev);
  facts.push(...statements);
  if (!statements.length) {
    const capability = GPU_CAPABILITY.exec(text);
    if (capability)
      facts.push({
        type: 'compute-capability',
        value: capability[1]!,
        ev: ev('readme.gpu-required', capability[0], 2),
      });
    const req = outsideDemos(GPU_REQUIRED, text, notANeed) ?? GPU_PREREQUISITE.exec(text) ?? capability;
    if (req)
      facts.push({ type: 'gpu', requirement: 'required', ev: ev('readme.gpu-required', req[0].trim(), 2) });
  }
  const multi = MULTI_GPU.exec(text);
  // "Supports multi-GPU training", "- multi-GPU training with Lightning" in a list of features, "when multiple GPUs
  // are present": what the code can do with several GPUs, not what it needs.
  // A title ("Distributed Training", "## Multi-GPU") names a topic of the README, not a need.
  const title = /^\s*#{1,6}\s/.test(text) || text.trim().split(/\s+/).length <= 4;
  if (multi && !title && !MULTI_GPU_CAPABILITY.test(text) && !FEATURE_ITEM.test(text)) {
    const e = ev('readme.multi-gpu', multi[0]);
    facts.push({ type: 'gpu-count', count: 2, ev: e }, { type: 'gpu', requirement: 'required', ev: e });
  }
  const dur = DURATION.exec(text);
  if (dur) {
    const n = Number(dur[1]);
    const unit = dur[2]!.toLowerCase();
    const minutes = Math.round(unit.startsWith('d') ? n * 1440 : unit.startsWith('h') ? n * 60 : n);
    if (minutes > 0) facts.push({ type: 'duration', minutes, ev: ev('readme.duration', dur[0]) });
  }
  const nodes = NODES.exec(text);
  if (nodes && /multi-?node|distributed|cluster|across|each|per node|in total/i.test(text)) {
    facts.push({ type: 'nodes', count: countOf(nodes[1]!), ev: ev('readme.nodes', nodes[0]) });
  }
  const arch = ARCH.exec(text);
  if (arch) facts.push({ type: 'arch', arch: 'aarch64', ev: ev('readme.arch', arch[0]) });
  return facts;
}

/**
 * The prose of a README line: badges and images dropped, links reduced to their text, link targets, bare URLs,
 * HTML tags and inline code removed (a badge saying "8xA100" or a URL naming a GPU is not a statement).
 */
export function proseOf(line: string): string {
  return line
    .replace(/<!--.*?-->/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/g, ' ')
    .replace(/`[^`]*`/g, ' ');
}

/**
 * The text version statements are read from: like the prose, but badges and images keep their alt text
 * ("Python 3.8+") and inline code its content (`python>=3.8`). GPU counts and models are never read from it.
 */
/**
 * What a static shields.io badge shows, from its URL (`/badge/Python-3.7-blue.svg` → "Python 3.7",
 * `/badge/python-%3E=_3.6-green` → "python >= 3.6"): `-` separates label, message and colour, `--` is a dash,
 * `_` a space, `__` an underscore.
 */
export function badgeText(url: string): string | null {
  const m = /\bimg\.shields\.io\/badge\/([^?#)"'\s]+)/.exec(url);
  if (!m) return null;
  let body = m[1]!.replace(/\.(?:svg|png)$/i, '');
  try {
    body = decodeURIComponent(body);
  } catch {
    return null;
  }
  const parts = body
    .split(/(?<!-)-(?!-)/)
    .map((p) => p.replace(/--/g, '-').replace(/__|_/g, (u) => (u === '__' ? '_' : ' ')));
  if (parts.length < 2) return null;
  const shown = parts.length >= 3 ? parts.slice(0, -1) : parts;
  return shown.join(' ').replace(/\s+/g, ' ').trim();
}

export function versionTextOf(line: string): string {
  // A badge shows what its URL says, whatever its alt text (which is often left from an older version).
  const badge = (whole: string, url: string) => ` ${badgeText(url) ?? whole} `;
  return (
    line
      .replace(/!\[[^\]]*\]\(([^)]*img\.shields\.io\/badge\/[^)]*)\)/g, (w, url: string) => badge(w, url))
      .replace(/<img\b[^>]*\bsrc=["']([^"']*img\.shields\.io\/badge\/[^"']*)["'][^>]*>/gi, (w, url: string) =>
        badge(w, url),
      )
      .replace(/<!--.*?-->/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/g, ' ')
      .replace(/`([^`]*)`/g, '$1')
      // Emphasis around a version: "Python version is >= **3.5**".
      .replace(/(\*\*|__)(\d[\w.]*)\1/g, '$2')
  );
}

/** Version requirements in the README's inline code (`pytorch>=1.7`) that name a package the knowledge base knows. */
export function inlineRequirements(file: string, line: number, raw: string): Fact[] {
  const facts: Fact[] = [];
  for (const m of raw.matchAll(/`([A-Za-z][\w.-]*\s*(?:>=|==|~=|<=|>|<)\s*\d[\w.]*)`/g)) {
    const req = parseRequirement(m[1]!.replace(/\s+/g, ''));
    if (!req || req.name.toLowerCase() === 'python' || !knownPackage('python', req.name)) continue;
    facts.push(
      ...pythonPackageFacts(req, { scope: 'main', ev: seen(file, line, m[0], 'readme.requirement', 3) }),
    );
  }
  return facts;
}

/** The text of a heading: `## Requirements`, a line that is only bold (`**Prerequisites**`), an RST title. */
function headingOf(line: string, next: string | undefined): string | null {
  const md = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line) ?? /^\s*\*\*([^*]+)\*\*:?\s*$/.exec(line);
  if (md) return md[1]!;
  if (line.trim() && next !== undefined && /^\s*([=\-~^"'`#*+])\1{2,}\s*$/.test(next)) return line.trim();
  return null;
}

/** A "GPU optional" sentence that a soft line break splits in two (neither line says it alone). */
function wrappedOptional(previous: string, line: string): string | null {
  if (!previous || /[.!?:]\s*$/.test(previous) || GPU_OPTIONAL.test(previous) || GPU_OPTIONAL.test(line))
    return null;
  return GPU_OPTIONAL.exec(`${previous.trim()} ${line.trim()}`)?.[0] ?? null;
}

/**
 * Imports of the README's Python usage code (```python blocks, or unlabelled blocks that start with an import): what the
 * project is used with (`import torch`, `from transformers import AutoModelForCausalLM`), counted as imports are,
 * only where no manifest declares them.
 */
/** Usage code that moves a model or tensors to the GPU: `.cuda()`, `.to("cuda")`, `device="cuda"`, `device_map="cuda"`. */
const USAGE_ON_GPU =
  /\.cuda\(\s*\)|\.to\(\s*["']cuda(?::\d+)?["']\s*\)|\bdevice(?:_map)?\s*=\s*["']cuda(?::\d+)?["']/;

const PIN_LINE = /^\s*([A-Za-z][\w.-]*(?:\[[\w,.-]+\])?\s*(?:==|>=|~=|<=)\s*\d[\w.*+-]*)\s*$/;

/**
 * A code block that is a requirements file pasted into the README (`torch==2.2.2` on each line, comments
 * between): its packages, as a requirements.txt's would be.
 */
function pinnedBlock(path: string, start: number, code: string[]): Fact[] {
  const lines = code.filter((l) => l.trim() && !/^\s*#/.test(l));
  if (lines.length < 2 || !lines.every((l) => PIN_LINE.test(l))) return [];
  return code.flatMap((l, i) => {
    const pin = PIN_LINE.exec(l);
    const req = pin ? parseRequirement(pin[1]!) : null;
    if (!req) return [];
    return pythonPackageFacts(req, {
      scope: 'main',
      ev: seen(path, start + i + 1, l.trim(), 'readme.requirements-block', 3),
    });
  });
}

export function usageImports(path: string, text: string, local: Set<string>): Fact[] {
  const facts: Fact[] = [];
  const lines = text.split(/\r?\n/);
  let block: { start: number; python: boolean; bare: boolean; code: string[] } | null = null;
  lines.forEach((raw, i) => {
    const fence = isFence(raw) ? /^\s*(?:```|~~~)\s*([\w+-]*)/.exec(raw) : null;
    if (fence && !block) {
      const language = fence[1]!;
      block = {
        start: i + 1,
        python: /^(?:python3?|py|ipython3?)$/i.test(language),
        bare: !language,
        code: [],
      };
      return;
    }
    if (!fence && block) return void block.code.push(raw);
    if (!block) return;
    const code = block.code.join('\n');
    const first = block.code.find((l) => l.trim())?.trim() ?? '';
    facts.push(...pinnedBlock(path, block.start, block.code));
    if (block.python || (block.bare && /^(?:import|from)\s+[A-Za-z_][\w.]*/.test(first))) {
      const start = block.start;
      facts.push(
        ...importFacts(path, code, 'readme.imports', local).map((f) =>
          'ev' in f && f.ev.line !== null ? { ...f, ev: { ...f.ev, line: f.ev.line + start } } : f,
        ),
      );
      // Usage code that puts the model on the GPU with no fallback (`model.half().cuda()`): written for a GPU.
      const onGpu = USAGE_ON_GPU.exec(code);
      if (onGpu && !usageFallback(path, code, () => null, 'readme.code-fallback'))
        facts.push({
          type: 'gpu-hint',
          ev: seen(path, start + lineAt(code, onGpu.index), onGpu[0], 'readme.code-cuda', 3),
        });
    }
    block = null;
  });
  return facts;
}

/**
 * Installation guides kept under docs/ or readme/ (docs/INSTALL.md, docs/get_started.md, readme/INSTALL.md): what
 * they state of Python, CUDA and the GPU is read as the README's is.
 */
export function guideFiles(tree: Tree): string[] {
  return tree.paths.filter((p) =>
    /^(?:docs?|readme)\/(?:install(?:ation)?|get[_-]?started|getting[_-]?started|setup|requirements)\.(md|rst)$/i.test(
      p,
    ),
  );
}

/** "X is a C++ library for …", "… written in pure C": the opening of the README says what the project is written in. */
const LIBRARY_LANGUAGE =
  /\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(C\+\+|C)(?:\d{2})?\s+(?:library|implementation|toolkit)\b|\bwritten in (?:pure |portable |standard )?(C\+\+|C)\b(?!\+|#)/;

/**
 * The language the README's opening (its first lines of prose) says the project's own code is in, C or C++: for a
 * library whose sources were trimmed to the bindings that wrap it (dlib's setup.py, ultrajson's).
 */
function libraryLanguageFacts(path: string, text: string): Fact[] {
  const opening = text.split(/\r?\n/).slice(0, 15);
  for (const [i, raw] of opening.entries()) {
    const m = LIBRARY_LANGUAGE.exec(proseOf(raw));
    if (m)
      return [
        {
          type: 'launches',
          language: m[1] ?? m[2]!,
          ev: seen(path, i + 1, m[0], 'readme.library-language', 3),
        },
      ];
  }
  return [];
}

export const readmeDetector: Detector = {
  name: 'readme',
  select: (tree) => [...readmeFiles(tree), ...guideFiles(tree)],
  async detect(input) {
    const facts: Fact[] = [];
    const local = localModules(input.tree);
    const documents = [...readmeFiles(input.tree), ...guideFiles(input.tree)];
    const main = readmeFiles(input.tree)[0];
    const mainText = main ? input.text(main) : null;
    if (main && mainText !== null) facts.push(...libraryLanguageFacts(main, mainText));
    for (const path of await withLinkedGuides(input, documents)) {
      const text = input.text(path);
      if (text === null) continue;
      facts.push(...usageImports(path, text, local));
      let inCode = false;
      let previous = '';
      let hinted = false;
      const requirements = new RequirementReader(path);
      const lines = text.split(/\r?\n/);
      lines.forEach((raw, i) => {
        if (isFence(raw)) inCode = !inCode;
        // A usage example that picks the CPU without a GPU shows the code runs on either.
        if (inCode && !hinted) {
          const hint = usageFallback(path, raw, () => i + 1, 'readme.code-fallback');
          if (hint) {
            facts.push(hint);
            hinted = true;
          }
        }
        // Code blocks are commands, not statements; the jobs detector reads launch lines in them.
        if (inCode || raw.length > 2000) {
          previous = '';
          return;
        }
        const title = headingOf(raw, lines[i + 1]);
        if (title !== null) requirements.heading(title);
        else facts.push(...requirements.line(raw, i + 1));
        facts.push(...implementationFacts(path, i + 1, title ?? raw));
        const prose = proseOf(raw);
        const versions = versionTextOf(raw);
        const lineFacts = versions.trim() ? readmeLineFacts(path, i + 1, prose, versions) : [];
        facts.push(...lineFacts, ...cudaStatedHint(lineFacts, prose, previous));
        facts.push(...inlineRequirements(path, i + 1, raw));
        const wrapped = wrappedOptional(previous, prose);
        if (wrapped)
          facts.push({
            type: 'gpu',
            requirement: 'optional',
            ev: seen(path, i + 1, wrapped, 'readme.gpu-optional', 2),
          });
        previous = prose.trim() ? prose : '';
      });
    }
    // Python 2.7 is read only where a document states no Python 3: one that does has moved on.
    const python3In = new Set(
      facts.flatMap((f) =>
        f.type === 'runtime' && f.name === 'python' && f.version?.startsWith('3') ? [f.ev.file] : [],
      ),
    );
    return facts.filter((f) => !(f.type === 'runtime' && f.version === '2.7' && python3In.has(f.ev.file)));
  },
};

/** Words that make a CUDA statement a condition or an option: "If you plan on running many images … CUDA 10.0". */
const CUDA_CONDITION = /\b(?:if|recommend\w*|optional\w*|backend|prefer\w*|want|faster|speed\w*|also)\b/i;

/**
 * A CUDA version the README states plainly ("Linux, CUDA>=10.1, GCC>=5.4", "tested on torch 2.1.0+cu118") is
 * written for a GPU: a hint that one is used. Not one stated as a condition or an option, in its line or in the
 * line that leads into it ("For CUDA backend:").
 */
function cudaStatedHint(lineFacts: Fact[], prose: string, previous: string): Fact[] {
  const cuda = lineFacts.find((f) => f.type === 'cuda' && f.ev.rule === 'readme.cuda');
  if (!cuda || !('ev' in cuda) || CUDA_CONDITION.test(prose) || CUDA_CONDITION.test(previous)) return [];
  return [{ type: 'gpu-hint', ev: cuda.ev }];
}

/** The sentence (or line) of a text around an offset. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at)) + 1;
  const ends = [text.indexOf('\n', at), text.indexOf('. ', at)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}
