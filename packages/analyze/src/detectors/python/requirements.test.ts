import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../../test/helpers/detect.js';
import {
  indexVariant,
  isRequirementsFile,
  joinPath,
  logicalLines,
  requirementsDetector,
} from './requirements.js';

describe('requirements files', () => {
  it('recognises the usual names and nothing else', () => {
    for (const p of [
      'requirements.txt',
      'requirements-dev.txt',
      'requirements_gpu.txt',
      'requirements/base.txt',
      'dev-requirements.txt',
      'requirements.in',
      'requires-install.txt',
      'requirement.txt',
    ])
      expect(isRequirementsFile(p)).toBe(true);
    for (const p of ['requirements.md', 'docs/conf.py', 'my-requirements.yaml', 'requires.py'])
      expect(isRequirementsFile(p)).toBe(false);
  });

  it('joins continuation lines and drops comments but keeps #egg=', () => {
    expect(logicalLines('a==1 \\\n  --hash=sha256:x\n# b\nc  # note\ngit+https://x/y.git#egg=z\n')).toEqual([
      { text: 'a==1   --hash=sha256:x', line: 1 },
      { text: 'c', line: 4 },
      { text: 'git+https://x/y.git#egg=z', line: 5 },
    ]);
  });

  it('reads a wheel index as a CUDA, CPU or ROCm build', () => {
    expect(indexVariant('https://download.pytorch.org/whl/cu118')).toEqual({ kind: 'cuda', cuda: '11.8' });
    expect(indexVariant('https://download.pytorch.org/whl/cpu')).toEqual({ kind: 'cpu' });
    expect(indexVariant('https://download.pytorch.org/whl/rocm5.6')).toEqual({ kind: 'rocm', rocm: '5.6' });
    expect(indexVariant('https://pypi.org/simple')).toBeNull();
    expect(joinPath('requirements', '../base.txt')).toBe('base.txt');
  });

  it('gives packages with their lines, marks the torch family with the index, and pins CUDA', async () => {
    const facts = await factsOf(requirementsDetector, {
      'requirements.txt':
        '--extra-index-url https://download.pytorch.org/whl/cu121\ntorch==2.1.0\nnumpy>=1.24\n',
    });
    const pkgs = ofType(facts, 'package');
    expect(pkgs.map((p) => [p.name, p.version, p.variant?.kind ?? null, p.ev.line])).toEqual([
      ['torch', '2.1.0', 'cuda', 2],
      ['numpy', '>=1.24', null, 3],
    ]);
    expect(ofType(facts, 'cuda')).toEqual([
      expect.objectContaining({
        version: '12.1',
        ev: expect.objectContaining({ rule: 'py.index.cuda', line: 1 }),
      }),
    ]);
  });

  it('follows -r includes (also outside the selected files), reads -c as constraints only, and keeps dev files apart', async () => {
    const facts = await factsOf(requirementsDetector, {
      'requirements.txt': '-r deps/base.lst\n-c constraints.txt\n# tensorflow-gpu\n',
      'deps/base.lst': 'scikit-learn==1.3.2\n',
      'constraints.txt': 'numpy<2\n',
      'requirements-dev.txt': 'flash-attn\n',
    });
    const pkgs = ofType(facts, 'package');
    expect(pkgs.map((p) => [p.name, p.scope])).toEqual([
      ['flash-attn', 'dev'],
      ['scikit-learn', 'main'],
    ]);
    expect(pkgs[0]!.ev.rule).toBe('py.requirements.dev');
  });

  it('keeps the packages of a file named for optional features optional', async () => {
    const facts = await factsOf(requirementsDetector, {
      'requirements.txt': 'torch>=2.0\n',
      'requirements.opt.txt': 'git+https://github.com/NVIDIA/apex\n',
      'requirements_extra.txt': 'wandb\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope, p.ev.rule])).toEqual([
      ['apex', 'optional', 'py.requirements.optional'],
      ['torch', 'main', 'py.requirements'],
      ['wandb', 'optional', 'py.requirements.optional'],
    ]);
  });

  it('reads local versions: +cpu is a CPU build, +cu118 pins CUDA; markers make a package conditional', async () => {
    const facts = await factsOf(requirementsDetector, {
      'requirements.txt': 'torch==2.2.0+cpu\ntorchvision==0.17.0+cu118\ntriton; sys_platform == "linux"\n',
    });
    const pkgs = ofType(facts, 'package');
    expect(pkgs.map((p) => [p.name, p.variant?.kind ?? null, p.conditional])).toEqual([
      ['torch', 'cpu', false],
      ['torchvision', 'cuda', false],
      ['triton', null, true],
    ]);
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.8']);
  });

  it('names the package of a VCS or archive URL line', async () => {
    const facts = await factsOf(requirementsDetector, {
      'requirements.txt':
        'git+https://github.com/huggingface/transformers.git  # temporary\nhttps://x.org/pkg_a-1.0-py3-none-any.whl\n',
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['transformers', 'pkg_a']);
  });

  it('reads the CUDA of a test or nightly wheel index', () => {
    expect(indexVariant('https://download.pytorch.org/whl/test/cu118')).toEqual({
      kind: 'cuda',
      cuda: '11.8',
    });
    expect(indexVariant('https://download.pytorch.org/whl/nightly/cu121')).toEqual({
      kind: 'cuda',
      cuda: '12.1',
    });
  });
});
