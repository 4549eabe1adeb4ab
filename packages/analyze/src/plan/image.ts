// Which image: CUDA for an NVIDIA GPU, ROCm for an AMD one, plain otherwise; ARM64 for aarch64 nodes; and the
// Ubuntu release that fits the CUDA version, a stated OS, or the Python the code pins.
import type { Requirements } from '@envboot/core';
import { compareVersions } from '../knowledge/gpus.js';
import { UBUNTU_PYTHON, minUbuntuForCuda, ubuntuForCuda } from '../knowledge/cuda.js';
import type { ImageInfo, NodeTypeInfo } from './catalog.js';

export interface ImageChoice {
  image: ImageInfo;
  reason: string;
}

function release(img: ImageInfo): string | null {
  return img.os?.startsWith('ubuntu') ? img.os.slice(6) : null;
}

export function chooseImage(req: Requirements, node: NodeTypeInfo, images: ImageInfo[]): ImageChoice | null {
  const gpu = req.gpu.needed && node.gpu ? (node.gpu.vendor === 'amd' ? 'rocm' : 'cuda') : null;
  const forArch = images.filter((i) => i.architecture === node.architecture);
  const ubuntu = forArch.filter((i) => release(i) !== null);
  let pool = ubuntu.filter((i) => i.accelerator === gpu);
  let fallback = '';
  if (pool.length === 0 && gpu) {
    pool = ubuntu.filter((i) => i.accelerator === null);
    fallback = ` (no ${gpu === 'cuda' ? 'CUDA' : 'ROCm'} image for ${node.architecture}: install the driver yourself)`;
  }
  if (pool.length === 0) pool = forArch.filter((i) => i.accelerator === null);
  if (pool.length === 0) return null;
  const releases = [...new Set(pool.map(release).filter((r): r is string => r !== null))].sort(
    compareVersions,
  );
  const newest = releases[releases.length - 1];
  const byRelease = (r: string | undefined) => pool.find((i) => release(i) === r);

  // 1. An OS the code states (a Dockerfile base, the README).
  const stated = req.os?.startsWith('ubuntu') ? req.os.slice(6) : null;
  if (stated && byRelease(stated)) {
    return { image: byRelease(stated)!, reason: `the code builds on Ubuntu ${stated}${fallback}` };
  }
  // 2. The CUDA version: the newest Ubuntu that packages it, never one too new for it.
  const cuda = gpu === 'cuda' ? req.gpu.cuda : null;
  if (cuda) {
    const want = ubuntuForCuda(cuda);
    const floor = minUbuntuForCuda(cuda);
    const fit = [...releases].reverse().find((r) => compareVersions(r, want) <= 0) ?? releases[0];
    if (fit && byRelease(fit)) {
      const note =
        compareVersions(fit, floor) < 0 || compareVersions(want, fit) > 0 || compareVersions(cuda, '11.0') < 0
          ? `; CUDA ${cuda} itself comes from conda or a container, as the image's toolkit is newer`
          : '';
      return {
        image: byRelease(fit)!,
        reason: `CUDA ${cuda} is packaged for Ubuntu ${want}${note}${fallback}`,
      };
    }
  }
  // 3. The Python the code pins: the release whose system Python it is.
  const python = req.runtimes.python;
  if (python) {
    const mm = python.split('.').slice(0, 2).join('.');
    const match = releases.find((r) => UBUNTU_PYTHON[r] === mm);
    if (match)
      return {
        image: byRelease(match)!,
        reason: `Python ${mm} is the system Python of Ubuntu ${match}${fallback}`,
      };
  }
  return {
    image: byRelease(newest)!,
    reason: `the newest Ubuntu release with ${gpu === 'cuda' ? 'CUDA' : gpu === 'rocm' ? 'ROCm' : 'no GPU stack'}${fallback}`,
  };
}
