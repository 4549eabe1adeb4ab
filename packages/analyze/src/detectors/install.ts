// Install instructions: `pip install …` and `conda create/install …` commands in the code blocks and command
// lines of the README, INSTALL files and docs/*.md (prose is never read as a command), and in Dockerfile RUN
// lines. Packages, Python and CUDA pins, wheel indexes, and the extras of the project they install.
import { knownPackage, nativeLibrary } from '../knowledge/catalog.js';
import { condaPackage, cudaFromDigits, pythonPackage } from '../knowledge/packages.js';
import { seen, type Fact, type FactOf, type Seen } from '../model.js';
import type { RuleId } from '../rules.js';
import { cudaInstallFacts, RECIPE } from './cuda-setup.js';
import { scriptLines, type CommandLine } from './scripts.js';
import { CUDA_PACKAGES, RUNTIMES, parseCondaSpec } from './python/conda.js';
import { pythonPackageFacts, TORCH_FAMILY, type Variant } from './python/facts.js';
import { lowestVersion, parseRequirement } from './python/pep508.js';
import { indexVariant } from './python/requirements.js';
import { imageFacts } from './docker.js';
import { compilesNative } from './native.js';
import { guideFiles, readmeFiles } from './readme.js';
import { urlPackageName } from './urls.js';
import { baseName, Tree } from './tree.js';
import type { Detector } from './types.js';
import { withLinkedGuides } from './guides.js';
import { isFence, lineOf, oneLineFence } from './text.js';

/** How many documentation pages are read at most (install and setup pages first). */
const MAX_DOC_PAGES = 12;

/** The README and INSTALL files at the root, then pages under docs/ or doc/ (install pages first), then readme/ guides. */
export function instructionFiles(tree: Tree): string[] {
  const docs = tree.paths
    .filter((p) => /^docs?\/(?:[^/]+\/)?[^/]+\.(md|markdown|rst|txt)$/i.test(p))
    .map((p) => ({ p, first: /install|setup|getting|quick|start|usage/i.test(p) ? 0 : 1 }))
    .sort((a, b) => a.first - b.first || Tree.depth(a.p) - Tree.depth(b.p) || (a.p < b.p ? -1 : 1))
    .slice(0, MAX_DOC_PAGES)
    .map((x) => x.p);
  // Install guides kept beside the README in a readme/ folder (readme/INSTALL.md) are read as docs/ pages are.
  const guides = guideFiles(tree).filter((p) => !docs.includes(p));
  return [...readmeFiles(tree), ...docs, ...guides];
}

const INLINE_INSTALL =
  /`((?:pip3?|python3?(?:\.\d+)? -m pip|uv pip)\s+install\s[^`]+|(?:conda|mamba|micromamba)\s+(?:install|create)\s[^`]+)`/g;
const INDENTED_INSTALL =
  /^(?: {4,}|\t)(?:(?:pip3?|python3?(?:\.\d+)? -m pip|uv pip)\s+install|(?:conda|mamba|micromamba)\s+(?:install|create))\b|^(?: {4,}|\t)(?:sudo\s+)?(?:cp|mv|ln)\s+\S*\bcpython-3\d/;

/**
 * The lines of a document that are commands: inside ``` or ~~~ fences, in reStructuredText literal blocks
 * (after `::` or `.. code-block::`), and lines with a shell prompt (`$ pip install …`). Continuation lines
 * (a trailing backslash) are joined. An install command indented as a Markdown code block, or written as inline
 * code, is one too.
 */
export function commandLines(text: string): CommandLine[] {
  const out: CommandLine[] = [];
  const lines = text.split(/\r?\n/);
  let fence: string | null = null;
  let rstIndent: number | null = null;
  let pending: CommandLine | null = null;
  const push = (line: number, raw: string) => {
    const t = raw.trim();
    if (pending) {
      pending.text = `${pending.text.trimEnd()} ${t.replace(/\\$/, '')}`;
      if (!t.endsWith('\\')) {
        out.push(pending);
        pending = null;
      }
      return;
    }
    if (t.endsWith('\\')) pending = { line, text: t.replace(/\\$/, '') };
    else if (t) out.push({ line, text: t });
  };
  lines.forEach((raw, i) => {
    const inline = fence === null ? oneLineFence(raw) : null;
    if (inline) return push(i + 1, inline);
    const fenceMark = isFence(raw) ? /^\s*(```|~~~)/.exec(raw) : null;
    if (fenceMark) {
      if (fence === null) fence = fenceMark[1]!;
      else if (fenceMark[1] === fence) fence = null;
      return;
    }
    if (fence !== null) return push(i + 1, raw);
    if (rstIndent !== null) {
      const indent = /^(\s*)/.exec(raw)![1]!.length;
      if (raw.trim() === '') return;
      if (indent > rstIndent) return push(i + 1, raw);
      rstIndent = null;
    }
    if (/^\s*\.\.\s+(code-block|code|sourcecode)::/.test(raw) || /::\s*$/.test(raw)) {
      rstIndent = /^(\s*)/.exec(raw)![1]!.length;
      return;
    }
    if (/^\s*\$\s+\S/.test(raw)) return push(i + 1, raw);
    // An install command as inline code of a line (`pip install torch==2.1.1 torchvision==0.16.1`).
    for (const m of raw.matchAll(INLINE_INSTALL)) push(i + 1, m[1]!);
    // A Markdown code block by indentation: an install command indented four spaces after a blank line.
    if (
      INDENTED_INSTALL.test(raw) &&
      (i === 0 || lines[i - 1]!.trim() === '' || INDENTED_INSTALL.test(lines[i - 1]!))
    )
      push(i + 1, raw);
  });
  if (pending) out.push(pending);
  return out;
}

/**
 * Words of a shell command, quotes removed (no expansion). Extras written with spaces stay with their target:
 * `dramatiq[rabbitmq, watch]` and `. [train]` are one word each.
 */
function words(cmd: string): string[] {
  const out: string[] = [];
  // As the shell reads them: quoted and bare parts with nothing between are one word ('python='$VERSION).
  for (const m of cmd.matchAll(/(?:"[^"]*"|'[^']*'|[^\s"']+)+/g)) {
    const quoted = /["']/.test(m[0]);
    const w = m[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2');
    const last = out[out.length - 1];
    const open = last !== undefined && last.lastIndexOf('[') > last.lastIndexOf(']');
    if (!quoted && last !== undefined && (open || (w.startsWith('[') && localTarget(last))))
      out[out.length - 1] = `${last}${open ? ' ' : ''}${w}`;
    else out.push(w);
  }
  return out;
}

/** A command line without its shell comment (a `#` after a space, outside quotes: `pip install x  # optional`). */
function withoutShellComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i);
  }
  return text;
}

/** The commands on a line: prompts, `sudo`, `!`/`%` magics, `VAR=value` prefixes and comments removed. */
function commandsOf(text: string): string[][] {
  return withoutShellComment(text)
    .replace(/^\s*(?:\(\S+\)\s*)?[$>%!]\s*/, '')
    .split(/&&|\|\||;/)
    .map((c) => words(c.trim()))
    .map((w) => {
      let i = 0;
      while (i < w.length && (w[i] === 'sudo' || /^[A-Z_][A-Z0-9_]*=/.test(w[i]!))) i++;
      return w.slice(i);
    })
    .filter((w) => w.length > 0);
}

const PIP_VALUE_FLAGS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--python-version',
  '--platform',
  '--only-binary',
  '--no-binary',
  '-C',
  '--config-settings',
  '--trusted-host',
  '--src',
]);
const INDEX_FLAGS = new Set(['-i', '--index-url', '--extra-index-url', '-f', '--find-links']);

/** Where pip's arguments start: `pip install`, `pip3 install`, `python -m pip install`, `uv pip install`. */
function pipArgs(w: string[]): string[] | null {
  let i = 0;
  if (/^python(\d(\.\d+)?)?$/.test(w[0]!) && w[1] === '-m') i = 2;
  else if (w[0] === 'uv' && w[1] === 'pip') i = 1;
  if (!/^pip(3(\.\d+)?)?$/.test(w[i] ?? '')) return null;
  // pip's own options may come before the command: pip --no-cache-dir install …
  let at = i + 1;
  while (/^--[\w-]+$/.test(w[at] ?? '') && !PIP_VALUE_FLAGS.has(w[at]!)) at++;
  return w[at] === 'install' ? w.slice(at + 1) : null;
}

/** A local target (`.`, `./pkg`, `.[train]`, `-e ".[dev,gpu]"`), with the extras it names. */
export function localTarget(arg: string): string[] | null {
  const m = /^(?:\.{1,2}(?:\/[^[\s]*)?|\/[^[\s]*)\s*(?:\[([^\]]*)\])?$/.exec(arg);
  if (!m) return null;
  return (m[1] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
}

export interface CommandContext {
  file: string;
  line: number;
  text: string;
  pipRule: RuleId;
  condaRule: RuleId;
  priority: 1 | 2;
  /** Read only conda commands (a Dockerfile's pip lines are read by the Dockerfile detector). */
  condaOnly?: boolean;
  /** The repository compiles C or C++: the system libraries its instructions install are its stack. */
  compiles?: boolean;
}

function pipFacts(args: string[], ctx: CommandContext): Fact[] {
  const facts: Fact[] = [];
  const ev = (rule: RuleId): Seen => seen(ctx.file, ctx.line, ctx.text, rule, ctx.priority);
  let variant: Variant = null;
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, null];
    if (INDEX_FLAGS.has(flag)) {
      const url = inline ?? args[++i] ?? '';
      const v = indexVariant(url);
      if (v) {
        const rule =
          v.kind === 'cuda' ? 'py.index.cuda' : v.kind === 'cpu' ? 'py.index.cpu' : 'py.index.rocm';
        variant = { ...v, via: ev(rule) };
        if (v.kind === 'cuda') facts.push({ type: 'cuda', version: v.cuda, ev: ev(rule) });
      }
    } else if (PIP_VALUE_FLAGS.has(flag)) {
      if (inline === null) i++;
    } else if (flag === '-e' || flag === '--editable') {
      if (inline !== null) targets.push(inline);
    } else if (!a.startsWith('-')) {
      targets.push(a);
    }
  }
  for (const t of targets) {
    const extras = localTarget(t);
    if (extras) {
      if (extras.length) facts.push({ type: 'install-extras', extras, ev: ev('install.extras') });
      continue;
    }
    if (/[<>]\w|\$|\{|\}/.test(t)) continue;
    const fromUrl = /^(git\+|hg\+|https?:|file:)|\.whl$|\.tar\.gz$|\.zip$/.test(t);
    const name = fromUrl ? urlPackageName(t) : t;
    const req = name ? parseRequirement(name) : null;
    if (!req) continue;
    facts.push(
      ...pythonPackageFacts(req, {
        scope: 'main',
        ev: ev(ctx.pipRule),
        indexVariant: TORCH_FAMILY.has(req.name.toLowerCase()) ? variant : null,
      }),
    );
    // `pip install myproject[gpu]`: extras of a package name the install instructions select.
    if (req.extras.length)
      facts.push({ type: 'install-extras', extras: req.extras, ev: ev('install.extras') });
  }
  return facts;
}

const CONDA_VALUE_FLAGS = new Set(['-n', '--name', '-p', '--prefix', '-c', '--channel', '--file', '-f']);

function condaFacts(args: string[], ctx: CommandContext): Fact[] {
  const facts: Fact[] = [];
  const ev = seen(ctx.file, ctx.line, ctx.text, ctx.condaRule, ctx.priority);
  const specs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (CONDA_VALUE_FLAGS.has(a)) i++;
    else if (!a.startsWith('-')) specs.push(a);
  }
  const cpuOnly = specs.some((s) => s.toLowerCase() === 'cpuonly');
  for (const raw of specs) {
    const spec = parseCondaSpec(raw);
    if (!spec || /[<>$]/.test(spec.name)) continue;
    const name = spec.name.toLowerCase();
    const runtime = RUNTIMES[name];
    if (runtime) {
      facts.push({ type: 'runtime', name: runtime, version: lowestVersion(spec.spec), range: spec.spec, ev });
      continue;
    }
    if (CUDA_PACKAGES.has(name)) {
      const version = lowestVersion(spec.spec);
      if (version) facts.push({ type: 'cuda', version: version.split('.').slice(0, 2).join('.'), ev });
      else facts.push({ type: 'gpu', requirement: 'required', ev });
      continue;
    }
    if (name === 'cpuonly') continue;
    // The pytorch channel's old CUDA selectors (conda install pytorch torchvision cuda80 -c soumith).
    const selector = /^cuda(\d{2,3})$/.exec(name);
    if (selector) {
      facts.push({ type: 'cuda', version: cudaFromDigits(selector[1]!), ev });
      continue;
    }
    const meaning = condaPackage(name);
    facts.push({
      type: 'package',
      ecosystem: 'conda',
      name: meaning.pypiName,
      extras: [],
      version: spec.spec ? spec.spec.replace(/^==/, '') : null,
      scope: 'main',
      conditional: false,
      variant: cpuOnly && TORCH_FAMILY.has(meaning.pypiName) ? { kind: 'cpu', via: ev } : null,
      ev,
    });
  }
  return facts;
}

/** Facts from one command line: pip and conda installs (other commands are not read). */
export function commandFacts(ctx: CommandContext): Fact[] {
  const facts: Fact[] = [];
  for (const w of commandsOf(ctx.text)) {
    const pip = ctx.condaOnly ? null : pipArgs(w);
    if (pip) {
      facts.push(...pipFacts(pip, ctx));
      continue;
    }
    if (/^(conda|mamba|micromamba)$/.test(w[0]!) && (w[1] === 'create' || w[1] === 'install'))
      facts.push(...condaFacts(w.slice(2), ctx));
    // pyenv install 3.8.13, pyenv local 3.10: the Python the instructions set up.
    const pyenv =
      w[0] === 'pyenv' && /^(install|local|global|shell|virtualenv)$/.test(w[1] ?? '') ? w.slice(2) : [];
    const version = pyenv.find((a) => /^3\.\d{1,2}(\.\d+)?$/.test(a));
    if (version)
      facts.push({
        type: 'runtime',
        name: 'python',
        version: version.split('.').slice(0, 2).join('.'),
        range: null,
        ev: seen(ctx.file, ctx.line, ctx.text, 'install.pyenv', ctx.priority),
      });
    // apt-get install python3.9 (deadsnakes), dnf install python3.11: the Python the machine is set up with.
    const system =
      /^(?:apt|apt-get|yum|dnf)$/.test(w[0] ?? '') && w.includes('install')
        ? w.map((a) => /^python(3\.\d{1,2})$/.exec(a)?.[1]).find(Boolean)
        : undefined;
    if (system)
      facts.push({
        type: 'runtime',
        name: 'python',
        version: system,
        range: null,
        ev: seen(ctx.file, ctx.line, ctx.text, 'install.system-python', ctx.priority),
      });
    // apt-get install libncursesw5-dev zlib1g-dev, dnf install ncurses-devel, brew install ncurses: the C and C++
    // libraries the build links.
    const manager = /^(?:apt|apt-get|yum|dnf|zypper|brew|pacman)$/.test(w[0] ?? '') ? w[0]! : null;
    if (ctx.compiles && manager && w.some((a) => a === 'install' || /^-S\w*$/.test(a))) {
      const devOnly = !/^(?:brew|pacman)$/.test(manager);
      for (const a of w.slice(1)) {
        const library = a.startsWith('-') ? null : nativeLibrary(a, devOnly);
        const test = library?.category === 'testing';
        if (library)
          facts.push({
            type: 'package',
            ecosystem: 'native',
            name: a,
            extras: [],
            version: null,
            scope: test ? 'dev' : 'main',
            group: test ? 'test' : null,
            conditional: false,
            variant: null,
            ev: seen(ctx.file, ctx.line, ctx.text, 'install.system-library', ctx.priority),
          });
      }
    }
    // A requirement list that pins the interpreter (`python==3.6+`), and the CPython tag of a module the instructions
    // copy or install (emd_cuda.cpython-36m-x86_64-linux-gnu.so, a cp39 wheel): the Python it runs on.
    const pinned = w.length === 1 ? /^python(?:==?|>=|~=)(3\.\d{1,2})\b/i.exec(w[0]!) : null;
    const abi = w.map((a) => /\bcpython-3(\d{1,2})m?-|-cp3(\d{1,2})-cp3\d{1,2}m?-/.exec(a)).find(Boolean);
    if (pinned || abi)
      facts.push({
        type: 'runtime',
        name: 'python',
        version: pinned ? pinned[1]! : `3.${abi![1] ?? abi![2]}`,
        range: null,
        ev: seen(
          ctx.file,
          ctx.line,
          ctx.text,
          pinned ? 'readme.python' : 'install.python-build',
          ctx.priority,
        ),
      });
    const venv = venvPython(w);
    if (venv)
      facts.push({
        type: 'runtime',
        name: 'python',
        version: venv,
        range: null,
        ev: seen(ctx.file, ctx.line, ctx.text, 'install.venv', ctx.priority),
      });
  }
  return facts;
}

/**
 * The Python a virtual environment is made with: `virtualenv -p python3.6 venv`, `virtualenv --python=/usr/bin/python3.5
 * env`, `python3.9 -m venv .venv`, `uv venv --python 3.11`.
 */
export function venvPython(w: string[]): string | null {
  const version = (arg: string | undefined) =>
    /^(?:\S*\/)?(?:python)?(3\.\d{1,2}|2\.7)(?:\.\d+)?$/.exec(arg ?? '')?.[1] ?? null;
  const flagValue = (flags: string[]) => {
    for (let i = 0; i < w.length; i++) {
      const eq = /^(--?[\w-]+)=(.*)$/.exec(w[i]!);
      if (eq && flags.includes(eq[1]!)) return version(eq[2]);
      if (flags.includes(w[i]!)) return version(w[i + 1]);
    }
    return null;
  };
  if (w[0] === 'virtualenv' || (w[0] === 'uv' && w[1] === 'venv')) return flagValue(['-p', '--python']);
  const interpreter = /^(?:\S*\/)?python(3\.\d{1,2}|2\.7)$/.exec(w[0] ?? '');
  if (interpreter && w[1] === '-m' && (w[2] === 'venv' || w[2] === 'virtualenv')) return interpreter[1]!;
  return null;
}

/**
 * Sources cloned and then installed: `git clone https://github.com/Dao-AILab/flash-attention`, `cd
 * flash-attention`, `python setup.py install` (or `pip install .`) installs the package the repository publishes,
 * named by the repository (only a package the knowledge base knows counts). When the prose before the clone
 * recommends it or calls it optional ("we recommend installing flash-attention for higher efficiency"), it is an
 * optional group, `source-build`.
 */
export class ClonedSources {
  private readonly cloned = new Map<string, { repo: string; optional: boolean }>();
  private here: { repo: string; optional: boolean } | null = null;
  /** Lines of prose (outside code fences), by line index; null for code and fences. */
  private readonly prose: (string | null)[] = [];

  constructor(text: string) {
    let fenced = false;
    for (const raw of text.split(/\r?\n/)) {
      const mark = /^\s*(```|~~~)/.test(raw);
      if (mark) fenced = !fenced;
      this.prose.push(mark || fenced ? null : raw);
    }
  }

  /** Whether the prose of the section before a command line (back to its heading, at most 15 lines) recommends,
   * or makes optional, what it installs. */
  private recommended(line: number): boolean {
    const prose: string[] = [];
    for (let i = line - 2; i >= 0 && prose.length < 15; i--) {
      const raw = this.prose[i];
      if (raw === null || raw === undefined || !raw.trim()) continue;
      if (/^\s*#{1,6}\s/.test(raw)) break;
      prose.push(raw);
    }
    return /\b(recommend\w*|optional(?:ly)?|if you (?:want|need|like)|for (?:higher|better|more) (?:efficiency|speed|performance))\b/i.test(
      prose.join(' '),
    );
  }

  read(file: string, line: number, text: string): Fact[] {
    const facts: Fact[] = [];
    for (const w of commandsOf(text)) {
      if (w[0] === 'git' && w[1] === 'clone') {
        const args = w.slice(2).filter((a) => !a.startsWith('-'));
        const repo = args[0] ? /\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(args[0])?.[1] : undefined;
        if (repo) this.cloned.set(args[1] ?? repo, { repo, optional: this.recommended(line) });
      } else if (w[0] === 'cd' && w[1]) {
        const first = w[1].replace(/^\.\//, '').split('/')[0]!;
        if (this.cloned.has(first)) this.here = this.cloned.get(first)!;
        else if (!w[1].startsWith('.')) this.here = null;
      } else if (this.here && installsHere(w)) {
        const known = knownPackage('python', this.here.repo);
        const optional = this.here.optional;
        if (known)
          facts.push(
            ...pythonPackageFacts(
              { name: known.name, extras: [], spec: null, local: null, marker: null },
              {
                scope: optional ? 'optional' : 'main',
                ...(optional ? { group: 'source-build' } : {}),
                ev: seen(file, line, text, 'install.clone', 2),
              },
            ),
          );
        this.here = null;
      }
    }
    return facts;
  }
}

/** `pip install .`, `pip install -e .`, `python setup.py install|develop`: installs the current directory. */
function installsHere(w: string[]): boolean {
  const pip = pipArgs(w);
  if (pip) return pip.some((a) => localTarget(a) !== null && /^\.\/?(?:\s*\[|$)/.test(a));
  return /^python\d?(?:\.\d+)?$/.test(w[0]!) && w[1] === 'setup.py' && /^(install|develop)$/.test(w[2] ?? '');
}

/**
 * Shell scripts that set the environment up (install.sh, setup/create_env.sh, scripts/install_deps.sh), near the
 * top: every line of them is a command.
 */
const SETUP_SCRIPT =
  /(?:^|\/)[\w.-]*(?:install|setup|env|environment|prepare|deps|dependencies|requirements)[\w.-]*\.sh$/i;
/** Source files of a language other than the shell: a repository with none is its scripts. */
const OTHER_CODE =
  /\.(?:py|ipynb|js|mjs|ts|go|rs|java|kt|scala|c|cc|cpp|cu|h|hpp|r|R|jl|rb|php|swift|hs|ex|lua|pl)$/;

/**
 * Install scripts, and Singularity/Apptainer recipes (their %post section is one). In a repository whose code is
 * all shell scripts (a machine's or an image's set-up), every script near the top sets the machine up.
 */
export function setupScripts(tree: Tree): string[] {
  const scriptsOnly = !tree.paths.some((p) => OTHER_CODE.test(p) && !tree.ignored(p));
  return tree.paths
    .filter(
      (p) =>
        (SETUP_SCRIPT.test(p) || RECIPE.test(baseName(p)) || (scriptsOnly && /\.(?:sh|bash)$/.test(p))) &&
        Tree.depth(p) <= 2 &&
        !tree.ignored(p),
    )
    .slice(0, 10);
}

export const installDetector: Detector = {
  name: 'install-instructions',
  select: (tree) => [...instructionFiles(tree), ...setupScripts(tree)],
  async detect(input) {
    const facts: Fact[] = [];
    const scripts = new Set(setupScripts(input.tree));
    const compiles = compilesNative(input.tree);
    for (const path of [...(await withLinkedGuides(input, instructionFiles(input.tree))), ...scripts]) {
      const text = input.text(path);
      if (text === null) continue;
      // A .def file is a recipe only when it is one (it may be anything else).
      if (path.endsWith('.def') && !/^\s*Bootstrap:/im.test(text)) continue;
      const own: Fact[] = RECIPE.test(baseName(path)) ? recipeBaseFacts(path, text) : [];
      const clones = new ClonedSources(text);
      for (const c of scripts.has(path) ? scriptLines(text) : commandLines(text)) {
        own.push(...clones.read(path, c.line, c.text));
        own.push(
          ...commandFacts({
            file: path,
            line: c.line,
            text: c.text,
            pipRule: 'install.pip',
            condaRule: 'install.conda',
            priority: 2,
            compiles,
          }),
        );
        // `sudo apt install -y cuda-11-7` in the instructions: the CUDA they set up, said as plainly as "CUDA 11.7"
        // (setup scripts are read for the GPU itself).
        if (!scripts.has(path))
          for (const f of cudaInstallFacts(path, c.line, c.text, 2))
            if (f.type === 'cuda') own.push({ ...f, ev: { ...f.ev, priority: 3 } });
      }
      facts.push(...gpuAlternatives(own));
    }
    return facts;
  },
};

/**
 * A Singularity/Apptainer recipe built from a Docker image (`Bootstrap: docker`, `From: nvidia/cuda:10.2-devel`):
 * its base image means what a Dockerfile's FROM does.
 */
function recipeBaseFacts(path: string, text: string): Fact[] {
  if (!/^\s*Bootstrap:\s*docker\b/im.test(text)) return [];
  const from = /^\s*From:\s*(\S+)/im.exec(text);
  if (!from) return [];
  const shown = from[0].trim();
  return imageFacts(from[1]!, null, seen(path, lineOf(text, shown), shown, 'docker.from', 0)).facts;
}

/**
 * A GPU build the same instructions offer beside the plain or CPU build of its framework (`pip install tensorflow`
 * … or `pip install tensorflow-gpu`) is a choice, not the requirement: it becomes an optional group, `gpu`.
 */
export function gpuAlternatives(facts: Fact[]): Fact[] {
  const packages = facts.filter((f): f is FactOf<'package'> => f.type === 'package');
  // torch from a CUDA wheel index beside a ROCm or CPU one: a menu of builds, each for the machine the user has.
  const builds = new Set(
    packages.flatMap((p) => (p.variant && TORCH_FAMILY.has(p.name) ? [p.variant.kind] : [])),
  );
  if (builds.has('cuda') && builds.size >= 2)
    return facts.map((f) => {
      if (f.type === 'cuda') return { ...f, ev: { ...f.ev, priority: 3 } };
      if (f.type !== 'package' || !f.variant || f.scope !== 'main') return f;
      return {
        ...f,
        scope: 'optional',
        group: f.variant.kind,
        ev: { ...f.ev, rule: 'install.gpu-alternative' },
      };
    });
  const plain = new Set(
    packages
      .map((p) => pythonPackage(p.name, p.extras))
      .flatMap((m) => (m.framework && m.gpu !== 'only' ? [m.framework] : [])),
  );
  return facts.map((f) => {
    if (f.type !== 'package' || f.scope !== 'main') return f;
    const m = pythonPackage(f.name, f.extras);
    if (m.gpu !== 'only' || !m.framework || !plain.has(m.framework)) return f;
    return { ...f, scope: 'optional', group: 'gpu', ev: { ...f.ev, rule: 'install.gpu-alternative' } };
  });
}
