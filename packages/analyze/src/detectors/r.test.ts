import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { rDetector } from './r.js';

describe('R', () => {
  it('reads Depends: R (>= x) and framework packages from DESCRIPTION', async () => {
    const facts = await factsOf(rDetector, {
      DESCRIPTION: 'Package: x\nDepends: R (>= 4.1.0)\nImports:\n    dplyr,\n    keras\n',
    });
    expect(ofType(facts, 'runtime')).toEqual([
      expect.objectContaining({ version: '4.1.0', ev: expect.objectContaining({ line: 2 }) }),
    ]);
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['dplyr', 'keras']);
    expect(ofType(facts, 'manifest')).toEqual([expect.objectContaining({ runtime: 'r', project: 'x' })]);
  });

  it('reads the R version from renv.lock and treats install.R alone as R', async () => {
    const lock = await factsOf(rDetector, {
      'renv.lock': JSON.stringify(
        { R: { Version: '4.3.1' }, Packages: { torch: { Version: '0.12.0' } } },
        null,
        2,
      ),
    });
    expect(ofType(lock, 'runtime')[0]).toMatchObject({ version: '4.3.1' });
    expect(ofType(lock, 'package')).toEqual([
      expect.objectContaining({
        name: 'torch',
        version: '0.12.0',
        ev: expect.objectContaining({ rule: 'pkg.gpu-other' }),
      }),
    ]);
    const install = await factsOf(rDetector, {
      'install.R': 'install.packages(c("xgboost", "ggplot2"))\nremotes::install_github("mlverse/torch")\n',
    });
    expect(ofType(install, 'runtime')[0]).toMatchObject({
      name: 'r',
      version: null,
      ev: expect.objectContaining({ rule: 'r.install' }),
    });
    expect(ofType(install, 'package').map((p) => p.name)).toEqual(['xgboost', 'ggplot2', 'torch']);
  });

  it('reads LinkingTo in DESCRIPTION as packages the R package is built against', async () => {
    const facts = await factsOf(rDetector, {
      DESCRIPTION: 'Package: lme4\nDepends: R (>= 3.5.0), Matrix\nLinkingTo: Rcpp (>= 0.10.5), RcppEigen\n',
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(
      expect.arrayContaining(['Matrix', 'Rcpp', 'RcppEigen']),
    );
  });
});
