// What package names say about hardware: GPU-only packages, GPU frameworks, their CPU and CUDA variants, and the
// names frameworks are published under. Python names are compared in their normalised form (PEP 503). Which
// packages are frameworks, and what each is for, comes from the knowledge base (catalog.data.ts).
import {
  knownNames,
  knownPackage,
  knownRPackage,
  normalizePython,
  recognisedImport,
  recognisedPackage,
  type KnownPackage,
} from './catalog.js';

export { normalizePython };

export type GpuRole =
  /** Cannot run without a GPU (or is a GPU build). */
  | 'only'
  /** A framework that uses a GPU when there is one: torch, tensorflow, jax. */
  | 'framework'
  /** A CPU build of a framework. */
  | 'cpu'
  | null;

export interface PackageMeaning {
  /** The framework, as published, when this package is one (tensorflow-gpu → tensorflow). */
  framework: string | null;
  gpu: GpuRole;
  vendor?: 'nvidia' | 'amd';
  /** CUDA version the package name pins (cupy-cuda12x → 12). */
  cuda?: string;
  /** The knowledge base's entry for the package (or the framework it is a build of). */
  known?: KnownPackage | null;
}

/** The published name of a Python package the knowledge base knows (tensorflow-gpu is handled as a build). */
function framework(name: string): string | null {
  return knownPackage('python', name)?.name ?? null;
}

/** Packages that need a GPU to do their job (as core dependencies, not optional extras). */
const GPU_ONLY = new Set([
  'flash-attn',
  'xformers',
  'deepspeed',
  'bitsandbytes',
  'apex',
  'triton',
  'tensorflow-gpu',
  'onnxruntime-gpu',
  'vllm',
  'tensorrt',
  'torch-tensorrt',
  'pycuda',
  'cudf',
  'cuml',
  'cugraph',
  'cupy',
  'faiss-gpu',
  'paddlepaddle-gpu',
  'auto-gptq',
  'pytorch-gpu',
  'jax-cuda12-plugin',
  'jax-cuda11-plugin',
  'nvidia-dali-cuda110',
  'nvidia-dali-cuda120',
  'cudatoolkit',
  'pytorch-cuda',
  'cuda-toolkit',
  'cuda-nvcc',
  'cuda-runtime',
  'cudnn',
]);

/**
 * Frameworks that use a GPU when there is one: the deep-learning and JAX packages the knowledge base says benefit
 * from a GPU (a GPU framework is "recommended"; libraries that merely can use one, such as xgboost, are not).
 */
function isGpuFramework(name: string): boolean {
  const k = knownPackage('python', name);
  return Boolean(k && k.gpu === 'benefits' && (k.category === 'deep-learning' || k.category === 'jax'));
}

/** CPU builds of frameworks. */
const CPU_BUILDS: Record<string, string> = {
  'tensorflow-cpu': 'tensorflow',
  'faiss-cpu': 'faiss',
  'pytorch-cpu': 'torch',
  'intel-tensorflow': 'tensorflow',
  'tensorflow-intel': 'tensorflow',
  'jax-cpu': 'jax',
};

/**
 * The framework a package belongs to, and what it says about the GPU. A PyPI name the knowledge base has no line for
 * is still a library when Debian maintains it (`distro`: not for conda names, which include C libraries such as
 * openssl and zlib).
 */
export function pythonPackage(rawName: string, extras: string[] = [], distro = true): PackageMeaning {
  const meaning = pythonBuild(rawName, extras);
  if (meaning.framework) return { ...meaning, known: knownPackage('python', meaning.framework) };
  const library = distro && meaning.gpu === null ? recognisedPackage('python', rawName) : null;
  return library
    ? { framework: normalizePython(rawName), gpu: null, known: library }
    : { ...meaning, known: null };
}

function pythonBuild(rawName: string, extras: string[]): PackageMeaning {
  const name = normalizePython(rawName);
  const ex = extras.map((e) => normalizePython(e));

  const cpu = CPU_BUILDS[name];
  if (cpu) return { framework: cpu, gpu: 'cpu' };

  // cupy-cuda12x, cupy-cuda117, cupy-rocm-5-0
  let m = /^cupy-cuda(\d{2,3})x?$/.exec(name);
  if (m) return { framework: 'cupy', gpu: 'only', vendor: 'nvidia', cuda: cudaFromDigits(m[1]!) };
  if (/^cupy-rocm/.test(name)) return { framework: 'cupy', gpu: 'only', vendor: 'amd' };
  // nvidia-cudnn-cu12, nvidia-cublas-cu11, cuml-cu12, cudf-cu11
  m = /^(nvidia-[a-z0-9-]+|cuml|cudf|cugraph|cuspatial|dask-cudf|raft-dask|pylibraft)-cu(\d{2,3})$/.exec(
    name,
  );
  if (m) {
    const base = m[1]!.startsWith('nvidia-') ? null : (framework(m[1]!) ?? m[1]!);
    return { framework: base, gpu: 'only', vendor: 'nvidia', cuda: cudaFromDigits(m[2]!) };
  }
  // NVIDIA's CUDA libraries (nvidia-cublas, nvidia-nccl …), not its packages the knowledge base knows (nvidia-ml-py,
  // the NVML bindings monitoring code imports, which copes without a GPU).
  if (/^nvidia-/.test(name) && !knownPackage('python', name))
    return { framework: null, gpu: 'only', vendor: 'nvidia' };
  // mxnet-cu112
  m = /^mxnet-cu(\d{2,3})/.exec(name);
  if (m) return { framework: 'mxnet', gpu: 'only', vendor: 'nvidia', cuda: cudaFromDigits(m[1]!) };
  if (name === 'tensorflow-gpu' || name === 'tf-nightly-gpu')
    return { framework: 'tensorflow', gpu: 'only', vendor: 'nvidia' };
  // TensorFlow's nightly builds: tf-nightly is tensorflow, tf-nightly-cpu its CPU build.
  if (name === 'tf-nightly') return { framework: 'tensorflow', gpu: 'framework' };
  if (name === 'tf-nightly-cpu') return { framework: 'tensorflow', gpu: 'cpu' };
  if (name === 'onnxruntime-gpu') return { framework: 'onnxruntime', gpu: 'only', vendor: 'nvidia' };
  if (name === 'paddlepaddle-gpu') return { framework: 'paddlepaddle', gpu: 'only', vendor: 'nvidia' };
  if (name === 'faiss-gpu' || /^faiss-gpu-cu\d+$/.test(name))
    return { framework: 'faiss', gpu: 'only', vendor: 'nvidia' };
  if (name === 'pytorch-gpu') return { framework: 'torch', gpu: 'only', vendor: 'nvidia' };
  // A known package's CUDA build published under its own name: dgl-cuda11.1 (conda), dgl-cu113, spconv-cu120.
  m = /^([a-z0-9-]+?)-cu(?:da)?(\d{2,3}|\d{1,2}-\d)x?$/.exec(name);
  if (m && framework(m[1]!)) {
    const cuda = m[2]!.includes('-') ? m[2]!.replace('-', '.') : cudaFromDigits(m[2]!);
    return { framework: framework(m[1]!), gpu: 'only', vendor: 'nvidia', cuda };
  }

  // Extras: jax[cuda12], tensorflow[and-cuda], openmm[cuda12], jax[cpu]
  const cudaExtra = ex.find((e) => /^(cuda\d*|and-cuda|cuda\d+-pip|cuda\d+-local|gpu)$/.test(e));
  if (cudaExtra && (isGpuFramework(name) || name === 'openmm' || name === 'jax')) {
    const digits = /cuda(\d+)/.exec(cudaExtra)?.[1];
    return {
      framework: framework(name) ?? name,
      gpu: 'only',
      vendor: 'nvidia',
      ...(digits ? { cuda: digits } : {}),
    };
  }
  if (ex.includes('cpu') && isGpuFramework(name)) return { framework: framework(name) ?? name, gpu: 'cpu' };

  const fw = framework(name);
  if (GPU_ONLY.has(name) || knownPackage('python', name)?.gpu === 'requires')
    return { framework: fw, gpu: 'only', vendor: 'nvidia' };
  if (isGpuFramework(name)) return { framework: fw, gpu: 'framework' };
  return { framework: fw, gpu: null };
}

/** Conda package names differ from PyPI's for a few frameworks. */
const CONDA_NAMES: Record<string, string> = {
  pytorch: 'torch',
  'pytorch-gpu': 'pytorch-gpu',
  'pytorch-cpu': 'pytorch-cpu',
  'py-xgboost-gpu': 'xgboost',
  'tensorflow-gpu': 'tensorflow-gpu',
  'tensorflow-cpu': 'tensorflow-cpu',
  'py-opencv': 'opencv-python',
  libopencv: 'opencv-python',
};

/**
 * Conda names Debian also ships as Python libraries (python3-openssl is pyOpenSSL) that are C libraries and tools
 * in conda: not frameworks. Names starting lib or _ are C libraries too.
 */
const CONDA_NATIVE = new Set([
  'openssl',
  'freetype',
  'libtiff',
  'zstd',
  'cairo',
  'icu',
  'libxml2',
  'pcre',
  'dbus',
  'sip',
  'yaml',
  'git',
  'zlib',
  'sqlite',
  'readline',
  'tk',
  'xz',
  'ncurses',
  'bzip2',
  'jpeg',
  'expat',
  'krb5',
  'curl',
  'glib',
  'gettext',
  'gmp',
  'mpfr',
  'hdf5',
  'proj',
  'geos',
  'nodejs',
  'nccl',
  'cmake',
  'make',
  'gcc',
  'gxx',
  'boost',
  'eigen',
  'fftw',
  'openmpi',
  'mpich',
  'ffmpeg',
  'graphviz',
  'pandoc',
]);

export function condaPackage(rawName: string): PackageMeaning & { pypiName: string } {
  const name = rawName.toLowerCase();
  if (name === 'cpuonly') return { framework: null, gpu: 'cpu', pypiName: name };
  // conda-forge's R packages: r-ggplot2 is CRAN's ggplot2 (conda lower-cases the name).
  const r = /^r-(.+)$/.exec(name);
  if (r && name !== 'r-base') {
    const known = knownRPackage(r[1]!);
    return { framework: known?.name ?? null, gpu: null, known, pypiName: name };
  }
  if (name === 'py-xgboost-gpu')
    return { framework: 'xgboost', gpu: 'only', vendor: 'nvidia', pypiName: 'xgboost' };
  // conda-forge names PyG's companions pytorch-scatter, pytorch-sparse …; PyPI, torch-scatter, torch-sparse.
  const pyg = /^pytorch-(scatter|sparse|cluster|spline-conv)$/.exec(name);
  const pypiName = CONDA_NAMES[name] ?? (pyg ? `torch-${pyg[1]}` : name);
  const native = CONDA_NATIVE.has(pypiName) || /^(?:lib|_)/.test(pypiName);
  return { ...pythonPackage(pypiName, [], !native), pypiName };
}

/** "121" → "12.1", "118" → "11.8", "12" → "12", "102" → "10.2", "110" → "11.0". */
export function cudaFromDigits(digits: string): string {
  // cu90, cuda92: CUDA 9.0 and 9.2 (before CUDA 10 a version packed into two digits); cu12: CUDA 12.
  if (digits.length === 2 && Number(digits) >= 70) return `${digits[0]}.${digits[1]}`;
  if (digits.length <= 2) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2)}`;
}

/** The Python package an imported module comes from, when the knowledge base or Debian knows it. */
export function importedPackage(module: string): string | null {
  return recognisedImport(module)?.name ?? null;
}

/** R packages that mean a GPU (torch for R downloads CUDA builds; gpuR, tensorflow with GPU). */
export const R_GPU_PACKAGES = new Set(['torch', 'gpuR', 'cuda.ml']);

/** Julia packages: CUDA.jl needs an NVIDIA GPU, AMDGPU.jl an AMD one. */
export const JULIA_GPU: Record<string, 'nvidia' | 'amd'> = { CUDA: 'nvidia', AMDGPU: 'amd', cuDNN: 'nvidia' };
export const JULIA_FRAMEWORKS = knownNames('julia');

/** npm packages with GPU meaning. */
export const NPM_GPU: Record<string, GpuRole> = {
  '@tensorflow/tfjs-node-gpu': 'only',
  '@tensorflow/tfjs-node': 'cpu',
  'gpu.js': 'framework',
};
/** The project an npm package is part of, as the knowledge base names it (`@lumino/widgets` → lumino). */
export function npmFramework(name: string): string | null {
  return recognisedPackage('node', name)?.name ?? null;
}

/** Rust crates that drive NVIDIA GPUs. */
export const CARGO_GPU = new Set(['cudarc', 'cust', 'rustacuda', 'candle-kernels', 'tch']);

/**
 * Python packages built on a framework they do not always declare (xformers, timm and peft run on torch; flax and
 * optax on jax): declaring one names the framework too.
 */
export const BUILT_ON: Readonly<Record<string, string>> = {
  torchvision: 'torch',
  torchaudio: 'torch',
  torchtext: 'torch',
  xformers: 'torch',
  'flash-attn': 'torch',
  'pytorch-lightning': 'torch',
  lightning: 'torch',
  timm: 'torch',
  accelerate: 'torch',
  peft: 'torch',
  trl: 'torch',
  deepspeed: 'torch',
  torchmetrics: 'torch',
  bitsandbytes: 'torch',
  'sentence-transformers': 'torch',
  pytorch3d: 'torch',
  'torch-geometric': 'torch',
  'torch-scatter': 'torch',
  'torch-sparse': 'torch',
  'torch-cluster': 'torch',
  detectron2: 'torch',
  mmcv: 'torch',
  fairseq: 'torch',
  kornia: 'torch',
  spconv: 'torch',
  flax: 'jax',
  optax: 'jax',
  'dm-haiku': 'jax',
  equinox: 'jax',
  chex: 'jax',
  'tf-keras': 'tensorflow',
};
