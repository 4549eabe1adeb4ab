import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { codeDetector, deviceFacts, importFacts, pythonVersionFacts, torchIndexFacts } from './code.js';

describe('Python code', () => {
  it('names known third-party packages from imports, not local modules', () => {
    const facts = importFacts(
      'a.py',
      'import os, torch\nfrom transformers import X\nimport utils\nimport sklearn.metrics\n',
      'py.imports',
      new Set(['utils']),
    );
    expect(facts.map((f) => (f.type === 'package' ? [f.name, f.ev.line] : null))).toEqual([
      ['torch', 1],
      ['transformers', 2],
      ['scikit-learn', 4],
    ]);
  });

  it.each([
    ["def train(model, device='cuda'):\n    pass\n", 'required'],
    ["parser.add_argument('--device', default='cuda')\n", 'required'],
    ["import torch.distributed as dist\ndist.init_process_group(backend='nccl')\n", 'required'],
    ['import torch\nmodel = Net().cuda()\n', 'required'],
    ["import torch\ndevice = 'cuda' if torch.cuda.is_available() else 'cpu'\nmodel.cuda()\n", 'hint'],
    ['import torch\ntrain_on_gpu = torch.cuda.is_available()\nif train_on_gpu:\n    model.cuda()\n', 'hint'],
    ["parser.add_argument('--device', default='', help='cuda device, i.e. 0 or 0,1 or cpu')\n", 'hint'],
    ['x = 1\n', null],
  ])('reads %j as %s', (code, expected) => {
    const facts = deviceFacts('a.py', code);
    const level = facts.find((f) => f.type === 'gpu')
      ? 'required'
      : facts.find((f) => f.type === 'gpu-hint')
        ? 'hint'
        : null;
    expect(level).toBe(expected);
  });

  it('reads __CUDA_ARCH__ >= 800 in CUDA sources as Ampere or newer, and leaves vendored code alone', async () => {
    const facts = await factsOf(codeDetector, {
      'src/k.cu': '#if __CUDA_ARCH__ >= 800\n#endif\n',
      'third_party/x/train.py': 'import torch\nmodel.cuda()\n',
    });
    expect(ofType(facts, 'compute-capability')).toEqual([expect.objectContaining({ value: '8.0' })]);
    expect(ofType(facts, 'gpu')).toEqual([]);
  });

  it('reads a CPU default for --device as a GPU that helps, and it suppresses a bare .cuda()', () => {
    const facts = deviceFacts(
      'main.py',
      "import torch\nparser.add_argument('--device', type=str, default='cpu')\nx = x.cuda()\n",
    );
    expect(facts).toEqual([
      expect.objectContaining({
        type: 'gpu-hint',
        ev: expect.objectContaining({ rule: 'code.device-cpu-default', line: 2 }),
      }),
    ]);
  });

  it('reads a --device default chosen by availability as a fallback, not a requirement', () => {
    const facts = deviceFacts(
      'train.py',
      'import torch\nparser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")\n',
    );
    expect(facts.map((f) => [f.type, 'ev' in f ? f.ev.rule : null])).toEqual([
      ['gpu-hint', 'code.cuda-fallback'],
    ]);
  });

  it('reads a sys.version_info check as the lowest Python', () => {
    expect(pythonVersionFacts('nb.py', 'import sys\nassert sys.version_info >= (3, 7)\n')).toEqual([
      expect.objectContaining({
        name: 'python',
        version: '3.7',
        range: '>=3.7',
        ev: expect.objectContaining({ line: 2 }),
      }),
    ]);
  });

  it.each([
    ['print "loading"\n', 1],
    ['rows = read()\nprint "read %d rows" % len(rows)\n', 2],
    ['print df.head()\n', 1],
    ['import os\nprint >>sys.stderr, "x"\n', 2],
    ['try:\n    f()\nexcept IOError, e:\n    pass\n', 3],
  ])('reads Python 2 syntax as Python 2.7: %j', (code, line) => {
    expect(pythonVersionFacts('old.py', code)).toEqual([
      expect.objectContaining({
        version: '2.7',
        ev: expect.objectContaining({ rule: 'code.python2', line }),
      }),
    ]);
  });

  it.each([
    'print("x")\n',
    'print (x)\n',
    'from __future__ import print_function\nprint "x"\n',
    'print = logger.info\n',
    '    print the table of results, one row per run\n',
    'except (IOError, OSError) as e:\n',
  ])('reads no Python 2 from %j', (code) => {
    expect(pythonVersionFacts('new.py', code)).toEqual([]);
  });

  it('reads a --device the user must give as their choice of device', () => {
    const facts = deviceFacts(
      'inference.py',
      "parser.add_argument('--device', type=str, required=True)\nmodel = Net().eval().to(args.device)\n",
    );
    expect(facts.flatMap((f) => ('ev' in f ? [f.ev.rule] : []))).toContain('code.device-cpu-default');
    const defaulted = deviceFacts('x.py', "parser.add_argument('--device', default='cuda', required=True)\n");
    expect(defaulted.flatMap((f) => ('ev' in f ? [f.ev.rule] : []))).not.toContain('code.device-cpu-default');
  });

  it('reads code that refuses to run without CUDA as requiring a GPU', () => {
    const raises = deviceFacts(
      'pkg/__init__.py',
      'import torch\nif not torch.cuda.is_available():\n    raise RuntimeError("GPU only")\n',
    );
    expect(raises).toEqual([
      expect.objectContaining({
        type: 'gpu',
        requirement: 'required',
        ev: expect.objectContaining({ rule: 'code.cuda-check', line: 2 }),
      }),
    ]);
    const asserts = deviceFacts('train.py', 'import torch\nassert torch.cuda.is_available()\n');
    expect(asserts.map((f) => f.type === 'gpu' && f.ev.rule)).toEqual(['code.cuda-check']);
    const warns = deviceFacts(
      'train.py',
      'import torch\nif not torch.cuda.is_available():\n    print("slow")\n',
    );
    expect(warns.filter((f) => f.type === 'gpu')).toEqual([]);
  });

  it('reads tensors made on the GPU by default as a requirement, unless under an availability check', () => {
    const nerf =
      'import torch\ndevice = torch.device("cuda" if torch.cuda.is_available() else "cpu")\nif __name__ == "__main__":\n    torch.set_default_tensor_type("torch.cuda.FloatTensor")\n    train()\n';
    expect(deviceFacts('run_nerf.py', nerf).map((f) => [f.type, 'ev' in f ? f.ev.rule : null])).toEqual([
      ['gpu', 'code.cuda-default'],
      ['gpu-hint', 'code.cuda-fallback'],
    ]);
    // Commented-out code is not run.
    const commented =
      'import torch\ndevice = torch.device("cuda" if torch.cuda.is_available() else "cpu")\n# torch.cuda.set_device(0)  # set GPU ID\n';
    expect(deviceFacts('main_test.py', commented).map((f) => [f.type, 'ev' in f ? f.ev.rule : null])).toEqual(
      [['gpu-hint', 'code.cuda-fallback']],
    );
    const checked = 'import torch\nif torch.cuda.is_available():\n    torch.set_default_device("cuda")\n';
    expect(deviceFacts('run.py', checked).filter((f) => f.type === 'gpu')).toEqual([]);
    // However deep under the check.
    const nested = [
      'import torch',
      'if torch.cuda.is_available():',
      '    torch.backends.cudnn.enabled = True',
      '    if(args.fp16):',
      '        torch.set_default_tensor_type(torch.cuda.HalfTensor)',
    ].join('\n');
    expect(deviceFacts('inference_video.py', nested).filter((f) => f.type === 'gpu')).toEqual([]);
  });

  it('reads `cuda = True if torch.cuda.is_available() else False` as a flag the code branches on', () => {
    const code =
      'import torch\ncuda = True if torch.cuda.is_available() else False\nif cuda:\n    generator.cuda()\n';
    expect(deviceFacts('acgan.py', code).map((f) => [f.type, 'ev' in f ? f.ev.rule : null])).toEqual([
      ['gpu-hint', 'code.cuda-fallback'],
    ]);
  });

  it('reads the CUDA build a launcher installs torch from, as a version only', () => {
    const code =
      'import os\ntorch_index_url = os.environ.get("TORCH_INDEX_URL", "https://download.pytorch.org/whl/cu118")\n';
    expect(torchIndexFacts('launch.py', code)).toEqual([
      expect.objectContaining({
        type: 'cuda',
        version: '11.8',
        ev: expect.objectContaining({ rule: 'code.torch-index', line: 2 }),
      }),
    ]);
    expect(torchIndexFacts('launch.py', 'url = "https://download.pytorch.org/whl/cpu"\n')).toEqual([]);
  });

  it('reads a message that the code goes on on the CPU, beside a fallback', () => {
    const code =
      'import torch\nif torch.cuda.is_available():\n    log.info("Found GPU")\nelse:\n    log.info("NO GPU DETECTED! Falling back to CPU")\n';
    expect(
      deviceFacts('run_inference.py', code).map((f) => ('ev' in f ? [f.ev.rule, f.ev.line] : null)),
    ).toEqual([
      ['code.cuda-fallback', 2],
      ['code.cpu-fallback-message', 5],
    ]);
  });

  it('reads an availability check through any name torch is imported as', () => {
    const facts = deviceFacts(
      'separate.py',
      'import torch as th\ndevice = "cuda" if th.cuda.is_available() else "cpu"\n',
    );
    expect(facts.map((f) => f.type === 'gpu-hint' && f.ev.rule)).toEqual(['code.cuda-fallback']);
  });

  it('lets a --device option that defaults to the CPU outweigh a function default of "cuda"', () => {
    const code =
      'import torch\ndef load(config, device="cuda"):\n    pass\nparser.add_argument(\n    "--device",\n    choices=["cpu", "cuda"],\n    default="cpu"\n)\n';
    const facts = deviceFacts('txt2img.py', code);
    expect(facts.filter((f) => f.type === 'gpu')).toEqual([]);
    expect(facts.map((f) => f.type === 'gpu-hint' && f.ev.rule)).toEqual(['code.device-cpu-default']);
  });

  it('reads the device choices of example scripts and notebooks as fallbacks only', async () => {
    const facts = await factsOf(codeDetector, {
      'pkg/model.py': 'import torch\n',
      'examples/run.py':
        "import torch\ndevice = torch.device('cuda' if torch.cuda.is_available() else 'cpu')\nmodel.cuda()\n",
    });
    expect(ofType(facts, 'gpu')).toEqual([]);
    expect(ofType(facts, 'gpu-hint').map((h) => [h.ev.rule, h.ev.file])).toEqual([
      ['code.example-fallback', 'examples/run.py'],
    ]);
    const flag = deviceFacts('n.py', 'import torch as th\nhas_cuda = th.cuda.is_available()\n');
    expect(flag.map((f) => f.type === 'gpu-hint' && f.ev.rule)).toEqual(['code.cuda-fallback']);
  });

  it('reads a fallback with more conditions beside the availability check, and a check of the chosen device', () => {
    const withFlag = deviceFacts(
      'ppo.py',
      'import torch\ndevice = torch.device("cuda" if torch.cuda.is_available() and args.cuda else "cpu")\nmodel.to(device)\n',
    );
    expect(withFlag.map((f) => [f.type, 'ev' in f ? f.ev.rule : null])).toEqual([
      ['gpu-hint', 'code.cuda-fallback'],
    ]);
    const flagFirst = deviceFacts(
      'a.py',
      'import torch\nif args.cuda and torch.cuda.is_available():\n    net.cuda()\n',
    );
    expect(flagFirst.map((f) => [f.type, 'ev' in f ? f.ev.rule : null])).toEqual([
      ['gpu-hint', 'code.cuda-fallback'],
    ]);
    // `assert` under `if 'cuda' in device:` checks the user's choice; the CPU is another.
    const choice = deviceFacts(
      'api.py',
      "import torch\ndevice = 'cpu'\nif torch.cuda.is_available(): device = 'cuda'\nif 'cuda' in device:\n    assert torch.cuda.is_available()\n",
    );
    expect(choice.filter((f) => f.type === 'gpu' && f.requirement === 'required')).toEqual([]);
  });

  it('reads flags set from availability, TensorFlow 1 device lists, and torch.device("cuda") only where no CPU is offered', () => {
    const flag = deviceFacts(
      'train.py',
      'import torch\nargs.cuda = not args.no_cuda and torch.cuda.is_available()\n',
    );
    expect(flag.map((f) => 'ev' in f && f.ev.rule)).toEqual(['code.cuda-fallback']);
    const tf1 = deviceFacts(
      'LightGCN.py',
      "from tensorflow.python.client import device_lib\ngpus = [x.name for x in device_lib.list_local_devices() if x.device_type == 'GPU']\n",
    );
    expect(tf1.map((f) => 'ev' in f && f.ev.rule)).toEqual(['code.cuda-fallback']);
    const always = deviceFacts('train.py', "import torch\ndevice = torch.device('cuda:{:d}'.format(rank))\n");
    expect(always.map((f) => f.type === 'gpu' && [f.requirement, f.ev.rule])).toEqual([
      ['required', 'code.cuda-default'],
    ]);
    const branch = deviceFacts(
      'infer.py',
      'import torch\nif torch.cuda.is_available():\n    device = torch.device("cuda")\nelse:\n    device = torch.device("cpu")\n',
    );
    expect(branch.filter((f) => f.type === 'gpu')).toEqual([]);
    const underCheck = deviceFacts(
      'infer.py',
      'import torch\nif torch.cuda.is_available():\n    device = torch.device("cuda")\nmodel.to(device)\n',
    );
    expect(underCheck.filter((f) => f.type === 'gpu')).toEqual([]);
    // A check that only seeds the GPUs and counts them chooses nothing: training still runs on cuda:rank.
    const seedsOnly = deviceFacts(
      'train.py',
      [
        'import torch',
        'def train(rank, h):',
        "    device = torch.device('cuda:{:d}'.format(rank))",
        'def main():',
        '    if torch.cuda.is_available():',
        '        torch.cuda.manual_seed(h.seed)',
        '        h.num_gpus = torch.cuda.device_count()',
      ].join('\n'),
    );
    expect(seedsOnly.map((f) => f.type === 'gpu' && [f.requirement, f.ev.rule])).toContainEqual([
      'required',
      'code.cuda-default',
    ]);
  });

  it("reads device = 'cuda' and kernels the code builds or launches on the GPU as a requirement", () => {
    const rules = (code: string) =>
      deviceFacts('x.py', code).flatMap((f) => (f.type === 'gpu' ? [[f.requirement, f.ev.rule]] : []));
    expect(rules("import torch\ndef main():\n    device = 'cuda'\n    model.to(device)\n")).toEqual([
      ['required', 'code.cuda-default'],
    ]);
    expect(rules("import torch\ndevice = 'cuda'\nif args.cpu:\n    device = 'cpu'\n")).toEqual([]);
    expect(
      rules("from torch.utils.cpp_extension import load\n_b = load(name='_b',\n  sources=['vox/vox.cu'])\n"),
    ).toEqual([['required', 'code.cuda-kernel']]);
    expect(rules('from numba import cuda\n@cuda.jit\ndef add(a, b):\n    pass\n')).toEqual([
      ['required', 'code.cuda-kernel'],
    ]);
    expect(rules("import os\nos.environ['NUMBA_ENABLE_CUDASIM'] = '1'\njit = numba.cuda.jit(fn)\n")).toEqual(
      [],
    );
    expect(rules("import cupy as cp\nk = cp.RawKernel(src, 'corr')\n")).toEqual([
      ['required', 'code.cuda-kernel'],
    ]);
  });

  it('takes code that speaks of GPUs without choosing a device as a hint, not a requirement', () => {
    const mention = deviceFacts('train.py', 'import torch\ndevice = util.get_cuda(args.gpu_id)\n');
    expect(mention.map((f) => [f.type, 'ev' in f && f.ev.rule])).toEqual([['gpu-hint', 'code.gpu-mention']]);
    expect(deviceFacts('a.py', '# set --gpu_id to pick one\nx = 1\n')).toEqual([]);
  });
});

describe('a setup.py', () => {
  it('names the packages it builds extensions with, not its packaging helpers', async () => {
    const facts = await factsOf(codeDetector, {
      'python/setup.py': [
        'import os',
        'import pybind11',
        'import numpy as np',
        'import versioneer',
        'from setuptools import Extension, setup',
        'setup(name="x", ext_modules=[Extension("_x", ["x.cc"], include_dirs=[pybind11.get_include(), np.get_include()])])',
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.ev.rule])).toEqual([
      ['pybind11', 'py.setup-imports'],
      ['numpy', 'py.setup-imports'],
    ]);
  });
});
