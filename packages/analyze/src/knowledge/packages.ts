// What package names say about hardware: GPU-only packages, GPU frameworks, their CPU and CUDA variants, and the
// names frameworks are published under. Python names are compared in their normalised form (PEP 503).

/** PEP 503: lower case, runs of "-", "_" and "." become one "-". */
export function normalizePython(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

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
}

/** Frameworks reported in requirements.frameworks, by normalised package name → published name. */
const FRAMEWORKS: Record<string, string> = {
  torch: 'torch',
  pytorch: 'torch',
  torchvision: 'torchvision',
  torchaudio: 'torchaudio',
  tensorflow: 'tensorflow',
  keras: 'keras',
  'tf-keras': 'tf-keras',
  jax: 'jax',
  jaxlib: 'jaxlib',
  flax: 'flax',
  transformers: 'transformers',
  diffusers: 'diffusers',
  accelerate: 'accelerate',
  deepspeed: 'deepspeed',
  'pytorch-lightning': 'pytorch-lightning',
  lightning: 'lightning',
  'scikit-learn': 'scikit-learn',
  sklearn: 'scikit-learn',
  xgboost: 'xgboost',
  lightgbm: 'lightgbm',
  catboost: 'catboost',
  cupy: 'cupy',
  numba: 'numba',
  triton: 'triton',
  mxnet: 'mxnet',
  paddlepaddle: 'paddlepaddle',
  onnxruntime: 'onnxruntime',
  onnx: 'onnx',
  tensorrt: 'tensorrt',
  vllm: 'vllm',
  'flash-attn': 'flash-attn',
  xformers: 'xformers',
  bitsandbytes: 'bitsandbytes',
  apex: 'apex',
  cudf: 'cudf',
  cuml: 'cuml',
  cugraph: 'cugraph',
  dgl: 'dgl',
  'torch-geometric': 'torch-geometric',
  'torch-scatter': 'torch-scatter',
  faiss: 'faiss',
  'sentence-transformers': 'sentence-transformers',
  peft: 'peft',
  trl: 'trl',
  timm: 'timm',
  'opencv-python': 'opencv-python',
  numpy: 'numpy',
  scipy: 'scipy',
  pandas: 'pandas',
  'jax-md': 'jax-md',
  pycuda: 'pycuda',
  'llama-cpp-python': 'llama-cpp-python',
  spacy: 'spacy',
  gym: 'gym',
  gymnasium: 'gymnasium',
  'stable-baselines3': 'stable-baselines3',
  ray: 'ray',
  horovod: 'horovod',
  mpi4py: 'mpi4py',
  pyspark: 'pyspark',
  dask: 'dask',
  'auto-gptq': 'auto-gptq',
  optimum: 'optimum',
  openmm: 'openmm',
};

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

/** Frameworks that use a GPU when there is one. */
const GPU_FRAMEWORKS = new Set([
  'torch',
  'pytorch',
  'tensorflow',
  'jax',
  'jaxlib',
  'mxnet',
  'paddlepaddle',
  'keras',
]);

/** CPU builds of frameworks. */
const CPU_BUILDS: Record<string, string> = {
  'tensorflow-cpu': 'tensorflow',
  'faiss-cpu': 'faiss',
  'pytorch-cpu': 'torch',
  'intel-tensorflow': 'tensorflow',
  'tensorflow-intel': 'tensorflow',
  'jax-cpu': 'jax',
};

/** The framework a package belongs to, and what it says about the GPU. */
export function pythonPackage(rawName: string, extras: string[] = []): PackageMeaning {
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
    const base = m[1]!.startsWith('nvidia-') ? null : (FRAMEWORKS[m[1]!] ?? m[1]!);
    return { framework: base, gpu: 'only', vendor: 'nvidia', cuda: cudaFromDigits(m[2]!) };
  }
  if (/^nvidia-/.test(name)) return { framework: null, gpu: 'only', vendor: 'nvidia' };
  // mxnet-cu112
  m = /^mxnet-cu(\d{2,3})/.exec(name);
  if (m) return { framework: 'mxnet', gpu: 'only', vendor: 'nvidia', cuda: cudaFromDigits(m[1]!) };
  if (name === 'tensorflow-gpu') return { framework: 'tensorflow', gpu: 'only', vendor: 'nvidia' };
  if (name === 'onnxruntime-gpu') return { framework: 'onnxruntime', gpu: 'only', vendor: 'nvidia' };
  if (name === 'paddlepaddle-gpu') return { framework: 'paddlepaddle', gpu: 'only', vendor: 'nvidia' };
  if (name === 'faiss-gpu' || /^faiss-gpu-cu\d+$/.test(name))
    return { framework: 'faiss', gpu: 'only', vendor: 'nvidia' };
  if (name === 'pytorch-gpu') return { framework: 'torch', gpu: 'only', vendor: 'nvidia' };

  // Extras: jax[cuda12], tensorflow[and-cuda], openmm[cuda12], jax[cpu]
  const cudaExtra = ex.find((e) => /^(cuda\d*|and-cuda|cuda\d+-pip|cuda\d+-local|gpu)$/.test(e));
  if (cudaExtra && (GPU_FRAMEWORKS.has(name) || name === 'openmm' || name === 'jax')) {
    const digits = /cuda(\d+)/.exec(cudaExtra)?.[1];
    return {
      framework: FRAMEWORKS[name] ?? name,
      gpu: 'only',
      vendor: 'nvidia',
      ...(digits ? { cuda: digits } : {}),
    };
  }
  if (ex.includes('cpu') && GPU_FRAMEWORKS.has(name))
    return { framework: FRAMEWORKS[name] ?? name, gpu: 'cpu' };

  const framework = FRAMEWORKS[name] ?? null;
  if (GPU_ONLY.has(name)) return { framework, gpu: 'only', vendor: 'nvidia' };
  if (GPU_FRAMEWORKS.has(name)) return { framework, gpu: 'framework' };
  return { framework, gpu: null };
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

export function condaPackage(rawName: string): PackageMeaning & { pypiName: string } {
  const name = rawName.toLowerCase();
  if (name === 'cpuonly') return { framework: null, gpu: 'cpu', pypiName: name };
  if (name === 'py-xgboost-gpu')
    return { framework: 'xgboost', gpu: 'only', vendor: 'nvidia', pypiName: 'xgboost' };
  const pypiName = CONDA_NAMES[name] ?? name;
  return { ...pythonPackage(pypiName), pypiName };
}

/** "121" → "12.1", "118" → "11.8", "12" → "12", "102" → "10.2", "110" → "11.0". */
export function cudaFromDigits(digits: string): string {
  if (digits.length <= 2) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2)}`;
}

/** Names as imported → the package that provides them (for repositories with no manifest). */
export const IMPORT_PACKAGES: Record<string, string> = {
  torch: 'torch',
  torchvision: 'torchvision',
  torchaudio: 'torchaudio',
  tensorflow: 'tensorflow',
  keras: 'keras',
  jax: 'jax',
  flax: 'flax',
  transformers: 'transformers',
  diffusers: 'diffusers',
  accelerate: 'accelerate',
  deepspeed: 'deepspeed',
  pytorch_lightning: 'pytorch-lightning',
  lightning: 'lightning',
  sklearn: 'scikit-learn',
  xgboost: 'xgboost',
  lightgbm: 'lightgbm',
  cupy: 'cupy',
  numba: 'numba',
  triton: 'triton',
  mxnet: 'mxnet',
  paddle: 'paddlepaddle',
  onnxruntime: 'onnxruntime',
  tensorrt: 'tensorrt',
  vllm: 'vllm',
  flash_attn: 'flash-attn',
  xformers: 'xformers',
  bitsandbytes: 'bitsandbytes',
  apex: 'apex',
  cudf: 'cudf',
  cuml: 'cuml',
  dgl: 'dgl',
  torch_geometric: 'torch-geometric',
  faiss: 'faiss',
  sentence_transformers: 'sentence-transformers',
  peft: 'peft',
  timm: 'timm',
  cv2: 'opencv-python',
  numpy: 'numpy',
  scipy: 'scipy',
  pandas: 'pandas',
  pycuda: 'pycuda',
  spacy: 'spacy',
  gym: 'gym',
  gymnasium: 'gymnasium',
  ray: 'ray',
  horovod: 'horovod',
  mpi4py: 'mpi4py',
  pyspark: 'pyspark',
  dask: 'dask',
  matplotlib: 'matplotlib',
  seaborn: 'seaborn',
  PIL: 'pillow',
  yaml: 'pyyaml',
  requests: 'requests',
  tqdm: 'tqdm',
};

/** R packages that mean a GPU (torch for R downloads CUDA builds; gpuR, tensorflow with GPU). */
export const R_GPU_PACKAGES = new Set(['torch', 'gpuR', 'cuda.ml']);
export const R_FRAMEWORKS = new Set([
  'torch',
  'keras',
  'keras3',
  'tensorflow',
  'xgboost',
  'lightgbm',
  'caret',
  'tidymodels',
  'mlr3',
]);

/** Julia packages: CUDA.jl needs an NVIDIA GPU, AMDGPU.jl an AMD one. */
export const JULIA_GPU: Record<string, 'nvidia' | 'amd'> = { CUDA: 'nvidia', AMDGPU: 'amd', cuDNN: 'nvidia' };
export const JULIA_FRAMEWORKS = new Set([
  'Flux',
  'Lux',
  'CUDA',
  'AMDGPU',
  'MLJ',
  'DifferentialEquations',
  'Knet',
  'cuDNN',
]);

/** npm packages with GPU meaning. */
export const NPM_GPU: Record<string, GpuRole> = {
  '@tensorflow/tfjs-node-gpu': 'only',
  '@tensorflow/tfjs-node': 'cpu',
  'gpu.js': 'framework',
};
export const NPM_FRAMEWORKS: Record<string, string> = {
  '@tensorflow/tfjs-node-gpu': '@tensorflow/tfjs-node-gpu',
  '@tensorflow/tfjs-node': '@tensorflow/tfjs-node',
  '@tensorflow/tfjs': '@tensorflow/tfjs',
  'onnxruntime-node': 'onnxruntime-node',
  '@xenova/transformers': '@xenova/transformers',
  '@huggingface/transformers': '@huggingface/transformers',
};

/** Rust crates that drive NVIDIA GPUs. */
export const CARGO_GPU = new Set(['cudarc', 'cust', 'rustacuda', 'candle-kernels', 'tch']);
export const CARGO_FRAMEWORKS = new Set(['candle-core', 'burn', 'tch', 'ort', 'cudarc', 'ndarray', 'polars']);
