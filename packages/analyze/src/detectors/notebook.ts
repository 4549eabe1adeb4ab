// Jupyter notebooks: `!pip install` / `%pip install` lines are packages; imports and device choices in code cells
// count like those in .py files.
import { seen, type Fact } from '../model.js';
import {
  deviceFacts,
  exampleFiles,
  importFacts,
  localModules,
  pythonVersionFacts,
  usageFallback,
} from './code.js';
import { pythonPackageFacts } from './python/facts.js';
import { parseRequirement } from './python/pep508.js';
import { byDepth, type Tree } from './tree.js';
import { isRecord, jsonOf, lineOf, type Warn } from './text.js';
import type { Detector } from './types.js';
import { kernelLanguage } from './languages.js';
import { juliaUsings, rLoads } from './loads.js';
import { CPU_ONLY, GPU_REQUIRED, notANeed, outsideDemos } from './readme.js';

const MAX_NOTEBOOKS = 30;

function notebooks(tree: Tree): string[] {
  return tree.paths
    .filter((p) => p.endsWith('.ipynb') && !tree.ignored(p) && !p.includes('.ipynb_checkpoints/'))
    .sort(byDepth)
    .slice(0, MAX_NOTEBOOKS);
}

/** The cells of a notebook: nbformat 4's cells, or nbformat 3's worksheets of cells. */
function cellsOf(doc: unknown): Record<string, unknown>[] | null {
  if (!isRecord(doc)) return null;
  if (Array.isArray(doc.cells)) return doc.cells.filter(isRecord);
  if (Array.isArray(doc.worksheets))
    return doc.worksheets
      .filter(isRecord)
      .flatMap((w) => (Array.isArray(w.cells) ? w.cells.filter(isRecord) : []));
  return null;
}

/**
 * What a notebook says of the GPU outside its code: a Colab accelerator asked for in its metadata (a hint that it
 * was written for a GPU runtime), and a statement in its text that a GPU is needed ("you'll need access to a
 * computer with an NVIDIA GPU").
 */
/** The line of a text around an offset. */
function sentenceOf(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

function gpuStatements(path: string, raw: string): Fact[] {
  // Read once its code was: the text is JSON.
  const doc = JSON.parse(raw) as unknown;
  const facts: Fact[] = [];
  const meta = isRecord(doc) && isRecord(doc.metadata) ? doc.metadata : null;
  const colab = meta && isRecord(meta.colab) ? meta.colab : null;
  const accelerator = meta?.accelerator ?? colab?.gpuType;
  if (typeof accelerator === 'string' && /^(GPU|T4|A100|V100|L4)$/i.test(accelerator)) {
    const line = lineOf(raw, /"(accelerator|gpuType)"/);
    facts.push({
      type: 'gpu-hint',
      ev: seen(path, line, `accelerator: ${accelerator}`, 'nb.accelerator', 3),
    });
  }
  const prose = (cellsOf(doc) ?? [])
    .filter((c) => c.cell_type === 'markdown')
    .map(sourceOf)
    .join('\n');
  const said = prose ? outsideDemos(GPU_REQUIRED, prose, notANeed) : null;
  if (said)
    facts.push({
      type: 'gpu',
      requirement: 'required',
      ev: seen(path, lineOf(raw, said[0]), said[0], 'nb.gpu-required', 2),
    });
  // "GPU usage is not required for this course": the GPU cells are an aside. Said of the whole course, book or
  // workshop only: "No GPU needed" in one notebook speaks of that notebook.
  const none = said || !prose ? null : outsideDemos(CPU_ONLY, prose);
  const ofAll =
    none &&
    /\b(?:course|book|class|workshop|tutorials?|lessons|these notebooks)\b/i.test(
      sentenceOf(prose, none.index),
    );
  if (none && ofAll)
    facts.push({
      type: 'gpu',
      requirement: 'none',
      ev: seen(path, lineOf(raw, none[0]), none[0], 'nb.cpu-only', 2),
    });
  return facts;
}

/** A cell's source: `source` (nbformat 4) or `input` (nbformat 3), as a list of lines or one string. */
function sourceOf(cell: Record<string, unknown>): string {
  const source = cell.source ?? cell.input;
  return Array.isArray(source) ? source.join('') : typeof source === 'string' ? source : '';
}

/** The code cells of a notebook as one Python text (magics kept, so pip lines can be found). */
export function notebookCode(text: string, file: string, warn: Warn): string | null {
  const cells = cellsOf(jsonOf(text, file, warn));
  if (!cells) return null;
  return cells
    .filter((c) => c.cell_type === 'code')
    .map(sourceOf)
    .join('\n');
}

/**
 * The kernel's language: metadata.kernelspec.language, else metadata.language_info.name, else (nbformat 3) the
 * language its code cells name, else what the kernel's name or display name says ("python3", "Julia 1.6.0").
 */
export function notebookLanguage(text: string, file: string, warn: Warn): string | null {
  // A notebook that is not JSON is reported once (warnings are kept per file and reason).
  const doc = jsonOf(text, file, warn);
  const meta = isRecord(doc) && isRecord(doc.metadata) ? doc.metadata : null;
  const spec = meta && isRecord(meta.kernelspec) ? meta.kernelspec : null;
  const info = meta && isRecord(meta.language_info) ? meta.language_info : null;
  const cell = cellsOf(doc)?.find((c) => c.cell_type === 'code' && typeof c.language === 'string');
  const language = spec?.language ?? info?.name ?? cell?.language;
  if (typeof language === 'string' && language.trim()) return kernelLanguage(language);
  if (spec) return kernelNamed(spec.name) ?? kernelNamed(spec.display_name);
  // No kernel recorded at all (metadata stripped): the code cells say it.
  return codeLanguage(
    (cellsOf(doc) ?? [])
      .filter((c) => c.cell_type === 'code')
      .map(sourceOf)
      .join('\n'),
  );
}

/** What a notebook's code is written in, by the lines only one of Python, R and Julia writes. */
const CODE_LANGUAGES: Array<[string, RegExp]> = [
  ['Python', /^\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(.*\)\s*:|print\s*\()/m],
  ['R', /^\s*(?:library|require)\(\w+\)|\w+\s*<-\s*\S/m],
  ['Julia', /^\s*using\s+[A-Z]\w*(?:\s*,\s*[A-Z]\w*)*\s*$|^\s*end\s*$/m],
];

function codeLanguage(code: string): string | null {
  const found = CODE_LANGUAGES.filter(([, re]) => re.test(code)).map(([name]) => name);
  return found.length === 1 ? found[0]! : null;
}

/** The package Jupyter runs a language's notebooks with. */
const KERNEL_PACKAGES: Record<string, { ecosystem: 'julia' | 'cran'; name: string }> = {
  Julia: { ecosystem: 'julia', name: 'IJulia' },
  R: { ecosystem: 'cran', name: 'IRkernel' },
};

/** Kernel names and display names that give the language (Colab writes `{name: "python3"}` and nothing else). */
const KERNEL_NAMES: Array<[RegExp, string]> = [
  [/^python\s*[23]?(?:\.\d+)*\b/i, 'Python'],
  [/^(?:ir|r)$/i, 'R'],
  [/^julia\b/i, 'Julia'],
  [/^\.net-csharp$|^\.net \(c#\)$|^c#/i, 'C#'],
  [/^\.net-fsharp$|^\.net \(f#\)$|^f#/i, 'F#'],
  [/^ruby\b/i, 'Ruby'],
  [/^scala\b/i, 'Scala'],
  [/^bash$/i, 'Shell'],
];

function kernelNamed(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  return KERNEL_NAMES.find(([re]) => re.test(name.trim()))?.[1] ?? null;
}

/**
 * The Python a notebook last ran on: metadata.language_info.version (2.7.6, 3.10.12), else a python2 kernel. What
 * the author happened to run, so it counts only when nothing stronger states a version.
 */
export function notebookPython(text: string, file: string, warn: Warn): string | null {
  const doc = jsonOf(text, file, warn);
  const meta = isRecord(doc) && isRecord(doc.metadata) ? doc.metadata : null;
  const spec = meta && isRecord(meta.kernelspec) ? meta.kernelspec : null;
  const info = meta && isRecord(meta.language_info) ? meta.language_info : null;
  if (info && info.name === 'python' && typeof info.version === 'string') {
    const v = /^([23])\.(\d{1,2})\./.exec(info.version);
    if (v) return `${v[1]}.${v[2]}`;
  }
  return spec && /^python2$/i.test(String(spec.name ?? '')) ? '2.7' : null;
}

const PIP_LINE = /^[ \t]*[!%]\s*(?:python3?\s+-m\s+)?pip3?\s+install\s+(.+)$/gm;

export const notebookDetector: Detector = {
  name: 'notebooks',
  select: (tree) => [...notebooks(tree), ...exampleFiles(tree, /\.ipynb$/)],
  detect(input) {
    const facts: Fact[] = [];
    const local = localModules(input.tree);
    for (const path of notebooks(input.tree)) {
      const raw = input.text(path);
      const code = raw === null ? null : notebookCode(raw, path, input.warn);
      if (raw === null || code === null) continue;
      const language = notebookLanguage(raw, path, input.warn);
      facts.push(...gpuStatements(path, raw));
      if (language) {
        const line = lineOf(raw, /"(kernelspec|language_info|language)"/);
        facts.push({
          type: 'notebook-kernel',
          language,
          ev: seen(path, line, `kernel language: ${language}`, 'nb.kernel', 1),
        });
        // Jupyter runs a Julia or R notebook through that language's kernel package.
        const kernel = KERNEL_PACKAGES[language];
        if (kernel)
          facts.push({
            type: 'package',
            ecosystem: kernel.ecosystem,
            name: kernel.name,
            extras: [],
            version: null,
            scope: 'main',
            conditional: false,
            variant: null,
            ev: seen(path, line, `kernel language: ${language}`, 'nb.kernel-package', 2),
          });
      }
      const python = language === 'Python' ? notebookPython(raw, path, input.warn) : null;
      if (python)
        facts.push({
          type: 'runtime',
          name: 'python',
          version: python,
          range: null,
          ev: seen(path, lineOf(raw, /"(version|kernelspec)"/), `Python ${python}`, 'nb.python-version', 3),
        });
      for (const m of code.matchAll(PIP_LINE)) {
        const line = lineOf(raw, m[0].trim().slice(0, 40));
        const args = m[1]!
          .replace(/\s#.*$/, '')
          .split(/\s+/)
          .filter((a) => a && !a.startsWith('-'));
        for (const arg of args) {
          const req = parseRequirement(arg.replace(/^["']|["']$/g, ''));
          if (req)
            facts.push(
              ...pythonPackageFacts(req, { scope: 'main', ev: seen(path, line, m[0], 'nb.pip', 2) }),
            );
        }
      }
      // Imports and device choices: line numbers point into the notebook file where the text appears.
      const located = (f: Fact): Fact =>
        'ev' in f ? { ...f, ev: { ...f.ev, file: path, line: lineOf(raw, f.ev.seen.slice(0, 30)) } } : f;
      // An R notebook loads its packages with library(); a Python one imports them.
      if (language === 'R') facts.push(...rLoads(path, code, 'nb.library').map(located));
      if (language === 'Julia') facts.push(...juliaUsings(path, code).map(located));
      facts.push(
        ...importFacts(path, code, 'nb.imports', local).map(located),
        ...deviceFacts(path, code).map(located),
        ...pythonVersionFacts(path, code).map(located),
      );
    }
    for (const path of exampleFiles(input.tree, /\.ipynb$/)) {
      const raw = input.text(path);
      const code = raw === null ? null : notebookCode(raw, path, input.warn);
      const hint =
        code === null
          ? null
          : usageFallback(path, code, () => lineOf(raw!, /is_available/), 'code.example-fallback');
      if (hint) facts.push(hint);
    }
    const course = courseFact(notebooks(input.tree));
    if (course) facts.push(course);
    return facts;
  },
};

/** Notebook names that number chapters or lessons: 01_intro.ipynb, 10-keras.ipynb, lesson3.ipynb. */
const NUMBERED = /(^|\/)(?:\d{1,3}[_.\- ]|(?:chapter|lesson|lecture|week|part|ch)[_\- ]?\d)[^/]*\.ipynb$/i;

/**
 * Numbered notebooks are the chapters of a book or course, written to run on a laptop or in Colab: a framework they
 * use runs on the CPU too, so a GPU helps but is not needed.
 */
export function courseFact(paths: string[]): Fact | null {
  const numbered = paths.filter((p) => NUMBERED.test(p));
  if (numbered.length < 2) return null;
  const shown = `${numbered.length} numbered notebooks (${numbered.slice(0, 3).join(', ')})`;
  return { type: 'gpu-hint', ev: seen(numbered[0]!, null, shown, 'nb.course', 3) };
}
