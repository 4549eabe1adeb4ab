import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { nodeDetector } from './node.js';

describe('Node.js', () => {
  it('reads engines.node as a range with its lowest version, and .nvmrc as a pin', async () => {
    const facts = await factsOf(nodeDetector, {
      'package.json': JSON.stringify({ engines: { node: '>=18.17 <21' } }, null, 2),
      '.nvmrc': 'v20.11.1\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version, r.range, r.ev.rule])).toEqual([
      ['node', '20.11.1', null, 'node.version-file'],
      ['node', '18.17', '>=18.17 <21', 'node.engines'],
    ]);
  });

  it("reports the root package.json's dependencies, known or not, and only known ones of a subfolder's", async () => {
    const pkg = (deps: Record<string, string>) =>
      JSON.stringify({ dependencies: deps, devDependencies: { 'left-pad-x': '1' } });
    const facts = await factsOf(nodeDetector, {
      'package.json': pkg({ 'retext-equality': '^7.0.0', '@medv/blessed': '^2.0.1' }),
      'ui/package.json': pkg({ 'react-admin': '^4.0.0', react: '^18.0.0' }),
    });
    expect(ofType(facts, 'package').map((p) => `${p.ev.file}:${p.name}`)).toEqual([
      'package.json:retext-equality',
      'package.json:@medv/blessed',
      'ui/package.json:react',
    ]);
  });

  it('marks tfjs-node-gpu as needing a GPU', async () => {
    const facts = await factsOf(nodeDetector, {
      'package.json': JSON.stringify({ dependencies: { '@tensorflow/tfjs-node-gpu': '^4.17.0' } }),
    });
    expect(ofType(facts, 'gpu')).toEqual([
      expect.objectContaining({
        requirement: 'required',
        ev: expect.objectContaining({ rule: 'pkg.gpu-other' }),
      }),
    ]);
  });
});
