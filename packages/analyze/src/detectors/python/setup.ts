// setup.py and setup.cfg: python_requires, install_requires, extras, and CUDA extensions compiled at install.
import { seen, type Fact } from '../../model.js';
import { isDevGroup, lineOf } from '../text.js';
import type { Detector } from '../types.js';
import { pythonVersionFacts } from '../code.js';
import { classifierFacts } from './classifiers.js';
import { pythonPackageFacts } from './facts.js';
import { lowestVersion, parseRequirement } from './pep508.js';

/** String literals inside the first [...] after `key=` in Python source. */
function listAfter(text: string, key: RegExp): string[] {
  const m = key.exec(text);
  if (!m) return [];
  const start = text.indexOf('[', m.index + m[0].length);
  if (start < 0) return [];
  let depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    if (text[end] === '[') depth++;
    else if (text[end] === ']' && --depth === 0) break;
  }
  const body = text.slice(start, end).split('\n').map(withoutComment).join('\n');
  return stringsIn(body);
}

/** The string literals of Python source, each up to its own closing quote (`'x;python_version<"3.7"'` is one). */
function stringsIn(text: string): string[] {
  return [...text.matchAll(/'([^'\n]+)'|"([^"\n]+)"/g)].map((m) => m[1] ?? m[2]!);
}

/** A line of Python without its comment (a # outside string literals), so that "Don't" in a comment is no string. */
function withoutComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/**
 * The requirement strings a name holds: every list assigned to it (`DASK = ["dask>=2.1"]`), and the names it is
 * built from (`ALL = DASK + RAY`), a few levels deep.
 */
function namedList(text: string, name: string, depth = 0): string[] {
  if (depth > 3) return [];
  const out: string[] = [];
  // `NAME = […]`, or with a type annotation: `NAME: list[str] = […]`.
  for (const m of text.matchAll(new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]+)?=\\s*([^\\n]*)`, 'gm'))) {
    const rhs = m[1]!.trim();
    if (rhs.startsWith('['))
      out.push(...listAfter(text.slice(m.index), new RegExp(`${name}\\s*(?::[^=\\n]+)?=`)));
    else
      // `A + B`, and both branches of `A if cond else A + B`.
      for (const part of rhs.split(/\s+if\s.+?\selse\s+/).flatMap((b) => b.split('+'))) {
        const id = part.trim();
        if (/^[A-Za-z_]\w*$/.test(id) && id !== name) out.push(...namedList(text, id, depth + 1));
      }
  }
  return [...new Set(out)];
}

/**
 * What a named list is extended with: NAME.extend(OTHER), NAME += OTHER, NAME += ["scipy>=1.3"],
 * NAME.extend(["x"]), NAME.append("x").
 */
function extensionsOf(text: string, name: string): string[] {
  const others = [
    ...text.matchAll(new RegExp(`\\b${name}\\s*(?:\\.extend\\(\\s*|\\+=\\s*)([A-Za-z_]\\w*)`, 'g')),
  ];
  const literal = new RegExp(`\\b${name}\\s*(?:\\.extend\\(\\s*|\\+=\\s*)(?=\\[)`, 'g');
  // The string may quote inside it with the other quote: "numpy>=1.10 ; python_version>='3.5'".
  const appended = new RegExp(`\\b${name}\\.append\\(\\s*(?:"([^"\\n]+)"|'([^'\\n]+)')\\s*\\)`, 'g');
  return [
    ...others.flatMap((m) => listAfter(text, new RegExp(`^\\s*${m[1]}\\s*=`, 'm'))),
    ...[...text.matchAll(literal)].flatMap((m) => listAfter(text.slice(m.index), /^/)),
    ...[...text.matchAll(appended)].map((m) => m[1] ?? m[2]!),
  ];
}

function setupPy(path: string, text: string): Fact[] {
  // setup(name="stable_baselines3"): the name the project is published under, when it is a literal.
  const name = /\bsetup\s*\([^]*?\bname\s*=\s*["']([A-Za-z0-9_.-]+)["']/.exec(text)?.[1];
  const facts: Fact[] = [
    { type: 'manifest', file: path, runtime: 'python', ...(name ? { project: name } : {}) },
  ];
  const rp = /(?:python_requires\s*=|REQUIRES_PYTHON\s*=)\s*(['"])([^'"]+)\1/.exec(text);
  // REQUIRED_PYTHON = (3, 6), checked against sys.version_info and formatted into python_requires.
  const tuple =
    /\b(?:REQUIRED|MIN(?:IMUM)?|REQUIRES)_PYTHON(?:_VERSION)?\s*=\s*\(\s*3\s*,\s*(\d{1,2})\s*\)/.exec(text);
  // A python_requires formatted from the tuple ('>={}.{}'.format(*REQUIRED_PYTHON)) is no version of its own.
  if (rp && !rp[2]!.includes('{')) {
    facts.push({
      type: 'runtime',
      name: 'python',
      version: lowestVersion(rp[2]!),
      range: rp[2]!,
      ev: seen(path, lineOf(text, rp[0]), rp[0], 'py.setup', 1),
    });
  } else if (tuple) {
    facts.push({
      type: 'runtime',
      name: 'python',
      version: `3.${tuple[1]}`,
      range: `>=3.${tuple[1]}`,
      ev: seen(path, lineOf(text, tuple[0]), tuple[0], 'py.setup.python-tuple', 1),
    });
  }
  // install_requires=INSTALL_REQUIRES: the list is where the name is assigned (also as a dict key of setup(**kw)).
  const named = /["']?install_requires["']?\s*[=:]\s*([A-Za-z_]\w*)\s*[,)}]/.exec(text)?.[1];
  const key = named
    ? new RegExp(`^\\s*${named}\\s*(?::[^=\\n]+)?=`, 'm')
    : /["']?install_requires["']?\s*(?::\s*\w+\s*)?[=:]|REQUIRED\s*=/g;
  // Every assignment counts: a class may declare `install_requires: list = []` and fill it further down.
  const lists = key.global
    ? [...text.matchAll(key)]
        .filter((m) => /^\s*\[/.test(text.slice(m.index + m[0].length)))
        .flatMap((m) => listAfter(text.slice(m.index), /^/))
    : listAfter(text, key);
  for (const dep of new Set([...lists, ...(named ? extensionsOf(text, named) : [])])) {
    const req = parseRequirement(dep);
    if (req)
      facts.push(
        ...pythonPackageFacts(req, { scope: 'main', ev: seen(path, lineOf(text, dep), dep, 'py.setup', 1) }),
      );
  }
  facts.push(...extrasRequire(path, text), ...classifierFacts(path, text), ...buildImports(path, text));
  facts.push(...cudaMinimum(path, text));
  // `if sys.version_info < (3, 6): sys.exit('Sorry, Python >= 3.6 is required')`, when python_requires is not given.
  if (!rp && !tuple) facts.push(...pythonVersionFacts(path, text));
  const cuda = /\bCUDAExtension\b|\bBuildExtension\b.*cuda|nvcc/.exec(text);
  // CUDAExtension when CUDA is there, CppExtension otherwise: the CUDA build is an option.
  // The CppExtension may be called, picked by a conditional expression, or assigned to the name that builds the
  // extension (`extension = CppExtension`, replaced by CUDAExtension when CUDA is there); a build that raises in
  // the CPU branch (`else: raise NotImplementedError('Cuda is not available')`) offers no CPU build.
  const cppChoice = /\bCppExtension\s*\(|\belse\s+CppExtension\b|\bCppExtension\s+if\b|=\s*CppExtension\b/;
  const refuses = /^[ \t]*else\s*:\s*\n[ \t]+raise\b/m.test(text);
  const optIn =
    cppChoice.test(text) &&
    !refuses &&
    (/cuda\.is_available\(\)|CUDA_HOME|FORCE_CUDA|USE_CUDA|WITH_CUDA|CPU_ONLY|cpu_only/i.test(text) ||
      // if cuda_toolkit_available(): a check of the project's own for nvcc or CUDA.
      /^[ \t]*if\s+[^\n:]*\b\w*(?:cuda|nvcc)\w*\(\)[^\n:]*:/im.test(text))
      ? text
      : null;
  // nvcc run only under `if torch.cuda.is_available():`, a CPU compiler in its `else:` (g++ init.cpp).
  const nvccWhenCuda =
    /^[ \t]*if\s+torch\.cuda\.is_available\(\)\s*:[\s\S]*?\bnvcc\b[\s\S]*?^[ \t]*else\s*:\s*\n(?![ \t]+raise\b)[\s\S]*?\b(?:g\+\+|gcc|c\+\+|CppExtension|with_cuda\s*=\s*False)\b/m.exec(
      text,
    );
  if (cuda && nvccWhenCuda) {
    const ev = seen(
      path,
      lineOf(text, nvccWhenCuda[0].split('\n')[0]!),
      nvccWhenCuda[0].split('\n')[0]!,
      'py.setup.cuda-optional',
      1,
    );
    facts.push({ type: 'gpu', requirement: 'optional', ev });
  } else if (cuda && optIn && /\bCUDAExtension\b/.test(text)) {
    const line = lineOf(text, cppChoice) ?? null;
    const ev = seen(
      path,
      line,
      'CUDAExtension when CUDA is available, else CppExtension',
      'py.setup.cuda-optional',
      1,
    );
    facts.push({ type: 'gpu', requirement: 'optional', ev });
  } else if (cuda && (/\bCUDAExtension\s*\(/.test(text) || (refuses && /=\s*CUDAExtension\b/.test(text)))) {
    const line = lineOf(text, 'CUDAExtension(') ?? lineOf(text, /=\s*CUDAExtension\b/);
    const ev = seen(path, line, 'CUDAExtension(...)', 'py.setup.cuda-extension', 2);
    facts.push({ type: 'gpu', requirement: 'required', ev }, { type: 'nvcc', ev });
  }
  return facts;
}

/** The text of the balanced {...} that starts at `start`. */
function braced(text: string, start: number): string {
  let depth = 0;
  for (let end = start; end < text.length; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}' && --depth === 0) return text.slice(start, end + 1);
  }
  return text.slice(start);
}

/**
 * torch (or tensorflow) imported by setup.py itself, to build extensions with it: a requirement of the build and
 * of the package, declared or not.
 */
function buildImports(path: string, text: string): Fact[] {
  const m = /^\s*(?:from\s+(torch|tensorflow)(?:\.[\w.]+)?\s+import\b|import\s+(torch|tensorflow)\b)/m.exec(
    text,
  );
  if (!m) return [];
  const req = parseRequirement(m[1] ?? m[2]!);
  const ev = seen(path, lineOf(text, m[0].trim()), m[0].trim(), 'py.setup.build-import', 2);
  return req ? pythonPackageFacts(req, { scope: 'main', ev }) : [];
}

/** The lowest CUDA a build accepts: `if bare_metal_version < Version("11.6"): raise …` and its like. */
function cudaMinimum(path: string, text: string): Fact[] {
  const m =
    /\b\w*(?:cuda|nvcc|bare_metal)\w*version\w*\s*<\s*(?:Version|parse|LooseVersion|packaging\.version\.parse)\(\s*["'](\d{1,2}\.\d)["']\s*\)/i.exec(
      text,
    );
  if (!m) return [];
  return [
    { type: 'cuda', version: m[1]!, ev: seen(path, lineOf(text, m[0]), m[0], 'py.setup.cuda-minimum', 2) },
  ];
}

/**
 * extras_require={"train": [...], "gpu": [...]}: a literal dict, or a dict assigned to the name extras_require is
 * given (`extras_require=EXTRAS`); entries added in code afterwards are not read.
 */
function extrasRequire(path: string, text: string): Fact[] {
  const named = /extras_require\s*=\s*([A-Za-z_]\w*)\s*[,)]/.exec(text)?.[1];
  const m = named
    ? new RegExp(`^\\s*${named}\\s*(?::[^=\\n]+)?=\\s*\\{`, 'm').exec(text)
    : /extras_require\s*=\s*\{/.exec(text);
  if (!m) return [];
  const body = braced(text, m.index + m[0].length - 1);
  const facts: Fact[] = [];
  // "train": ["a", "b"], or "dask": DASK_DEPS (a list assigned elsewhere by name).
  // A list ends at its own "]": strings inside it may hold brackets (autorom[accept-rom-license]), comments quotes.
  const group =
    /(['"])([\w.-]+)\1\s*:\s*(?:\[((?:"[^"\n]*"|'[^'\n]*'|#[^\n]*|[^\]"'#])*)\]|([A-Za-z_]\w*)\s*[,}\n])/g;
  for (const g of body.matchAll(group)) {
    const group = g[2]!;
    const dev = isDevGroup(group);
    const deps = g[3] !== undefined ? stringsIn(g[3]) : namedList(text, g[4]!);
    for (const dep of deps) {
      const req = parseRequirement(dep);
      if (!req) continue;
      const rule = dev ? 'py.requirements.dev' : 'py.extras';
      facts.push(
        ...pythonPackageFacts(req, {
          scope: dev ? 'dev' : 'optional',
          group,
          ev: seen(path, lineOf(text, dep), `[${group}] ${dep}`, rule, dev ? 2 : 1),
        }),
      );
    }
  }
  return facts;
}

/** setup.cfg is INI: [options] python_requires / install_requires (indented lines), [options.extras_require]. */
function setupCfg(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  let section = '';
  let key = '';
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s[#;].*$/, '');
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      key = '';
      return;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    let value: string;
    if (kv) {
      key = kv[1]!;
      value = kv[2]!.trim();
    } else if (/^\s+\S/.test(line) && key) {
      value = line.trim();
    } else {
      return;
    }
    if (!value) return;
    const ev = (rule: 'py.setup' | 'py.requirements.dev' | 'py.extras') => seen(path, i + 1, raw, rule, 1);
    if (section === 'options' && key === 'python_requires') {
      facts.push({
        type: 'runtime',
        name: 'python',
        version: lowestVersion(value),
        range: value,
        ev: ev('py.setup'),
      });
    } else if (section === 'options' && key === 'install_requires') {
      const req = parseRequirement(value);
      if (req) facts.push(...pythonPackageFacts(req, { scope: 'main', ev: ev('py.setup') }));
    } else if (section === 'options.extras_require') {
      const req = parseRequirement(value);
      const dev = isDevGroup(key);
      if (req)
        facts.push(
          ...pythonPackageFacts(req, {
            scope: dev ? 'dev' : 'optional',
            group: key,
            ev: ev(dev ? 'py.requirements.dev' : 'py.extras'),
          }),
        );
    }
  });
  facts.push(...classifierFacts(path, text));
  const name = /^\[metadata\][^[]*?^name\s*=\s*([A-Za-z0-9_.-]+)\s*$/m.exec(text)?.[1];
  if (facts.length)
    facts.push({ type: 'manifest', file: path, runtime: 'python', ...(name ? { project: name } : {}) });
  return facts;
}

/**
 * nbdev's settings.ini ([DEFAULT] lib_name, min_python, requirements, dev_requirements, pip_requirements): the
 * setup.py nbdev generates reads its dependencies from it, so it is the project's manifest.
 */
function nbdevSettings(path: string, text: string): Fact[] {
  if (!/^\s*lib_name\s*=/m.test(text)) return [];
  const facts: Fact[] = [];
  const name = /^\s*lib_name\s*=\s*([A-Za-z0-9_.-]+)/m.exec(text)?.[1];
  text.split(/\r?\n/).forEach((raw, i) => {
    const kv = /^\s*(min_python|requirements|pip_requirements|dev_requirements)\s*=\s*(.+)$/.exec(raw);
    if (!kv) return;
    if (kv[1] === 'min_python') {
      const v = /^(\d+\.\d+)/.exec(kv[2]!.trim())?.[1];
      if (v)
        facts.push({
          type: 'runtime',
          name: 'python',
          version: v,
          range: `>=${v}`,
          ev: seen(path, i + 1, raw.trim(), 'py.setup', 1),
        });
      return;
    }
    const dev = kv[1] === 'dev_requirements';
    for (const spec of kv[2]!.trim().split(/\s+/)) {
      const req = parseRequirement(spec);
      if (req)
        facts.push(
          ...pythonPackageFacts(req, {
            scope: dev ? 'dev' : 'main',
            ev: seen(path, i + 1, raw.trim(), dev ? 'py.requirements.dev' : 'py.setup', 1),
          }),
        );
    }
  });
  facts.push({ type: 'manifest', file: path, runtime: 'python', ...(name ? { project: name } : {}) });
  return facts;
}

const SETUP_FILES = /^(setup\.(py|cfg)|settings\.ini)$/;

export const setupDetector: Detector = {
  name: 'setup',
  select: (tree) => tree.envFiles(SETUP_FILES),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(SETUP_FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      if (path.endsWith('.ini')) facts.push(...nbdevSettings(path, text));
      else facts.push(...(path.endsWith('.py') ? setupPy(path, text) : setupCfg(path, text)));
    }
    return facts;
  },
};
