// A file a detector was meant to read but could not is a warning naming the file, the detector and the reason:
// never silence, and never a failure of the whole analysis.
import { describe, expect, it } from '@jest/globals';
import { memoryRepo } from '@envboot/git-source';
import { factsOf, warningsOf } from '../../test/helpers/detect.js';
import { detect, MAX_PARSED_BYTES } from './index.js';
import { condaDetector } from './python/conda.js';
import { hostDetector } from './host.js';
import { juliaDetector } from './julia.js';
import { nodeDetector } from './node.js';
import { notebookDetector } from './notebook.js';
import { pipfileDetector } from './python/pipfile.js';
import { pyprojectDetector } from './python/pyproject.js';
import { rDetector } from './r.js';
import { rustDetector } from './rust.js';
import type { Detector } from './types.js';

const CASES: Array<[string, Detector, Record<string, string>, string, RegExp]> = [
  ['environment.yml', condaDetector, { 'environment.yml': 'dependencies: [python=3.9\n' }, 'conda', /YAML/],
  ['pyproject.toml', pyprojectDetector, { 'pyproject.toml': '[project\nname = "x"\n' }, 'pyproject', /TOML/],
  ['Pipfile', pipfileDetector, { Pipfile: '[packages\n' }, 'pipfile', /TOML/],
  [
    'Pipfile.lock',
    pipfileDetector,
    { Pipfile: '[packages]\ntorch = "*"\n', 'Pipfile.lock': '{"_meta": ' },
    'pipfile',
    /JSON/,
  ],
  ['package.json', nodeDetector, { 'package.json': '{"name": "x",, }' }, 'node', /JSON/],
  ['Cargo.toml', rustDetector, { 'Cargo.toml': '[package]\nname = \n' }, 'rust', /TOML/],
  ['Project.toml', juliaDetector, { 'Project.toml': 'name = "X\n' }, 'julia', /TOML/],
  ['renv.lock', rDetector, { 'renv.lock': '{ "R": ' }, 'r', /JSON/],
  ['train.ipynb', notebookDetector, { 'train.ipynb': '{"cells": [' }, 'notebooks', /JSON/],
  ['docker-compose.yml', hostDetector, { 'docker-compose.yml': 'services:\n  a: [\n' }, 'host', /YAML/],
  [
    '.devcontainer/devcontainer.json',
    hostDetector,
    { '.devcontainer/devcontainer.json': '{ "hostRequirements": ' },
    'host',
    /JSON/,
  ],
];

describe('files that do not parse', () => {
  it.each(CASES)(
    '%s: a warning with the file, the detector and the parser’s reason',
    async (file, d, files, name, kind) => {
      const warnings = await warningsOf(d, files);
      expect(warnings).toEqual([{ file, detector: name, reason: expect.stringMatching(kind) }]);
      expect(warnings[0]!.reason).toMatch(/^not valid (YAML|TOML|JSON): \S/);
    },
  );

  it('names the line of a YAML error', async () => {
    const [w] = await warningsOf(condaDetector, {
      'environment.yml': 'name: x\ndependencies:\n  - python=3.9\n  - pytorch\nchannels: a: b\n',
    });
    expect(w!.reason).toMatch(/line 5, column \d+$/);
  });

  it('still reads the other files', async () => {
    const repo = memoryRepo({
      'environment.yml': 'dependencies: [\n',
      'requirements.txt': 'torch==2.1\n',
    });
    const result = await detect(repo);
    expect(result.warnings.map((w) => w.file)).toEqual(['environment.yml']);
    expect(result.facts.some((f) => f.type === 'package' && f.name === 'torch')).toBe(true);
  });

  it('gives no warning for valid files, or for a plain one-line rust-toolchain', async () => {
    expect(await warningsOf(condaDetector, { 'environment.yml': 'dependencies:\n  - python=3.9\n' })).toEqual(
      [],
    );
    expect(await warningsOf(rustDetector, { 'rust-toolchain': '1.75.0\n' })).toEqual([]);
    const facts = await factsOf(rustDetector, { 'rust-toolchain': '[toolchain]\nchannel = "1.76"\n' });
    expect(facts).toContainEqual(expect.objectContaining({ type: 'runtime', name: 'rust', version: '1.76' }));
  });
});

describe('files that are not read as text', () => {
  it('warns about a manifest larger than the parse limit', async () => {
    const big = `dependencies:\n${'  - numpy\n'.repeat(MAX_PARSED_BYTES / 10 + 1)}`;
    const warnings = await warningsOf(condaDetector, { 'environment.yml': big });
    expect(warnings).toEqual([
      { file: 'environment.yml', detector: 'conda', reason: expect.stringMatching(/^larger than 1 MiB/) },
    ]);
  });

  it('warns about a manifest with binary content', async () => {
    const warnings = await warningsOf(pyprojectDetector, {
      'pyproject.toml': Buffer.from([0x5b, 0x00, 0x01, 0x02]),
    });
    expect(warnings).toEqual([
      { file: 'pyproject.toml', detector: 'pyproject', reason: expect.stringMatching(/binary/) },
    ]);
  });
});

describe('faults inside a detector', () => {
  it('propagate: a TypeError is not a warning', async () => {
    const broken: Detector = {
      name: 'broken',
      select: () => ['a.txt'],
      detect: () => {
        throw new TypeError('x is not a function');
      },
    };
    await expect(detect(memoryRepo({ 'a.txt': 'a' }), [broken])).rejects.toThrow(TypeError);
  });
});
