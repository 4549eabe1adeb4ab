import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../../test/helpers/detect.js';
import { pipfileDetector } from './pipfile.js';

const PIPFILE =
  '[packages]\ntensorflow-gpu = "==1.15.5"\nrequests = "*"\n\n[dev-packages]\npytest = "*"\n\n[requires]\npython_version = "3.7"\n';

describe('Pipfile', () => {
  it('reads [requires] and packages, dev packages apart', async () => {
    const facts = await factsOf(pipfileDetector, { Pipfile: PIPFILE });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({
        name: 'python',
        version: '3.7',
        ev: expect.objectContaining({ file: 'Pipfile', line: 9 }),
      }),
    ]);
    expect(ofType(facts, 'package').map((p) => [p.name, p.version, p.scope])).toEqual([
      ['tensorflow-gpu', '1.15.5', 'main'],
      ['requests', null, 'main'],
      ['pytest', null, 'dev'],
    ]);
  });

  it("lets Pipfile.lock's _meta win for the version", async () => {
    const facts = await factsOf(pipfileDetector, {
      Pipfile: PIPFILE,
      'Pipfile.lock': JSON.stringify({ _meta: { requires: { python_full_version: '3.7.17' } } }, null, 2),
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({ version: '3.7.17', ev: expect.objectContaining({ file: 'Pipfile.lock' }) }),
    ]);
  });
});
