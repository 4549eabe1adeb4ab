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
