import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../../test/helpers/detect.js';
import { cogDetector } from './cog.js';

describe("Cog's cog.yaml", () => {
  it('reads the GPU, CUDA, Python, packages and system packages of its build', async () => {
    const facts = await factsOf(cogDetector, {
      'cog.yaml': [
        'build:',
        '  gpu: true',
        '  cuda: "11.8"',
        '  python_version: "3.8"',
        '  system_packages:',
        '    - "libgl1-mesa-glx"',
        '  python_packages:',
        '    - "torch==1.8.0"',
        '    - "timm==0.4.12"',
        'predict: "predict.py:Predictor"',
      ].join('\n'),
    });
    expect(ofType(facts, 'gpu')).toEqual([]);
    expect(ofType(facts, 'gpu-hint').map((g) => [g.ev.rule, g.ev.line])).toEqual([['cog.build', 2]]);
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.8']);
    expect(ofType(facts, 'runtime').map((r) => r.version)).toEqual(['3.8']);
    expect(ofType(facts, 'package').map((p) => [p.name, p.version])).toEqual([
      ['torch', '1.8.0'],
      ['timm', '0.4.12'],
    ]);
    expect(ofType(facts, 'system-package').map((p) => p.name)).toEqual(['libgl1-mesa-glx']);
  });

  it('reads gpu: false as no hint, and a file without build as nothing', async () => {
    const cpu = await factsOf(cogDetector, {
      'cog.yaml': 'build:\n  gpu: false\n  python_version: "3.11"\n',
    });
    expect(ofType(cpu, 'gpu-hint')).toEqual([]);
    expect(await factsOf(cogDetector, { 'cog.yaml': 'predict: "predict.py:Predictor"\n' })).toEqual([]);
  });
});
