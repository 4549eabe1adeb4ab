// Scripts and images that install the CUDA toolkit, cuDNN or the NVIDIA driver (`apt-get install cuda-toolkit-11-8`,
// `sh cuda_10.0.130_410.48_linux.run --toolkit`), or load it on a cluster (`module load cuda/11.8`): setting up a GPU
// machine is their job, so a GPU is needed, and the CUDA they install is the CUDA.
import { seen, type Fact, type Seen } from '../model.js';
import { baseName, byDepth, type Tree } from './tree.js';
import type { Detector } from './types.js';
import { scriptLines } from './scripts.js';

const SCRIPT = /\.(sh|bash)$/;
/** Singularity/Apptainer recipes: their %post section is a shell script. */
export const RECIPE = /^(Singularity(\.\w+)?|Apptainer(\.\w+)?|[\w.-]+\.def)$/;
const MAX_FILES = 40;

/** apt packages of the CUDA stack, with the CUDA version their name carries (cuda-toolkit-11-8, cuda-11-8). */
const APT_CUDA =
  /^(?:cuda(?:-toolkit)?(?:-(\d{1,2})-(\d))?|cuda-(?:runtime|libraries|drivers|compiler|nvcc)(?:-(\d{1,2})-(\d))?|nvidia-cuda-toolkit|nvidia-driver-\d+|libcudnn\d(?:-dev)?|lambda-stack-cuda)(?:=\S*)?$/;
/** The runfile installer (cuda_10.0.130_410.48_linux.run) and cuDNN archives (cudnn-10.0-linux-x64-v7.5…). */
const RUNFILE = /\bcuda_(\d{1,2}\.\d)(?:\.\d+)?_[\d.]+_linux(?:\.run)?\b/;
const CUDNN_ARCHIVE = /\bcudnn-(\d{1,2}\.\d)-linux/;
/** NVIDIA's repository package (cuda-repo-ubuntu1404_7.0-28_amd64.deb) and an HPC module (module load cuda/11.8). */
const REPO_PACKAGE = /\bcuda-repo-[\w-]+?_(\d{1,2}\.\d)[-.]/;
const MODULE = /\b(?:module|ml)\s+(?:load|add)\s+(?:[\w/.-]+\s+)*cuda(?:toolkit)?\/(\d{1,2}\.\d)/i;

/** A CMake configure line that builds for CUDA: -DWITH_CUDA=ON, -DGGML_CUDA=on, -D CUDA_ARCH_BIN=3.2 … */
const CMAKE_CUDA =
  /\bcmake\b.*?-D\s*(?:(?:WITH|USE|BUILD|ENABLE)_CUDA|GGML_CUDA|LLAMA_CUBLAS|LLAMA_CUDA)(?::BOOL)?=(?:ON|1|TRUE|YES)\b|\bcmake\b.*?-D\s*(?:CUDA_ARCH_BIN|CMAKE_CUDA_ARCHITECTURES)=\S/i;

/** Facts of one command line that installs the CUDA stack; the rule names where it was read. */
export function cudaInstallFacts(file: string, line: number, text: string, priority: 1 | 2): Fact[] {
  const ev = (): Seen => seen(file, line, text, 'setup.cuda-install', priority);
  // A script that configures a CUDA build builds for the GPU it runs on.
  if (CMAKE_CUDA.test(text)) return [gpu(seen(file, line, text, 'setup.cuda-build', priority))];
  const runfile =
    RUNFILE.exec(text) ?? CUDNN_ARCHIVE.exec(text) ?? REPO_PACKAGE.exec(text) ?? MODULE.exec(text);
  if (runfile) return [gpu(ev()), { type: 'cuda', version: runfile[1]!, ev: ev() }];
  const apt = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\s+(.*)$/.exec(text);
  if (!apt) return [];
  for (const word of apt[1]!.split(/\s+/)) {
    const m = APT_CUDA.exec(word);
    if (!m) continue;
    const major = m[1] ?? m[3];
    const minor = m[2] ?? m[4];
    return major ? [gpu(ev()), { type: 'cuda', version: `${major}.${minor}`, ev: ev() }] : [gpu(ev())];
  }
  return [];
}

function gpu(ev: Seen): Fact {
  return { type: 'gpu', requirement: 'required', ev };
}

function candidates(tree: Tree): string[] {
  return tree.paths
    .filter((p) => (SCRIPT.test(p) || RECIPE.test(baseName(p))) && tree.ignored(p) === null)
    .sort(byDepth)
    .slice(0, MAX_FILES);
}

export const cudaSetupDetector: Detector = {
  name: 'cuda-setup',
  select: candidates,
  detect(input) {
    const facts: Fact[] = [];
    for (const path of candidates(input.tree)) {
      const text = input.text(path);
      if (text === null) continue;
      // A recipe is read only if it is one (a .def file may be anything else).
      if (path.endsWith('.def') && !/^\s*Bootstrap:/im.test(text)) continue;
      let needs = false;
      for (const command of scriptLines(text)) {
        // One line of evidence that a GPU is needed per file; every CUDA version it installs.
        for (const f of cudaInstallFacts(path, command.line, command.text, 2)) {
          if (f.type === 'gpu' && needs) continue;
          needs ||= f.type === 'gpu';
          facts.push(f);
        }
      }
    }
    return facts;
  },
};
