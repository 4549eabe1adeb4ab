import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../../test/helpers/detect.js';
import { poetrySpec, pyprojectDetector } from './pyproject.js';

describe('pyproject.toml', () => {
  it('reads PEP 621: requires-python as a range with its lowest version, dependencies and extras', async () => {
    const facts = await factsOf(pyprojectDetector, {
      'pyproject.toml':
        '[project]\nname = "x"\nrequires-python = ">=3.10,<3.13"\ndependencies = ["jax[cuda12]==0.4.23"]\n\n[project.optional-dependencies]\ngpu = ["cupy-cuda12x"]\ntest = ["pytest"]\n',
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({ name: 'python', version: '3.10', range: '>=3.10,<3.13' }),
    ]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.extras, p.scope])).toEqual([
      ['jax', ['cuda12'], 'main'],
      ['cupy-cuda12x', [], 'optional'],
      ['pytest', [], 'dev'],
    ]);
  });

  it("reads flit's older [tool.flit.metadata] as a [project] table", async () => {
    const facts = await factsOf(pyprojectDetector, {
      'pyproject.toml':
        '[build-system]\nrequires = ["flit"]\n\n[tool.flit.metadata]\nmodule = "fastapi"\nrequires = [\n    "starlette >=0.9.11,<=0.10.1",\n    "pydantic >=0.17,<=0.18.2"\n]\nrequires-python = ">=3.6"\n\n[tool.flit.metadata.requires-extra]\ntest = ["pytest"]\nall = ["uvicorn"]\n',
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({ name: 'python', version: '3.6', range: '>=3.6' }),
    ]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope])).toEqual([
      ['starlette', 'main'],
      ['pydantic', 'main'],
      ['pytest', 'dev'],
      ['uvicorn', 'optional'],
    ]);
  });

  it('reads Poetry: python, packages, optional packages and dev groups', async () => {
    const facts = await factsOf(pyprojectDetector, {
      'pyproject.toml':
        '[tool.poetry]\nname = "x"\n\n[tool.poetry.dependencies]\npython = "^3.11"\ntensorflow = "^2.15"\ncupy = { version = "^12", optional = true }\n\n[tool.poetry.group.dev.dependencies]\npytest = "^7"\n',
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({ name: 'python', version: '3.11', range: '^3.11' }),
    ]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.version, p.scope, p.ev.line])).toEqual([
      ['tensorflow', '^2.15', 'main', 6],
      ['cupy', '^12', 'optional', 7],
      ['pytest', '^7', 'dev', 10],
    ]);
    expect(poetrySpec('*')).toBeNull();
    expect(poetrySpec('2.1.0')).toBe('==2.1.0');
  });

  it('applies a CUDA index from uv or Poetry sources to the torch family, and reads PDM dev groups', async () => {
    const facts = await factsOf(pyprojectDetector, {
      'pyproject.toml':
        '[project]\nname = "x"\ndependencies = ["torch>=2.1", "numpy"]\n\n[[tool.uv.index]]\nname = "pytorch"\nurl = "https://download.pytorch.org/whl/cu121"\n\n[tool.pdm.dev-dependencies]\nlint = ["ruff"]\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.variant?.kind ?? null, p.scope])).toEqual([
      ['torch', 'cuda', 'main'],
      ['numpy', null, 'main'],
      ['ruff', null, 'dev'],
    ]);
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['12.1']);
  });

  it('keeps the group of optional dependencies and of Poetry extras and groups', async () => {
    const facts = await factsOf(pyprojectDetector, {
      'pyproject.toml':
        '[project]\nname = "x"\ndependencies = ["numpy"]\n[project.optional-dependencies]\ngpu = ["cupy-cuda12x"]\ndocs = ["sphinx"]\n\n[tool.poetry.dependencies]\nflash-attn = { version = "^2", optional = true }\n[tool.poetry.extras]\nfast = ["flash-attn"]\n[tool.poetry.group.train.dependencies]\nwandb = "*"\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope, p.group ?? null])).toEqual([
      ['numpy', 'main', null],
      ['cupy-cuda12x', 'optional', 'gpu'],
      ['sphinx', 'dev', 'docs'],
      ['flash-attn', 'optional', 'fast'],
      ['wandb', 'optional', 'train'],
    ]);
  });
});
