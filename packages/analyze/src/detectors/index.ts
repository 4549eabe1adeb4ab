// Every detector, and the one pass that runs them: list the tree, read what they ask for in one batch, detect.
import type { RepoFiles } from '@envboot/git-source';
import type { AnalysisWarning, Fact } from '../model.js';
import { knownPackage } from '../knowledge/catalog.js';
import { codeDetector } from './code.js';
import { cppDetector } from './cpp.js';
import { cudaSetupDetector } from './cuda-setup.js';
import { dockerDetector } from './docker.js';
import { documentsDetector } from './documents.js';
import { goDetector } from './go.js';
import { haskellDetector } from './haskell.js';
import { nativeDetector } from './native.js';
import { phpDetector } from './php.js';
import { swiftDetector } from './swift.js';
import { zigDetector } from './zig.js';
import { dotnetDetector } from './dotnet.js';
import { dartDetector } from './dart.js';
import { elixirDetector } from './elixir.js';
import { hostDetector } from './host.js';
import { installDetector } from './install.js';
import { javaDetector } from './java.js';
import { jobsDetector } from './jobs.js';
import { juliaDetector } from './julia.js';
import { launchersDetector } from './launchers.js';
import { loadsDetector } from './loads.js';
import {
  codeFirst,
  countedFiles,
  interpreterLanguage,
  languageOf,
  scriptCandidates,
  languageShares,
  pythonIsBuildGlue,
  statedLibraryFirst,
  withKernelLanguage,
  type LanguageShare,
} from './languages.js';
import { nodeDetector } from './node.js';
import { notebookDetector } from './notebook.js';
import { cogDetector } from './python/cog.js';
import { condaDetector } from './python/conda.js';
import { pipfileDetector } from './python/pipfile.js';
import { pyprojectDetector } from './python/pyproject.js';
import { requirementsDetector } from './python/requirements.js';
import { setupDetector } from './python/setup.js';
import { versionFilesDetector } from './python/version-files.js';
import { rDetector } from './r.js';
import { readmeDetector, readmeFiles } from './readme.js';
import { rubyDetector } from './ruby.js';
import { rustDetector } from './rust.js';
import { Tree } from './tree.js';
import { CPU_FILE_MENTION, withGpuVariants } from './variants.js';
import type { Detector, DetectorInput } from './types.js';

/** The packages a README names (its usage code's imports, its requirement lists and prose, the framework it says
 * the code is written in): with nothing else in the repository, what they are written for is its language. */
const README_PACKAGE_RULES = new Set([
  'readme.imports',
  'readme.requirement-list',
  'readme.requirement-prose',
  'readme.implementation',
]);

export const DETECTORS: Detector[] = [
  requirementsDetector,
  condaDetector,
  pyprojectDetector,
  setupDetector,
  pipfileDetector,
  versionFilesDetector,
  cogDetector,
  notebookDetector,
  documentsDetector,
  nodeDetector,
  rustDetector,
  rubyDetector,
  goDetector,
  haskellDetector,
  elixirDetector,
  phpDetector,
  swiftDetector,
  zigDetector,
  dotnetDetector,
  dartDetector,
  javaDetector,
  cppDetector,
  nativeDetector,
  rDetector,
  juliaDetector,
  loadsDetector,
  dockerDetector,
  hostDetector,
  jobsDetector,
  launchersDetector,
  cudaSetupDetector,
  readmeDetector,
  installDetector,
  codeDetector,
];

/** The runtime of a package's ecosystem, for a repository known only by its install instructions. */
const INSTALLED_RUNTIME: Partial<Record<string, string>> = { pypi: 'python', conda: 'python' };

/** Source files whose sizes are fetched for exact language bytes when there are at most this many. */
export const LANGUAGE_BYTES_LIMIT = 300;
/** Files larger than this are not parsed (a 5 MB "requirements.txt" is not a requirements file). */
export const MAX_PARSED_BYTES = 1024 * 1024;

export interface DetectionResult {
  facts: Fact[];
  languages: LanguageShare[];
  tree: Tree;
  readFiles: number;
  /** Files a detector was meant to read but could not, and why. */
  warnings: AnalysisWarning[];
  /** The README, for the language model (as data). */
  readme: { file: string; text: string } | null;
}

/** A file's text, or why it is not read as text. */
function decode(buf: Buffer): { text: string } | { skipped: string } {
  if (buf.length > MAX_PARSED_BYTES)
    return { skipped: `larger than ${MAX_PARSED_BYTES / 1024 / 1024} MiB (${buf.length} bytes): not read` };
  // Binary files (a NUL byte early on) are not text.
  if (buf.subarray(0, 8000).includes(0)) return { skipped: 'binary content: not read as text' };
  return { text: buf.toString('utf8').replace(/^\uFEFF/, '') };
}

export async function detect(files: RepoFiles, detectors: Detector[] = DETECTORS): Promise<DetectionResult> {
  const tree = new Tree(files.entries);
  const wanted = new Set<string>();
  if (tree.has('.gitattributes')) wanted.add('.gitattributes');
  const scripts = scriptCandidates(files.entries);
  for (const p of scripts) wanted.add(p);
  for (const d of detectors) for (const p of d.select(tree)) wanted.add(p);
  // For exact language bytes, small repositories get their source files read too (sizes come with them).
  // A cheap first count (by extension only): the full Linguist rules run once, after .gitattributes is read.
  const unsized = files.entries.filter((e) => e.size === null && languageOf(e.path) !== null);
  if (unsized.length > 0 && unsized.length <= LANGUAGE_BYTES_LIMIT) {
    for (const f of countedFiles(unsized, null)) wanted.add(f.path);
  }

  const contents = new Map<string, Buffer>();
  const read = async (paths: string[]) => {
    const missing = paths.filter((p) => !contents.has(p) && tree.has(p));
    if (missing.length === 0) return;
    for (const [p, buf] of await files.read(missing)) contents.set(p, buf);
  };
  await read([...wanted]);
  const decoded = new Map<string, ReturnType<typeof decode> | null>();
  const textOf = (path: string) => {
    if (!decoded.has(path)) {
      const buf = contents.get(path);
      decoded.set(path, buf ? decode(buf) : null);
    }
    return decoded.get(path) ?? null;
  };
  const warnings: AnalysisWarning[] = [];
  const warned = new Set<string>();
  const facts: Fact[] = [];
  for (const d of detectors) {
    const warn = (file: string, reason: string) => {
      const key = `${file}\0${reason}`;
      if (warned.has(key)) return;
      warned.add(key);
      warnings.push({ file, detector: d.name, reason });
    };
    const input: DetectorInput = {
      tree,
      text: (path) => {
        const got = textOf(path);
        if (got && 'skipped' in got) warn(path, got.skipped);
        return got && 'text' in got ? got.text : null;
      },
      readMore: async (paths) => {
        await read(paths);
        for (const p of paths) decoded.delete(p);
      },
      warn,
    };
    facts.push(...(await d.detect(input)));
  }
  // CPU variants the instructions name (`conda env create -f environment_cpu.yml`), in the files or not.
  const mentioned = new Set<string>();
  for (const path of contents.keys()) {
    if (!/\.(?:md|rst|txt)$/i.test(path) || /requirements/i.test(path)) continue;
    const got = textOf(path);
    if (got && 'text' in got) for (const m of got.text.matchAll(CPU_FILE_MENTION)) mentioned.add(m[0]);
  }
  const found = withGpuVariants(tree, facts, mentioned);

  const sized = files.entries.map((e) =>
    e.size === null && contents.has(e.path) ? { ...e, size: contents.get(e.path)!.length } : e,
  );
  const plainText = (path: string) => {
    const got = textOf(path);
    return got && 'text' in got ? got.text : null;
  };
  const kernelsOf = (rule: string) =>
    found.flatMap((f) => (f.type === 'notebook-kernel' && f.ev.rule === rule ? [f.language] : []));
  const chunks = kernelsOf('doc.chunks');
  const byInterpreter = new Map<string, string>();
  for (const p of scripts) {
    const head = contents.get(p)?.subarray(0, 200).toString('utf8');
    const language = head === undefined ? null : interpreterLanguage(head);
    if (language) byInterpreter.set(p, language);
  }
  const counted = countedFiles(sized, plainText('.gitattributes'), byInterpreter);
  const languages = codeFirst(
    withKernelLanguage(
      withKernelLanguage(
        withKernelLanguage(languageShares(counted), kernelsOf('nb.kernel')),
        chunks,
        'Quarto',
      ),
      chunks,
      'RMarkdown',
    ),
    found.flatMap((f) => (f.type === 'manifest' && f.runtime ? [f.runtime] : [])),
    {
      launched: found.flatMap((f) =>
        f.type === 'launches' && f.ev.rule === 'lang.launcher' ? [f.language] : [],
      ),
      readmeLaunched: found.flatMap((f) =>
        f.type === 'launches' && f.ev.rule === 'lang.readme-launcher' ? [f.language] : [],
      ),
      compiled: found.flatMap((f) =>
        f.type === 'launches' && f.ev.rule === 'cpp.makefile-sources' ? [f.language] : [],
      ),
      installedRuntimes: found.flatMap((f) =>
        f.type === 'package' && (f.ev.rule.startsWith('install.') || README_PACKAGE_RULES.has(f.ev.rule))
          ? [INSTALLED_RUNTIME[f.ecosystem] ?? '']
          : [],
      ),
      pythonIsBuildGlue:
        pythonIsBuildGlue(counted) ||
        // A root setup.py that builds with CMake, and no other Python: the package of a C++ project.
        (found.some((f) => f.type === 'launches' && f.ev.rule === 'cpp.setup-cmake') &&
          counted.every((f) => f.language !== 'Python' || f.path === 'setup.py')),
      packageRuntimes: found.flatMap((f) =>
        f.type === 'manifest' && f.project && f.runtime ? [f.runtime] : [],
      ),
      manifestDepths: manifestDepths(found),
      namesPythonPackages: found.some(
        (f) =>
          f.type === 'package' &&
          (f.ecosystem === 'pypi' || f.ecosystem === 'conda') &&
          f.scope !== 'dev' &&
          // pre-commit in a C++ project's contributing notes is not a Python package it builds.
          knownPackage('python', f.name)?.category !== 'testing',
      ),
      manifestLanguages: found.some((f) => f.type === 'launches' && f.ev.rule === 'node.typescript')
        ? { node: 'TypeScript' }
        : {},
    },
  );
  const stated = found.flatMap((f) =>
    f.type === 'launches' && f.ev.rule === 'readme.library-language' ? [f.language] : [],
  )[0];
  const ordered = statedLibraryFirst(languages, stated, counted);
  const readmePath = readmeFiles(tree)[0];
  const readmeText = readmePath ? plainText(readmePath) : null;
  return {
    facts: found,
    languages: ordered,
    tree,
    readFiles: contents.size,
    warnings,
    readme: readmePath && readmeText !== null ? { file: readmePath, text: readmeText } : null,
  };
}

/** Each manifest runtime's shallowest manifest file (0 for one at the root). */
function manifestDepths(found: Fact[]): Record<string, number> {
  const depths: Record<string, number> = {};
  for (const f of found) {
    if (f.type !== 'manifest' || !f.runtime) continue;
    const depth = Tree.depth(f.file);
    depths[f.runtime] = Math.min(depths[f.runtime] ?? depth, depth);
  }
  return depths;
}
