// analyze through the CLI users run: the optional group the install instructions name is the main workload, and
// code that falls back to the CPU does not need a GPU. Every package the knowledge base knows is listed, with its
// scope and group.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateAgainst, type AnalysisData } from '@envboot/core';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-workload-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function analyze(files: Record<string, string>): Promise<AnalysisData> {
  const run = await runCli(['analyze', '--repo', repo(files), '--no-plan']);
  expect(hasStackTrace(run.stderr)).toBe(false);
  const env = envelopeOf(run);
  expect({ ok: env.ok, error: env.error, code: run.code }).toEqual({ ok: true, error: null, code: 0 });
  expect(validateAgainst('analysis', env.data)).toEqual({ valid: true });
  return env.data as AnalysisData;
}

const PYPROJECT = `[project]
name = "trainer"
requires-python = ">=3.10"
dependencies = ["torch>=2.2", "numpy"]

[project.optional-dependencies]
train = ["flash-attn>=2.5", "wandb"]
serve = ["fastapi"]
test = ["pytest"]
`;

describe('envboot analyze, shipped: optional dependency groups', () => {
  it('counts the group the README installs as main, GPU needs included, and lists the others with their group', async () => {
    const data = await analyze({
      'pyproject.toml': PYPROJECT,
      'README.md': '# trainer\n\n```bash\npip install -e ".[train]"\n```\n',
    });
    const req = data.requirements;
    expect(req.gpu).toMatchObject({ needed: true, requirement: 'required' });
    expect(req.gpu.evidence.map((e) => e.rule)).toContain('pkg.gpu-only');
    expect(req.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'install.extras', file: 'README.md', line: 4 }),
      ]),
    );
    const fw = Object.fromEntries(req.frameworks.map((f) => [f.name, [f.scope, f.group ?? null]]));
    expect(fw).toMatchObject({
      torch: ['main', null],
      'flash-attn': ['main', 'train'],
      wandb: ['main', 'train'],
      fastapi: ['optional', 'serve'],
      pytest: ['test', 'test'],
    });
    expect(req.frameworks.find((f) => f.name === 'flash-attn')).toMatchObject({
      category: 'attention-kernel',
      gpu_relation: 'requires',
    });
  });

  it('keeps the GPU optional when no install instruction names the GPU group', async () => {
    const data = await analyze({ 'pyproject.toml': PYPROJECT });
    expect(data.requirements.gpu).toMatchObject({ needed: false, requirement: 'optional' });
  });
});

describe('envboot analyze, shipped: a GPU that helps but is not needed', () => {
  it('reads a device chosen by availability as GPU optional', async () => {
    const data = await analyze({
      'requirements.txt': 'torch>=2.1\ntorchvision\n',
      'train.py':
        'import argparse\nimport torch\n\nparser = argparse.ArgumentParser()\nparser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")\n',
    });
    expect(data.requirements.gpu).toMatchObject({ needed: false, requirement: 'optional' });
    expect(data.requirements.gpu.evidence[0]).toMatchObject({
      rule: 'code.cuda-fallback',
      file: 'train.py',
      line: 5,
    });
  });

  it('names each framework as the knowledge base does, with the build or old name the project declared', async () => {
    const data = await analyze({
      'requirements.txt': 'tensorflow-gpu==2.4.1\nfbprophet\nopencv-python-headless\n',
      'environment.yml': 'dependencies:\n  - python=3.8\n  - bitarray\n  - openssl\n  - r-ggplot2\n',
    });
    const fw = Object.fromEntries(data.requirements.frameworks.map((f) => [f.name, f.declared_as ?? null]));
    expect(fw).toMatchObject({
      tensorflow: ['tensorflow-gpu'],
      prophet: ['fbprophet'],
      'opencv-python': ['opencv-python-headless'],
      bitarray: null,
      ggplot2: ['r-ggplot2'],
    });
    expect(fw).not.toHaveProperty('openssl');
  });

  it('reads the get-started guide the README links to as its own', async () => {
    const data = await analyze({
      'README.md': '# Backbones\n\n* Please follow [get started](./classification) to train a classifier.\n',
      'classification/README.md':
        '```bash\npython -m torch.distributed.launch --nproc_per_node 8 main.py --cfg tiny.yaml\n```\n',
      'classification/INSTALL.md':
        '```bash\nconda create -n vision python=3.7 -y\nconda install pytorch==1.7.1 cudatoolkit=10.1 -c pytorch\n```\n',
      'classification/main.py': 'import torch\n\nmodel = torch.nn.Linear(2, 2).cuda()\n',
    });
    expect(data.requirements.gpu).toMatchObject({ needed: true, count: 8, cuda: '10.1' });
    expect(data.requirements.runtimes.python).toBe('3.7');
    expect(data.requirements.gpu.evidence.map((e) => e.file)).toContain('classification/INSTALL.md');
  });

  it('reads a menu of extras, one install command each, as a choice of backends', async () => {
    const data = await analyze({
      'pyproject.toml':
        '[project]\nname = "xinfer"\ndependencies = ["pillow"]\n\n[project.optional-dependencies]\ntransformers = ["transformers"]\ntimm = ["timm"]\nvllm = ["vllm"]\n',
      'README.md':
        '```bash\npip install xinfer\npip install "xinfer[transformers]"\npip install "xinfer[timm]"\npip install "xinfer[vllm]"\n```\n',
    });
    expect(data.requirements.gpu).toMatchObject({ needed: false });
    expect(data.requirements.frameworks.find((f) => f.name === 'vllm')).toMatchObject({ scope: 'optional' });
  });
});
