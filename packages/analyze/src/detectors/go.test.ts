import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { goDetector } from './go.js';

describe('Go', () => {
  it('reads the go directive, and the toolchain directive when there is one', async () => {
    const plain = await factsOf(goDetector, { 'go.mod': 'module x\n\ngo 1.22\n' });
    expect(ofType(plain, 'runtime')).toEqual([
      expect.objectContaining({ version: '1.22', range: '>=1.22', ev: expect.objectContaining({ line: 3 }) }),
    ]);
    const pinned = await factsOf(goDetector, { 'svc/go.mod': 'module x\n\ngo 1.21\n\ntoolchain go1.21.5\n' });
    expect(ofType(pinned, 'runtime')[0]).toMatchObject({ version: '1.21.5', range: '>=1.21' });
  });

  it('reports the direct requirements of go.mod, known or not, and not the indirect ones', async () => {
    const facts = await factsOf(goDetector, {
      'go.mod':
        'module x\n\ngo 1.22\n\nrequire (\n\tgorgonia.org/gorgonia v0.9.17\n\tgithub.com/pkg/errors v0.9.1 // indirect\n\tgithub.com/someone/tool/v3 v3.0.5\n)\nrequire github.com/gin-gonic/gin v1.9.1\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.version, p.ev.line])).toEqual([
      ['gorgonia.org/gorgonia', 'v0.9.17', 6],
      ['github.com/someone/tool/v3', 'v3.0.5', 8],
      ['github.com/gin-gonic/gin', 'v1.9.1', 10],
    ]);
  });
});
