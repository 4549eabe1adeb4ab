// Source code as evidence: Python imports (for repositories without a manifest), device choices that need a GPU
// or merely use one, and CUDA device code that needs Ampere.
import { cudaFromDigits, importedPackage } from '../knowledge/packages.js';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { Tree, lineAt } from './tree.js';
import type { Detector } from './types.js';

/** How many Python files are read at most (entry points and shallow files first). */
export const MAX_CODE_FILES = 120;

const ENTRY_NAMES =
  /(^|\/)(main|train|run|app|model|models|inference|infer|predict|eval|evaluate|demo|server|__main__)\.py$/;

const chosen = new WeakMap<Tree, string[]>();

export function codeFiles(tree: Tree): string[] {
  let files = chosen.get(tree);
  if (!files) {
    files = tree
      .named(/\.py$/)
      .filter((p) => !tree.ignored(p) && !/(^|\/)(setup|conftest)\.py$/.test(p))
      .map((p) => ({ p, entry: ENTRY_NAMES.test(p) ? 0 : 1, depth: Tree.depth(p) }))
      .sort((a, b) => a.entry - b.entry || a.depth - b.depth || (a.p < b.p ? -1 : 1))
      .slice(0, MAX_CODE_FILES)
      .map((x) => x.p);
    chosen.set(tree, files);
  }
  return files;
}

const IMPORT =
  /^[ \t]*(?:import[ \t]+([A-Za-z_][\w.]*(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*)*)|from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b)/gm;

/** Third-party packages imported by Python code (only those the knowledge base knows; local modules are skipped). */
export function importFacts(file: string, code: string, rule: RuleId, localModules: Set<string>): Fact[] {
  const facts: Fact[] = [];
  const found = new Set<string>();
  for (const m of code.matchAll(IMPORT)) {
    const modules = m[1] ? m[1].split(',').map((s) => s.trim()) : [m[2]!];
    for (const mod of modules) {
      const top = mod.split('.')[0]!;
      const pkg = importedPackage(mod);
      if (!pkg || found.has(pkg) || localModules.has(top)) continue;
      found.add(pkg);
      facts.push({
        type: 'package',
        ecosystem: 'pypi',
        name: pkg,
        extras: [],
        version: null,
        scope: 'main',
        conditional: false,
        variant: null,
        ev: seen(file, lineAt(code, m.index), m[0], rule, 3),
      });
    }
  }
  // A 4- or 8-bit load through transformers runs on bitsandbytes, imported or not.
  const quantized = /\bBitsAndBytesConfig\(|\bload_in_[48]bit\s*=\s*True\b/.exec(code);
  if (quantized && !found.has('bitsandbytes'))
    facts.push({
      type: 'package',
      ecosystem: 'pypi',
      name: 'bitsandbytes',
      extras: [],
      version: null,
      scope: 'main',
      conditional: false,
      variant: null,
      ev: seen(file, lineAt(code, quantized.index), quantized[0], rule, 3),
    });
  return facts;
}

const FALLBACK = [
  // Whatever the condition: "cuda" if torch.cuda.is_available() and args.cuda else "cpu", "cuda" if use_cuda
  // else "cpu" (a flag the user sets): the CPU is the other branch.
  /["']cuda(?::\d+)?["']\s+if\s+[^\n]*?\s+else\s+["']cpu["']/,
  // torch.device('cuda:0') if torch.cuda.is_available() else torch.device('cpu')
  /torch\.device\(\s*["']cuda(?::\d+)?["']\s*\)\s+if\s+[^\n]*?\s+else\s+torch\.device\(\s*["']cpu["']/,
  /["']cpu["']\s+if\s+not\s+(?:\w+\.)?cuda\.is_available\(\)/,
  // if torch.cuda.is_available():, if args.cuda and torch.cuda.is_available(): (not `if not …`, which refuses).
  /\bif\s+(?![^\n:]*\bnot\s+(?:\w+\.)?cuda\.is_available)[^\n:]*?\bcuda\.is_available\(\)[^\n:]*:/,
  /torch\.backends\.mps\.is_available\(\)/,
  // train_on_gpu = torch.cuda.is_available(), use_cuda = not args.no_cuda and torch.cuda.is_available(): a flag the
  // code branches on.
  /^[ \t]*[\w.]+\s*=\s*[^\n=]*?(?:\w+\.)?cuda\.is_available\(\)\s*$/m,
  // cuda = True if torch.cuda.is_available() else False: the same flag, written as a conditional.
  /^[ \t]*[\w.]+\s*=\s*True\s+if\s+[^\n]*?(?:\w+\.)?cuda\.is_available\(\)[^\n]*?\s+else\s+False\b/m,
  // The same as an argument: TrainingArguments(fp16=torch.cuda.is_available(), …), no_cuda=not torch.cuda.is_available().
  /\b\w+\s*=\s*(?:not\s+)?(?:torch\.)?cuda\.is_available\(\)\s*[,)]/,
  // TensorFlow 1's device list, searched for a GPU: [x.name for x in device_lib.list_local_devices() if x.device_type == 'GPU'].
  /device_lib\.list_local_devices\(\)[^\n]*device_type\s*==\s*["']GPU["']/,
  /tf\.config\.(?:experimental\.)?list_physical_devices\(\s*["']GPU["']\s*\)/,
  // A --device option left empty whose help offers the CPU: the code picks a device itself, the CPU included.
  /add_argument\(\s*["']--device["'][^)]*default\s*=\s*["']{2}[^)]*help\s*=\s*["'][^"']*\bcpu\b/,
];
const CPU_DEFAULT = [
  /add_argument\([^)]*["']--device["'][^)]*default\s*=\s*["']cpu["']/,
  // A --device the user must give on every run (no default): the device is theirs to choose.
  /add_argument\(\s*["']--device["'](?![^)]*default\s*=)[^)]*required\s*=\s*True/,
  /def\s+\w+\([^)]*\bdevice\s*(?::\s*str\s*)?=\s*["']cpu["']/,
];
const DEVICE_CUDA = /torch\.device\(\s*["']cuda(?::[^"']*)?["'](?:\.format\([^)]*\))?\s*\)/;
/** device = 'cuda' on a line of its own: the device every later .to(device) moves to. */
const DEVICE_STRING = /^[ \t]*(?:self\.)?device\s*=\s*["']cuda(?::\d+)?["'][ \t]*(?:#.*)?$/m;
/**
 * Kernels the code compiles or launches on the GPU itself: torch.utils.cpp_extension.load() of .cu sources, Numba
 * CUDA kernels, CuPy raw kernels. Not with Numba's CUDA simulator switched on.
 */
const CUDA_KERNEL = [
  // load(name=…, sources=[os.path.join(src, f) for f in ['vox.cpp', 'vox.cu']]) in a file that imports it.
  /\bcpp_extension\b[\s\S]*?\bload(?:_inline)?\(\s*[\s\S]{0,600}?["'][^"'\n]+\.cu["']/,
  /(?:@|\bnumba\.)cuda\.jit\b/,
  /\b(?:cupy|cp)\.(?:RawKernel|RawModule|ElementwiseKernel|ReductionKernel)\(/,
];
/** A file that names the CPU as a device: its torch.device("cuda") is one branch of a choice. */
const OFFERS_CPU = /["']cpu["']/;

/**
 * Whether a torch.device("cuda") is one branch of a choice: the file names the CPU, or the device is made under a
 * check for a GPU (on its line or the one before). A check that only seeds the GPUs or counts them is not a choice.
 */
function chosenDevice(code: string, match: RegExpExecArray): boolean {
  if (OFFERS_CPU.test(code)) return true;
  const lines = code.slice(0, match.index).split('\n');
  const own = lines.pop() ?? '';
  const previous = [...lines].reverse().find((l) => l.trim() !== '') ?? '';
  return /is_available\(\)/.test(own) || /is_available\(\)[^\n]*:\s*$/.test(previous);
}
const SET_DEVICE = /torch\.cuda\.set_device\(/;
const NCCL = /init_process_group\(\s*(?:backend\s*=\s*)?["']nccl["']/;
const REQUIRED = [
  // A default of "cuda" that is not the first half of a `"cuda" if … else "cpu"` fallback.
  /def\s+\w+\([^)]*\bdevice\s*=\s*["']cuda(?::\d+)?["'](?!\s+if\b)/,
  /add_argument\([^)]*["']--device["'][^)]*default\s*=\s*["']cuda(?::\d+)?["'](?!\s+if\b)/,
  SET_DEVICE,
  // torch.device('cuda:{:d}'.format(rank)), torch.device("cuda"), device = 'cuda', in a file that offers no CPU
  // (deviceFacts).
  DEVICE_CUDA,
  DEVICE_STRING,
  // Every tensor made on the GPU: torch.set_default_tensor_type('torch.cuda.FloatTensor'), set_default_device('cuda').
  // Not under a check of its own (`if torch.cuda.is_available():` on the line before).
  /^(?<!is_available\(\)\s*:[ \t]*\r?\n)[ \t]*(?!#)[^\n]*?\btorch\.set_default_(?:tensor_type\(\s*["']?torch\.cuda\.\w+|device\(\s*["']cuda)/m,
  NCCL,
];
/** Code that refuses to run without a GPU: it raises or asserts when CUDA is not available. */
const REFUSES_CPU = [
  /^[ \t]*if\s+not\s+(?:\w+\.)?cuda\.is_available\(\)\s*:\s*\n[ \t]+raise\b/m,
  /^[ \t]*assert\s+(?:\w+\.)?cuda\.is_available\(\)/m,
];

/** A message the code prints when there is no GPU and it goes on on the CPU ("NO GPU DETECTED! Falling back to CPU"). */
const CPU_MESSAGE =
  /["'][^"'\n]*?\b(?:fall(?:s|ing)?\s*back|continu(?:e|ing)|running|run(?:s)?)\s+(?:on|to|with)\s+(?:the\s+)?CPU\b[^"'\n]*["']/i;

/**
 * Code that speaks of GPUs without choosing a device in a way the rules above read: a GPU id or count option,
 * CUDA_VISIBLE_DEVICES, GPUs hidden from TensorFlow to leave their memory to JAX, a device that is the GPU unless a
 * flag says otherwise (`'cpu' if opt.no_cuda else 'cuda'`). A hint that the authors ran it on one; what else the
 * code does decides whether it needs one.
 */
const GPU_MENTION =
  /^(?![ \t]*#).*?(\b(?:gpu_ids?|gpus_per_node|num_gpus|n_gpus|ngpus|get_cuda)\b|["']--(?:gpus?|gpu[_-]ids?|ngpus|num[_-]gpus)["']|\bCUDA_VISIBLE_DEVICES\b|set_visible_devices\(\s*\[\]\s*,\s*["']GPU["']|["']cpu["']\s+if\s+(?![^\n]*is_available)[^\n]*?\s+else\s+["']cuda(?::\d+)?["'])/m;

/** A flag that runs the code on the CPU: add_argument('--no_cuda', action='store_true'), '--cpu'. */
const CPU_FLAG = /add_argument\(\s*["']-{1,2}(?:no[_-]cuda|no[_-]gpu|cpu)["'][^)]*store_true/;

/** Code that holds torch modules: torch itself, or the model libraries built on it. */
const TORCH_MODELS = /\bimport\s+torch\b|^\s*from\s+(?:torch|transformers|diffusers|peft|accelerate)\b/m;

/**
 * Whether a refusal sits under an `if` about the device the user chose (`if 'cuda' in device:` then `assert
 * torch.cuda.is_available()`, or `if args.cuda >= 0:` a few blocks up): it checks that choice, and the CPU is
 * another. A refusal inside a `try:` is caught: the code goes on (falling back to the CPU).
 */
function checksChoice(code: string, index: number): boolean {
  for (const line of enclosingBlockLines(code, index)) {
    if (/^\s*try\s*:/.test(line)) return true;
    if (
      /^\s*(?:el)?if\b[^\n]*\b(?:device|cuda|gpu|distributed|local_rank|ddp)\w*\b[^\n]*:\s*$/i.test(line) &&
      !/is_available/.test(line)
    )
      return true;
  }
  return false;
}

/** The lines that open the blocks code at `index` sits in, innermost first: each indented less than the last. */
function* enclosingBlockLines(code: string, index: number): Generator<string> {
  const before = code.slice(0, index).split('\n');
  const start = before.pop() ?? '';
  let indent = /^[ \t]*/.exec(start + code.slice(index))![0].length;
  for (const line of before.reverse()) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const depth = /^[ \t]*/.exec(line)![0].length;
    if (depth >= indent) continue;
    indent = depth;
    yield line;
    if (depth === 0) return;
  }
}

/**
 * Whether code sits in a block under `if torch.cuda.is_available():`, however deep (`if args.fp16:` inside it):
 * it runs only when there is a GPU.
 */
function underAvailabilityCheck(code: string, index: number): boolean {
  for (const line of enclosingBlockLines(code, index))
    if (
      /^\s*(?:el)?if\b(?![^\n]*\bnot\s+(?:\w+\.)?cuda\.is_available)[^\n]*\bcuda\.is_available\(\)[^\n]*:\s*$/.test(
        line,
      )
    )
      return true;
  return false;
}

/** Device choices: a hard requirement (device='cuda' defaults, NCCL) or a GPU used when present. */
export function deviceFacts(file: string, source: string): Fact[] {
  // Commented-out code (`# torch.cuda.set_device(0)`) is not run; blanked, every other line keeps its place.
  const code = source.replace(/^[ \t]*#.*$/gm, (line) => ' '.repeat(line.length));
  const facts: Fact[] = [];
  const fallback = FALLBACK.map((re) => re.exec(code)).find(Boolean);
  const cpu = CPU_DEFAULT.map((re) => re.exec(code)).find(Boolean);
  // A function's device="cuda" default gives way to a --device option of the same file that defaults to the CPU:
  // the option is what the user runs with.
  const required = REQUIRED.map((re, i) => {
    if (i === 0 && cpu) return null;
    const m = re.exec(code);
    if (m && (re === DEVICE_CUDA || re === DEVICE_STRING) && chosenDevice(code, m)) return null;
    // torch.cuda.set_device(args.cuda) under `if args.cuda >= 0:`, NCCL under `if args.distributed:`: the GPU the
    // user chose, the distributed run a launcher starts.
    if (m && underAvailabilityCheck(code, m.index)) return null;
    return m && (re === SET_DEVICE || re === NCCL) && checksChoice(code, m.index) ? null : m;
  }).find(Boolean);
  const kernel = /NUMBA_ENABLE_CUDASIM/.test(code)
    ? null
    : CUDA_KERNEL.map((re) => re.exec(code)).find(Boolean);
  if (kernel) {
    // The load( call, not the import before it.
    const line = lineAt(code, kernel.index + Math.max(0, kernel[0].search(/\bload(?:_inline)?\(/)));
    facts.push({
      type: 'gpu',
      requirement: 'required',
      ev: seen(file, line, code.split('\n')[line - 1]!.trim(), 'code.cuda-kernel', 2),
    });
  }
  const refuses = REFUSES_CPU.map((re) => re.exec(code)).find((m) => m && !checksChoice(code, m.index));
  if (refuses) {
    const line = lineAt(code, refuses.index + refuses[0].search(/\S/));
    facts.push({
      type: 'gpu',
      requirement: 'required',
      ev: seen(file, line, code.split('\n')[line - 1]!.trim(), 'code.cuda-check', 2),
    });
  }
  if (required) {
    facts.push({
      type: 'gpu',
      requirement: 'required',
      ev: seen(file, lineAt(code, required.index), required[0], 'code.cuda-default', 3),
    });
  } else if (!fallback && !cpu) {
    // .cuda() with no availability check anywhere in the file cannot run without a GPU, unless the user turns it
    // off: under `if opt.cuda:` that a --no_cuda (or --cpu) flag sets, it is the user's choice.
    const bare = /\.cuda\(\)/.exec(code);
    const flag = bare ? CPU_FLAG.exec(code) : null;
    if (bare && flag && checksChoice(code, bare.index))
      facts.push({
        type: 'gpu-hint',
        ev: seen(file, lineAt(code, flag.index), flag[0], 'code.cuda-fallback', 3),
      });
    else if (bare && TORCH_MODELS.test(code)) {
      const line = lineAt(code, bare.index);
      facts.push({
        type: 'gpu',
        requirement: 'required',
        ev: seen(file, line, code.split('\n')[line - 1] ?? bare[0], 'code.cuda-default', 3),
      });
    }
  }
  if (fallback)
    facts.push({
      type: 'gpu-hint',
      ev: seen(file, lineAt(code, fallback.index), fallback[0], 'code.cuda-fallback', 3),
    });
  // Said by the code itself, beside a fallback: the authors mean it to run on the CPU.
  const message = fallback ? CPU_MESSAGE.exec(code) : null;
  if (message)
    facts.push({
      type: 'gpu-hint',
      ev: seen(file, lineAt(code, message.index), message[0], 'code.cpu-fallback-message', 3),
    });
  if (cpu && !required)
    facts.push({
      type: 'gpu-hint',
      ev: seen(file, lineAt(code, cpu.index), cpu[0], 'code.device-cpu-default', 3),
    });
  const mention = facts.length === 0 ? GPU_MENTION.exec(code) : null;
  if (mention)
    facts.push({
      type: 'gpu-hint',
      ev: seen(
        file,
        lineAt(code, mention.index + mention[0].indexOf(mention[1]!)),
        mention[1]!,
        'code.gpu-mention',
        3,
      ),
    });
  return facts;
}

/**
 * The fallback in usage code that is not the project's own (a README's example, an example notebook): it shows
 * the code runs without a GPU, and says nothing else.
 */
export function usageFallback(
  file: string,
  code: string,
  line: (index: number) => number | null,
  rule: RuleId,
): Fact | null {
  const m = FALLBACK.map((re) => re.exec(code)).find(Boolean);
  return m ? { type: 'gpu-hint', ev: seen(file, line(m.index), m[0], rule, 3) } : null;
}

/**
 * A launcher that installs torch itself (`TORCH_INDEX_URL = "https://download.pytorch.org/whl/cu118"`) states the
 * CUDA build it installs. Only the version: whether a GPU is needed is for the rest of the evidence to say.
 */
export function torchIndexFacts(file: string, code: string): Fact[] {
  const m = /["']https?:\/\/download\.pytorch\.org\/whl\/(?:(?:nightly|test)\/)?cu(\d{2,3})\/?["']/.exec(
    code,
  );
  if (!m) return [];
  return [
    {
      type: 'cuda',
      version: cudaFromDigits(m[1]!),
      ev: seen(file, lineAt(code, m.index), m[0], 'code.torch-index', 3),
    },
  ];
}

/** `assert sys.version_info >= (3, 7)` and the like: the code states the lowest Python it runs on. */
/**
 * Syntax only Python 2 accepts: a print statement (`print "…"`, `print x`, `print >>f, x`), `except E, e:`, a
 * backquoted repr or `exec "…"`.
 */
const PYTHON2_SYNTAX =
  /^[ \t]*print[ \t]+(?:["'>]|[A-Za-z_][\w.]*(?:\([^)\n]*\)|\[[^\]\n]*\])?[ \t]*(?:$|[,%+*#]))|^[ \t]*except[ \t]+[\w.]+[ \t]*,[ \t]*\w+[ \t]*:|^[ \t]*exec[ \t]+["']/m;

export function pythonVersionFacts(file: string, code: string): Fact[] {
  // `sys.version_info >= (3, 8)`, or the check that refuses older ones: `if sys.version_info < (3, 6): sys.exit(…)`.
  const m = /sys\.version_info(?:\[:2\])?\s*(?:>=|>|<)\s*\(\s*(3|2(?=\s*,\s*7\b))\s*,\s*(\d{1,2})/.exec(code);
  if (!m) {
    // Code written for Python 2 runs on its last release, 2.7.
    const py2 = /^\s*from\s+__future__\s+import\s+print_function/m.test(code)
      ? null
      : PYTHON2_SYNTAX.exec(code);
    return py2
      ? [
          {
            type: 'runtime',
            name: 'python',
            version: '2.7',
            range: null,
            ev: seen(file, lineAt(code, py2.index), py2[0].trim(), 'code.python2', 3),
          },
        ]
      : [];
  }
  const version = `${m[1]}.${m[2]}`;
  return [
    {
      type: 'runtime',
      name: 'python',
      version,
      range: `>=${version}`,
      ev: seen(file, lineAt(code, m.index), m[0], 'code.python-version', 3),
    },
  ];
}

/** Top-level module names the repository defines itself (so `import utils` is not a package). */
export function localModules(tree: Tree): Set<string> {
  const out = new Set<string>();
  for (const p of tree.paths) {
    const first = p.split('/')[0]!;
    out.add(first.replace(/\.py$/, ''));
    const src = /^src\/([^/]+)/.exec(p);
    if (src) out.add(src[1]!.replace(/\.py$/, ''));
  }
  return out;
}

/** The packages a setup.py imports to build the project's extensions with (numpy's headers, Cython, pybind11). */
const BUILD_IMPORTS = new Set(['numpy', 'cython', 'pybind11', 'nanobind', 'torch', 'tensorflow']);

function setupScripts(tree: Tree): string[] {
  return tree
    .named(/^setup\.py$/)
    .filter((p) => !tree.ignored(p))
    .slice(0, 5);
}

export const codeDetector: Detector = {
  name: 'code',
  select: (tree) => [
    ...codeFiles(tree),
    ...cudaFiles(tree),
    ...exampleFiles(tree, /\.py$/),
    ...setupScripts(tree),
  ],
  detect(input) {
    const facts: Fact[] = [];
    const local = localModules(input.tree);
    for (const path of codeFiles(input.tree)) {
      const code = input.text(path);
      if (code === null) continue;
      facts.push(
        ...importFacts(path, code, 'py.imports', local),
        ...deviceFacts(path, code),
        ...pythonVersionFacts(path, code),
        ...torchIndexFacts(path, code),
      );
    }
    // A setup.py's other imports are packaging helpers (setuptools, versioneer); these build what it packages.
    for (const path of setupScripts(input.tree)) {
      const code = input.text(path);
      if (code === null) continue;
      facts.push(
        ...importFacts(path, code, 'py.setup-imports', local).filter(
          (f) => f.type === 'package' && BUILD_IMPORTS.has(f.name.toLowerCase()),
        ),
      );
    }
    for (const path of exampleFiles(input.tree, /\.py$/)) {
      const code = input.text(path);
      const hint =
        code === null ? null : usageFallback(path, code, (i) => lineAt(code, i), 'code.example-fallback');
      if (hint) facts.push(hint);
    }
    for (const path of cudaFiles(input.tree)) {
      const code = input.text(path);
      const m = code && /__CUDA_ARCH__\s*>=\s*(\d)(\d)0\b/.exec(code);
      if (m)
        facts.push({
          type: 'compute-capability',
          value: `${m[1]}.${m[2]}`,
          ev: seen(path, lineAt(code!, m.index), m[0], 'cpp.cuda-bf16', 2),
        });
    }
    return facts;
  },
};

function cudaFiles(tree: Tree): string[] {
  return tree.paths.filter((p) => /\.(cu|cuh)$/.test(p) && !tree.ignored(p)).slice(0, 30);
}

/** A few files of the examples folders (how the project is meant to be used), shallowest first. */
export function exampleFiles(tree: Tree, name: RegExp, limit = 20): string[] {
  return tree.paths
    .filter((p) => name.test(p) && tree.ignored(p) === 'examples')
    .sort((a, b) => Tree.depth(a) - Tree.depth(b) || (a < b ? -1 : 1))
    .slice(0, limit);
}
