// Scripts that launch a program of another language (`python -u main.py`, `torchrun pretrain_gpt.py`,
// `Rscript analysis.R`): the shell is how the project is run, the program is what it is written in.
import { seen, type Fact } from '../model.js';
import { scriptLines } from './scripts.js';
import { commandLines } from './install.js';
import { baseName, byDepth, Tree } from './tree.js';
import type { Detector } from './types.js';
import { withLinkedGuides } from './guides.js';

const SHELL_SCRIPT = /\.(sh|bash|slurm|sbatch|pbs|job|qsub)$/;
const MAKEFILES = new Set(['Makefile', 'makefile', 'GNUmakefile']);
const MAX_FILES = 40;

/** A program file named on a launch line, by the language of its extension. */
const PROGRAM_FILE: Array<[RegExp, string]> = [
  [/\b(?:python[\d.]*|torchrun|deepspeed|accelerate\s+launch|composer|srun|mpirun|horovodrun)\b[^#\n]*?\s(?:\.{0,2}\/)?[\w./${}-]*\w\.py\b/, 'Python'],
  [/\bRscript\s+(?:--?\S+\s+)*[\w./${}-]*\w\.[Rr]\b/, 'R'],
  [/\bjulia\s+(?:--?\S+\s+)*[\w./${}-]*\w\.jl\b/, 'Julia'],
  [/\bnode\s+(?:--?\S+\s+)*[\w./${}-]*\w\.[cm]?js\b/, 'JavaScript'],
]; // prettier-ignore

/** `python -m` modules that are tools (installers, servers, helpers), not the project's own program. */
const TOOL_MODULES = new Set([
  'pip', 'venv', 'virtualenv', 'ensurepip', 'pipx', 'build', 'twine', 'site', 'http', 'SimpleHTTPServer',
  'json', 'ipykernel', 'jupyter', 'notebook', 'grpc_tools', 'spacy', 'nltk', 'conda', 'uv', 'poetry', 'wheel',
  'setuptools', 'compileall', 'py_compile', 'zipfile', 'tarfile', 'platform', 'sysconfig', 'certifi', 'this',
]); // prettier-ignore

/** The language of the program a shell or Makefile line launches, or null. */
export function launchedLanguage(line: string): string | null {
  // Building or installing a package (setup.py, get-pip.py) is not running a program.
  const code = line.replace(/^\s*#.*$/, '').replace(/\b(setup|get-pip)\.py\b/g, '');
  if (!code.trim()) return null;
  for (const [re, language] of PROGRAM_FILE) if (re.test(code)) return language;
  const module = /\bpython[\d.]*\s+(?:-[A-Za-z]+\s+)*-m\s+([A-Za-z_][\w]*)/.exec(code);
  if (module && !TOOL_MODULES.has(module[1]!)) return 'Python';
  return null;
}

/** The language a README command runs or installs for: `python train.py`, `pip install -r requirements.txt`. */
function readmeLanguage(line: string): string | null {
  // What runs inside a container (`docker run … node:22 node your-script.js`) is the image's, not the repository's.
  if (/\b(?:docker|podman)\s+(?:run|exec)\b|\b(?:singularity|apptainer)\s+(?:exec|run)\b/.test(line))
    return null;
  if (/^\s*(?:sudo\s+)?(?:pip3?|conda|mamba|micromamba)\s+install\b/.test(line)) return 'Python';
  return launchedLanguage(line);
}

function launchers(tree: Tree): string[] {
  return tree.paths
    .filter((p) => (SHELL_SCRIPT.test(p) || MAKEFILES.has(baseName(p))) && tree.ignored(p) !== 'vendored')
    .sort(byDepth)
    .slice(0, MAX_FILES);
}

/** READMEs at the root and one folder down (pytorch/README.md, tf/README.md): how they say to run the code. */
function readmes(tree: Tree): string[] {
  return tree.paths
    .filter(
      (p) => /^README(?:\.md|\.rst|\.txt)?$/i.test(baseName(p)) && Tree.depth(p) <= 1 && !tree.ignored(p),
    )
    .sort(byDepth)
    .slice(0, 6);
}

export const launchersDetector: Detector = {
  name: 'launchers',
  select: (tree) => [...launchers(tree), ...readmes(tree)],
  async detect(input) {
    const facts: Fact[] = [];
    // The programs a README's commands run or install for (`python train.py`, `conda install pytorch`), or those of
    // the usage guide it links to: the language of a repository whose code was not among the files.
    for (const path of await withLinkedGuides(input, readmes(input.tree))) {
      const text = input.text(path);
      const found =
        text === null ? undefined : commandLines(text).find((l) => readmeLanguage(l.text) !== null);
      if (found)
        facts.push({
          type: 'launches',
          language: readmeLanguage(found.text)!,
          ev: seen(path, found.line, found.text, 'lang.readme-launcher', 3),
        });
    }
    for (const path of launchers(input.tree)) {
      const text = input.text(path);
      if (text === null) continue;
      // A shell script as the shell reads it: continued lines joined, its own variables expanded
      // (CMD="$LAUNCHER pretrain_gpt.py"); a Makefile line by line.
      const lines = MAKEFILES.has(baseName(path))
        ? text.split(/\r?\n/).map((t, i) => ({ line: i + 1, text: t }))
        : scriptLines(text);
      const found = lines.find((l) => launchedLanguage(l.text) !== null);
      if (!found) continue;
      facts.push({
        type: 'launches',
        language: launchedLanguage(found.text)!,
        ev: seen(path, found.line, found.text, 'lang.launcher', 1),
      });
    }
    return facts;
  },
};
