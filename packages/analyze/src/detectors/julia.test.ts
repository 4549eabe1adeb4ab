import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { juliaDetector } from './julia.js';

describe('Julia', () => {
  it('reads [compat] julia and CUDA.jl, and Manifest julia_version', async () => {
    const facts = await factsOf(juliaDetector, {
      'Project.toml': '[deps]\nCUDA = "052768ef-5323-5732-b1bb-66c8b64840ba"\n\n[compat]\njulia = "1.9"\n',
      'Manifest.toml': 'julia_version = "1.9.3"\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.version, r.ev.rule])).toEqual([
      ['1.9.3', 'julia.manifest'],
      ['1.9', 'julia.project'],
    ]);
    expect(ofType(facts, 'gpu')).toEqual([expect.objectContaining({ requirement: 'required' })]);
  });

  it("reports a Project.toml's registered packages, known or not, without the standard library and binary wrappers", async () => {
    const facts = await factsOf(juliaDetector, {
      'Project.toml':
        '[deps]\nMLJTuning = "03970b2e-30c4-11ea-3135-d1576263f10f"\nLinearAlgebra = "37e2e46d-f89d-539d-b4ee-838fcccc9c8e"\nOpenSSL_jll = "458c3c95-2e84-50aa-8efc-19380b2a3a95"\nDataFrames = "a93c6f00-e57d-5684-b7b6-d8193f3e46c0"\n',
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['MLJTuning', 'DataFrames']);
  });

  it('reads AMDGPU.jl as an AMD GPU', async () => {
    const facts = await factsOf(juliaDetector, {
      'Project.toml': '[deps]\nAMDGPU = "21141c5a-9bdb-4563-92ae-f87d6854732e"\n',
    });
    expect(ofType(facts, 'rocm')).toHaveLength(1);
  });

  it('reads CUDA.jl behind has_cuda() as an optional GPU', async () => {
    const facts = await factsOf(juliaDetector, {
      'Project.toml': '[deps]\nCUDA = "052768ef-5323-5732-b1bb-66c8b64840ba"\n',
      'src/train.jl': 'using CUDA\nif has_cuda()\n    CUDA.allowscalar(false)\nend\n',
    });
    expect(ofType(facts, 'gpu')).toEqual([
      expect.objectContaining({
        requirement: 'optional',
        ev: expect.objectContaining({ rule: 'julia.cuda-fallback', file: 'src/train.jl', line: 2 }),
      }),
    ]);
    expect(ofType(facts, 'package')[0]).toMatchObject({ name: 'CUDA', conditional: true });
  });
});
