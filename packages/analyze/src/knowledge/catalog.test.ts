import { describe, expect, it } from '@jest/globals';
import {
  KNOWN_PACKAGES,
  knownPackage,
  knownRPackage,
  packageOfImport,
  recognisedImport,
  recognisedPackage,
} from './catalog.js';

describe('the package knowledge base', () => {
  it('covers a few hundred packages across the ecosystems, each listed once', () => {
    expect(KNOWN_PACKAGES.length).toBeGreaterThanOrEqual(1000);
    const ecosystems = new Set(KNOWN_PACKAGES.map((p) => p.ecosystem));
    expect([...ecosystems].sort()).toEqual([
      'go',
      'java',
      'julia',
      'native',
      'node',
      'python',
      'r',
      'ruby',
      'rust',
    ]);
    const keys = KNOWN_PACKAGES.map((p) => `${p.ecosystem}:${p.name.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['sklearn', 'scikit-learn'],
    ['sklearn.linear_model', 'scikit-learn'],
    ['cv2', 'opencv-python'],
    ['haiku', 'dm-haiku'],
    ['PIL', 'pillow'],
    ['pytorch_lightning', 'pytorch-lightning'],
    ['lightning', 'lightning'],
    ['bs4', 'beautifulsoup4'],
    ['yaml', 'pyyaml'],
    ['flash_attn', 'flash-attn'],
    ['nvidia.dali', 'nvidia-dali'],
    ['prometheus_client', 'prometheus-client'],
    ['composer', 'mosaicml'],
    ['google.cloud.storage.blob', 'google-cloud-storage'],
    ['git', 'gitpython'],
    ['zmq', 'pyzmq'],
    ['MySQLdb', 'mysqlclient'],
    ['mysql.connector', 'mysql-connector-python'],
    ['sonnet', 'dm-sonnet'],
    ['flashinfer', 'flashinfer-python'],
    ['pxr', 'usd-core'],
  ])('maps the import %s to %s', (module, name) => {
    expect(packageOfImport(module)?.name).toBe(name);
  });

  it('knows an npm scope that is one project by its scope', () => {
    expect(knownPackage('node', '@lumino/widgets')?.name).toBe('lumino');
    expect(knownPackage('node', '@tensorflow/tfjs-node-gpu')?.name).toBe('@tensorflow/tfjs-node-gpu');
    expect(knownPackage('node', '@unknown-scope/widgets')).toBeNull();
  });

  it('finds packages by name or alias, as each ecosystem compares names', () => {
    expect(knownPackage('python', 'Scikit_Learn')?.name).toBe('scikit-learn');
    expect(knownPackage('python', 'opencv-python-headless')?.name).toBe('opencv-python');
    expect(knownPackage('python', 'pytorch')?.name).toBe('torch');
    expect(knownPackage('r', 'ggplot2')?.category).toBe('plotting');
    expect(knownPackage('julia', 'CUDA')?.gpu).toBe('requires');
    expect(knownPackage('python', 'not-a-package')).toBeNull();
    // A Scala library's artifactId names the Scala version it was built for.
    expect(knownPackage('java', 'spark-core_2.12')?.name).toBe('spark-core');
    expect(knownRPackage('rcpp')?.name).toBe('Rcpp');
  });

  it('says which packages need a GPU, which benefit from one, and which do not care', () => {
    expect(knownPackage('python', 'flash-attn')?.gpu).toBe('requires');
    expect(knownPackage('python', 'torch')?.gpu).toBe('benefits');
    expect(knownPackage('python', 'pandas')?.gpu).toBe('none');
  });

  it('recognises a library Debian maintains that the base has no line for, and no system package or own module', () => {
    expect(knownPackage('python', 'userpath')).toBeNull();
    expect(recognisedPackage('python', 'userpath')).toMatchObject({
      name: 'userpath',
      category: 'library',
      gpu: 'none',
    });
    expect(recognisedPackage('python', 'python-dateutil')).not.toBeNull();
    expect(recognisedPackage('r', 'tidyselect')).toMatchObject({ ecosystem: 'r', category: 'library' });
    expect(recognisedPackage('ruby', 'net-ssh')).not.toBeNull();
    expect(recognisedPackage('rust', 'serde_json')).not.toBeNull();
    // The base's own line comes first.
    expect(recognisedPackage('python', 'scikit-learn')?.category).toBe('classic-ml');
    expect(recognisedImport('userpath.cli')?.name).toBe('userpath');
    expect(recognisedImport('sklearn')?.name).toBe('scikit-learn');
    for (const notOne of ['os', 'distutils', 'pip', 'network', 'no_such_module_here'])
      expect(recognisedImport(notOne)).toBeNull();
  });

  it("recognises a declared package among PyPI's most downloaded, but not its import, a GPU build or a back-port", () => {
    expect(knownPackage('python', 'GPy')).toBeNull();
    expect(recognisedPackage('python', 'GPy')).toMatchObject({
      name: 'GPy',
      category: 'library',
      gpu: 'none',
    });
    expect(recognisedPackage('python', 'arm_pyart')).toMatchObject({
      name: 'arm_pyart',
      category: 'library',
    });
    // Research code names its own modules after words that are also projects on PyPI.
    expect(recognisedImport('GPy')).toBeNull();
    // A CUDA build keeps what its name says about the hardware (packages.ts), not a plain entry.
    expect(recognisedPackage('python', 'jax-cuda12-plugin')).toBeNull();
    // PyPI's argparse is the standard library's module, published again.
    expect(recognisedPackage('python', 'argparse')).toBeNull();
    expect(recognisedPackage('python', 'no-such-project-anywhere')).toBeNull();
  });
});
