// CUDA versions implied by framework versions, and which Ubuntu release a CUDA version wants.
import { compareVersions } from './gpus.js';

/** The CUDA build pip installs by default for a torch release (download.pytorch.org default wheels). */
const TORCH_DEFAULT_CUDA: Array<[torch: string, cuda: string]> = [
  ['1.7', '10.2'],
  ['1.8', '10.2'],
  ['1.9', '10.2'],
  ['1.10', '10.2'],
  ['1.11', '10.2'],
  ['1.12', '10.2'],
  ['1.13', '11.7'],
  ['2.0', '11.7'],
  ['2.1', '12.1'],
  ['2.2', '12.1'],
  ['2.3', '12.1'],
  ['2.4', '12.1'],
  ['2.5', '12.4'],
  ['2.6', '12.4'],
  ['2.7', '12.6'],
  ['2.8', '12.8'],
  ['2.9', '12.8'],
];

/** The CUDA a TensorFlow release was built against (tensorflow.org tested build configurations). */
const TENSORFLOW_CUDA: Array<[tf: string, cuda: string]> = [
  ['1.13', '10.0'],
  ['1.14', '10.0'],
  ['1.15', '10.0'],
  ['2.0', '10.0'],
  ['2.1', '10.1'],
  ['2.2', '10.1'],
  ['2.3', '10.1'],
  ['2.4', '11.0'],
  ['2.5', '11.2'],
  ['2.6', '11.2'],
  ['2.7', '11.2'],
  ['2.8', '11.2'],
  ['2.9', '11.2'],
  ['2.10', '11.2'],
  ['2.11', '11.2'],
  ['2.12', '11.8'],
  ['2.13', '11.8'],
  ['2.14', '11.8'],
  ['2.15', '12.2'],
  ['2.16', '12.3'],
  ['2.17', '12.3'],
  ['2.18', '12.5'],
  ['2.19', '12.5'],
  ['2.20', '12.5'],
];

function majorMinor(version: string): string | null {
  const m = /(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}` : null;
}

function lookup(table: Array<[string, string]>, version: string | null): string | null {
  if (!version) return null;
  const mm = majorMinor(version);
  return (mm && table.find(([v]) => v === mm)?.[1]) ?? null;
}

/** CUDA implied by a framework's version (only exact pins or lower bounds give one). */
export function impliedCuda(framework: string, version: string | null): string | null {
  if (framework === 'torch') return lookup(TORCH_DEFAULT_CUDA, version);
  if (framework === 'tensorflow') return lookup(TENSORFLOW_CUDA, version);
  return null;
}

/** The newest Ubuntu LTS whose CUDA packages include this CUDA version (NVIDIA's support matrix). */
export function ubuntuForCuda(cuda: string): string {
  if (compareVersions(cuda, '11.0') < 0) return '18.04';
  if (compareVersions(cuda, '12.0') < 0) return '22.04';
  if (compareVersions(cuda, '12.5') < 0) return '22.04';
  return '24.04';
}

/** The oldest Ubuntu LTS that still packages a CUDA this new (24.04 needs 12.5+; 22.04 needs 11.7+). */
export function minUbuntuForCuda(cuda: string): string {
  if (compareVersions(cuda, '11.7') >= 0) return '22.04';
  return '20.04';
}

/** Whether a GPU of compute capability `cc` can run code built with CUDA `cuda` (sm_80+ needs CUDA 11). */
export function cudaSupportsCapability(cuda: string, cc: string): boolean {
  if (compareVersions(cc, '9.0') >= 0) return compareVersions(cuda, '11.8') >= 0;
  if (compareVersions(cc, '8.9') >= 0) return compareVersions(cuda, '11.8') >= 0;
  if (compareVersions(cc, '8.6') >= 0) return compareVersions(cuda, '11.1') >= 0;
  if (compareVersions(cc, '8.0') >= 0) return compareVersions(cuda, '11.0') >= 0;
  // CUDA 12 dropped Kepler (3.x); CUDA 11 dropped 3.0 and earlier.
  if (compareVersions(cc, '5.0') < 0) return compareVersions(cuda, '12.0') < 0;
  return true;
}

/** System Python of an Ubuntu release. */
export const UBUNTU_PYTHON: Record<string, string> = { '20.04': '3.8', '22.04': '3.10', '24.04': '3.12' };

/**
 * The CUDA release NVIDIA's framework containers (nvcr.io/nvidia/pytorch, tensorflow, jax …) of a year.month are
 * built on, from the release notes of those containers ("Release 22.10 is based on CUDA 11.8.0"): the first release
 * of each CUDA minor, the later ones keep it until the next row.
 */
const NGC_CUDA: Array<[release: string, cuda: string]> = [
  ['19.10', '10.1'],
  ['19.11', '10.2'],
  ['20.06', '11.0'],
  ['20.10', '11.1'],
  ['21.02', '11.2'],
  ['21.04', '11.3'],
  ['21.07', '11.4'],
  ['21.11', '11.5'],
  ['22.01', '11.6'],
  ['22.05', '11.7'],
  ['22.09', '11.8'],
  ['23.01', '12.0'],
  ['23.03', '12.1'],
  ['23.08', '12.2'],
  ['23.11', '12.3'],
  ['24.03', '12.4'],
  ['24.06', '12.5'],
  ['24.08', '12.6'],
  ['25.01', '12.8'],
];

/** The CUDA of an NGC framework container tag ("22.10-py3", "23.05-tf2-py3"), when its release is in the table. */
export function ngcCuda(tag: string): string | null {
  const m = /^(\d{2})\.(\d{2})\b/.exec(tag);
  if (!m) return null;
  const release = `${m[1]}.${m[2]}`;
  if (compareVersions(release, NGC_CUDA[0]![0]) < 0) return null;
  // Releases after the last row are not guessed at.
  if (compareVersions(release, '25.12') > 0) return null;
  let cuda: string | null = null;
  for (const [from, version] of NGC_CUDA) if (compareVersions(release, from) >= 0) cuda = version;
  return cuda;
}
