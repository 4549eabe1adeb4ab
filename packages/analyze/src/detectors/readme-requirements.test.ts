import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { readmeDetector } from './readme.js';
import { packageNamed } from './readme-requirements.js';

const packagesOf = async (files: Record<string, string>) =>
  ofType(await factsOf(readmeDetector, files), 'package').map((p) => [p.name, p.version, p.ev.rule]);

describe('README requirement lists, tables and prose', () => {
  it('names packages by their display names, not system software or words', () => {
    expect(packageNamed('PyTorch 2.0')).toBe('torch');
    expect(packageNamed('PyTorch Lightning')).toBe('pytorch-lightning');
    expect(packageNamed('opencv (utilities)')).toBe('opencv-python');
    expect(packageNamed('Python 3.8')).toBeNull();
    expect(packageNamed('Docker')).toBeNull();
    expect(packageNamed('Clone the repository')).toBeNull();
  });

  it('reads a list under a Requirements heading, with versions and "other dependencies: a, b"', async () => {
    const readme = [
      '# Project',
      '- PyTorch 9.9 is not a requirement here',
      '### Requirements',
      '* Python 3.8 (or newer)',
      '* PyTorch 2.0',
      '* [torchvision](https://github.com/pytorch/vision/) that matches the PyTorch installation',
      '* PyTorch Version: 1.13.1',
      '* Other dependencies: pyyaml, numpy, opencv, submitit',
      '## License',
      '- numpy',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['torch', '>=2.0', 'readme.requirement-list'],
      ['torchvision', null, 'readme.requirement-list'],
      ['torch', '>=1.13.1', 'readme.requirement-list'],
      ['pyyaml', null, 'readme.requirement-list'],
      ['numpy', null, 'readme.requirement-list'],
      ['opencv-python', null, 'readme.requirement-list'],
      ['submitit', null, 'readme.requirement-list'],
    ]);
  });

  it('reads what a recommending list item recommends, not the users it names', async () => {
    const readme = [
      '## Requirements',
      '* CUDA 11.4 and above are recommended (this is for GPU users, flash-attention users, etc.)',
      '* PyTorch 2.0 (recommended)',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['torch', '>=2.0', 'readme.requirement-list'],
    ]);
  });

  it('reads a list after a lead-in line, and GET_STARTED.md / QUICKSTART.md as guides', async () => {
    const guide =
      'The project depends on :\n- [pytorch](https://pytorch.org/) (Main framework)\n- timm\n\nDone.\n- numpy\n';
    expect(await packagesOf({ 'get_started.md': guide })).toEqual([
      ['torch', null, 'readme.requirement-list'],
      ['timm', null, 'readme.requirement-list'],
    ]);
    expect(await packagesOf({ 'QUICKSTART.md': guide })).toHaveLength(2);
  });

  it('reads a table of packages, Python and CUDA; an Optional table gives CUDA but no packages', async () => {
    const readme = [
      '| Mandatory    | Minimum | Recommend |',
      '| ------------ | ------- | --------- |',
      '| python       | 3.9     | 3.10      |',
      '| torch        | 1.13.1  | 2.6.0     |',
      '',
      '| Optional     | Minimum | Recommend |',
      '| ------------ | ------- | --------- |',
      '| CUDA         | 11.6    | 12.2      |',
      '| deepspeed    | 0.10.0  | 0.16.4    |',
      '',
      '| Model | Memory |',
      '| torch | 16GB   |',
    ].join('\n');
    const facts = await factsOf(readmeDetector, { 'README.md': readme });
    expect(ofType(facts, 'package').map((p) => [p.name, p.version, p.ev.priority])).toEqual([
      ['torch', '>=1.13.1', 2],
    ]);
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({
        version: '3.9',
        range: '>=3.9',
        ev: expect.objectContaining({ rule: 'readme.requirement-table' }),
      }),
    ]);
    expect(ofType(facts, 'cuda').map((c) => [c.version, c.ev.rule])).toEqual([
      ['11.6', 'readme.requirement-table'],
    ]);
  });

  it('reads prose that says to install a package or states its version, not a recommendation', async () => {
    expect(
      await packagesOf({
        'README.md': [
          'Install PyTorch ([pytorch.org](http://pytorch.org)) and download ImageNet.',
          'In addition, install [timm](https://github.com/rwightman/pytorch-image-models) for the ViT models.',
          'The code has been developed for PyTorch version 1.7.1 and torchvision version 0.8.2.',
          'We highly recommend installing xformers for more speed on GPUs.',
          'Install Docker and Redis first.',
          'The checkpoint of timm 2.5 GB is downloaded.',
        ].join('\n'),
      }),
    ).toEqual([
      ['torch', null, 'readme.requirement-prose'],
      ['timm', null, 'readme.requirement-prose'],
      ['torch', '>=1.7.1', 'readme.requirement-prose'],
      ['torchvision', '>=0.8.2', 'readme.requirement-prose'],
    ]);
  });

  it('reads "CUDA Version: 11.7", "use a system with NVIDIA GPUs", and CUDA support recommended as optional', async () => {
    const facts = await factsOf(readmeDetector, {
      'README.md': '* CUDA Version: 11.7\n* Python Version: 3.10\n* Use a system with NVIDIA GPUs\n',
    });
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.7']);
    expect(ofType(facts, 'runtime').map((c) => c.version)).toEqual(['3.10']);
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['required', 'readme.gpu-required'],
    ]);
    const recommended = await factsOf(readmeDetector, {
      'README.md': 'Installing both PyTorch and TorchVision with CUDA support is strongly recommended.\n',
    });
    expect(ofType(recommended, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['optional', 'readme.gpu-optional'],
    ]);
  });

  it('reads "don\'t support CPU" as a GPU required, not a CPU feature that is missing', async () => {
    const requirementOf = async (readme: string) =>
      ofType(await factsOf(readmeDetector, { 'README.md': readme }), 'gpu').map((g) => g.requirement);
    expect(await requirementOf("* spconv 2.x don't support CPU for now\n")).toEqual(['required']);
    expect(await requirementOf('CPU is not supported.\n')).toEqual(['required']);
    expect(await requirementOf("The trainer doesn't support CPU offloading yet.\n")).toEqual([]);
    expect(await requirementOf('docker 19.03 or later, due to required GPU support\n')).toEqual(['required']);
    expect(await requirementOf('- NVIDIA GPU (optional)\n')).toEqual(['optional']);
    // A table row speaks of its notebook, not of the repository.
    expect(await requirementOf('| Merge LLMs with MergeKit | no GPU required! | [Article](x) |\n')).toEqual(
      [],
    );
  });

  it('reads no requirement from a list whose lead-in makes it optional', async () => {
    const readme =
      '# x\n\nThe minimum required dependencies are:\n\n- NumPy >= 1.18.1\n- SciPy\n\nFor full functionality, some functions require:\n\n- Scikit-learn >= 0.22.0\n- CuPy >= 7.1.1 (for NVIDIA CUDA acceleration)\n';
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['numpy', '>=1.18.1', 'readme.requirement-list'],
      ['scipy', null, 'readme.requirement-list'],
    ]);
  });

  it('reads a package with its pin written onto the name, inside a link', async () => {
    const install =
      '# Installation\n\nThe codebase is mainly built with following libraries:\n\n- [deepspeed==0.5.8](https://github.com/microsoft/DeepSpeed)\n';
    expect(await packagesOf({ 'INSTALL.md': install })).toEqual([
      ['deepspeed', '>=0.5.8', 'readme.requirement-list'],
    ]);
  });
  it('reads the list after "We conducted experiments under", and "1. Install pytorch >= v1.1.0"', async () => {
    const readme = [
      '## Results',
      'We conducted experiments under',
      '',
      '- python 3.6.9',
      '- pytorch 1.2.0, torchvision 0.4.0, cuda10',
      '',
      '## Quick start',
      '1. Install pytorch >= v1.1.0 following [official instruction](https://pytorch.org/).',
    ].join('\n');
    expect((await packagesOf({ 'README.md': readme })).map(([name, version]) => [name, version])).toEqual([
      ['torch', '>=1.2.0'],
      ['torchvision', '>=0.4.0'],
      ['torch', null],
    ]);
  });

  it('reads the versions the authors say they trained or tested with, and a version written onto a name', async () => {
    const readme = [
      'Networks are trained using [PyTorch 1.4](https://github.com/pytorch/pytorch) and Python 3.7.',
      'This repository is tested with PyTorch 1.6, CUDA 10.1, Numpy 1.16, Ubuntu 18.04, and V100 GPUs.',
      'We compare with BERT 1.0 and GPT 2.0.',
      '## Requirements',
      '- pytorch1.6.0+cu101',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['torch', '>=1.4', 'readme.requirement-prose'],
      ['torch', '>=1.6', 'readme.requirement-prose'],
      ['numpy', '>=1.16', 'readme.requirement-prose'],
      ['torch', '>=1.6.0', 'readme.requirement-list'],
    ]);
  });

  it('reads "install the corresponding X", and a recommendation only for its own sentence', async () => {
    const readme = [
      'You will also need to install the corresponding TensorFlow for your system (e.g. `tensorflow` or `tensorflow-gpu`). **TensorFlow 2.0 is currently not supported**, so TensorFlow 1.14 is recommended.',
      '3. Install Apex if you are using fp16 training. Please follow the instructions [here](https://github.com/NVIDIA/apex). (Installing Apex from pip has caused issues for several people.)',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['tensorflow', null, 'readme.requirement-prose'],
    ]);
  });

  it('reads the framework the README says its own code is written in, not one it points to', async () => {
    const readme = [
      '# LaVie<br><sub>Official PyTorch Implementation</sub>',
      'This repository contains the code in both **PyTorch** and **TensorFlow** for our paper.',
      'The model is trained end to end, implemented using JAX for speed.',
      '## TensorFlow implementation',
      'We borrow code from the official Keras implementation of StyleGAN.',
      'A Chainer implementation is available [here](https://example.org/).',
      'My MXNet implementation: https://example.org/',
      'Models implemented in Theano. However, the package does not install Theano.',
      'Official [Fast AutoAugment](https://arxiv.org/abs/1905.00397) implementation in Chainer.',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['torch', null, 'readme.implementation'],
      ['torch', null, 'readme.implementation'],
      ['tensorflow', null, 'readme.implementation'],
      ['jax', null, 'readme.implementation'],
      ['chainer', null, 'readme.implementation'],
    ]);
  });
  it('reads lines that are only a package name under a requirements lead-in as items of its list', async () => {
    const readme = [
      '##Installing scikit-feature',
      '###Prerequisites:',
      'Python 2.7',
      '',
      'NumPy',
      '',
      'SciPy',
      '',
      'Scikit-learn',
      '',
      '###Steps:',
      'After you download scikit-feature, run the setup script.',
      '',
      'Pandas',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['numpy', null, 'readme.requirement-list'],
      ['scipy', null, 'readme.requirement-list'],
      ['scikit-learn', null, 'readme.requirement-list'],
    ]);
  });
  it('reads a requirements file pasted into a code block, and a list item that names a package after an article', async () => {
    const readme = [
      '## Requirements and Installation',
      '* A [PyTorch installation](http://pytorch.org/)',
      '',
      '```',
      '# python==3.9.7',
      'matplotlib==3.6.2',
      'sympy==1.11.1',
      '```',
      '',
      '```',
      'pip install torch==2.2.2',
      'python train.py',
      '```',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['matplotlib', '3.6.2', 'readme.requirements-block'],
      ['sympy', '1.11.1', 'readme.requirements-block'],
      ['torch', null, 'readme.requirement-list'],
    ]);
  });
  it('reads a list nested under an item that leads into it, past the words that lead into its own list', async () => {
    const readme = [
      '### Usage',
      '',
      '1. Requirement:',
      '',
      '   - Hardware: tested with 8 x Quadro RTX 6000 (24G).',
      '   - Software: tested with PyTorch 1.4.0, Python3.7, CUDA 10.1, [CuPy](https://cupy.chainer.org/) 10.1, [tensorboardX](https://github.com/lanpa/tensorboardX).',
      '',
      '2. Train:',
      '   - numpy',
    ].join('\n');
    expect(await packagesOf({ 'README.md': readme })).toEqual([
      ['torch', '>=1.4.0', 'readme.requirement-list'],
      ['cupy', '>=10.1', 'readme.requirement-list'],
      ['tensorboardx', null, 'readme.requirement-list'],
    ]);
  });
});
