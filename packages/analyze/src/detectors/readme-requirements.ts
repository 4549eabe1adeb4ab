// What a README lists as requirements, in the forms people write them: a list under a Requirements (or
// Prerequisites, Dependencies, Installation) heading or after "The project depends on:", a table of packages and
// versions, and prose that says to install a package or names its version ("Install PyTorch", "developed for
// PyTorch version 1.7.1"). Only packages the knowledge base knows are read; Python, CUDA and system software are
// versions or tools, not packages.
import { knownPackage } from '../knowledge/catalog.js';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { pythonPackageFacts } from './python/facts.js';
import { parseRequirement } from './python/pep508.js';
import { proseOf } from './readme.js';

/** Headings and lead-in lines that open a list of requirements. */
const REQUIREMENT_WORDS =
  /\b(requirements?|prerequisites?|dependenc(?:y|ies)|depends on|install(?:ation|ing)?|set ?up|environment|get(?:ting)? started|you(?:'ll| will)? need)\b/i;
/** A lead-in that makes the list after it optional: "For full functionality, some functions require:". */
const OPTIONAL_LEAD_IN =
  /\b(optional(?:ly)?|for full functionality|some (?:functions|features|modules|examples)|additional(?:ly)?|extra features?|to (?:use|enable|run) (?:some|the optional|additional)|if you (?:want|need|wish))\b/i;
/** Names that are system software or words in a list, not the Python package of that name. */
const NOT_PACKAGES = new Set([
  'python',
  'cuda',
  'cudnn',
  'nccl',
  'docker',
  'kubernetes',
  'redis',
  'git',
  'gcc',
  'cmake',
  'ninja',
  'ffmpeg',
  'conda',
  'pip',
  'nvidia',
  'linux',
  'ubuntu',
  'windows',
  'macos',
  'the',
  'a',
  'an',
  'and',
  'or',
  'both',
  'other',
  'all',
]);
/** Words after "install" that are data or a list, not the package of that name. */
const NOT_INSTALLED = new Set(['datasets', 'evaluate', 'notebook']);
const VERSION = /^\s*(?:version\s*:?\s*)?(?:>=|≥|==|=|~=|>|v)?\s*(\d+(?:\.\d+){0,2})(?!\.?\d)/i;
const UNIT_AFTER = /^\s*(?:GB|GiB|MB|TB|%|x\b|ms\b|s\b|sec|hours?|days?|epochs?|M\b|B\b|K\b)/i;

/** The Python package the first words of a phrase name (`PyTorch Lightning`, `scikit-learn`, `timm`), if known. */
export function packageNamed(phrase: string): string | null {
  return leadingPackage(phrase)?.name ?? null;
}

/** The known package the first one to three words name, and the text after them. */
function leadingPackage(phrase: string): { name: string; rest: string } | null {
  const words = phrase
    .replace(/[*_]{1,2}/g, '')
    .trim()
    // "A PyTorch installation": the article is not part of the name.
    .replace(/^(?:an?|the)\s+(?=[A-Za-z])/i, '')
    // A pin written onto the name (deepspeed==0.5.8, timm>=0.4) is a name, then its version.
    .replace(/^([A-Za-z][\w.-]*)(==|>=|~=|<=)(?=\d)/, '$1 $2')
    // So is a version written onto it (pytorch1.6.0+cu101).
    .replace(/^([A-Za-z][A-Za-z-]*[A-Za-z])(?=\d+\.\d+)/, '$1 ')
    .split(/\s+/);
  const bare = words.slice(0, 3).map((w) => w.replace(/[,.;:!?)(]+$/, '').replace(/^[(]+/, ''));
  for (let n = bare.length; n >= 1; n--) {
    const candidate = bare.slice(0, n).join('-');
    if (!/^[A-Za-z][\w.+-]*$/.test(candidate) || NOT_PACKAGES.has(candidate.toLowerCase())) continue;
    const known = knownPackage('python', candidate);
    if (known) return { name: known.name, rest: words.slice(n).join(' ') };
  }
  return null;
}

function packageFact(
  file: string,
  line: number,
  shown: string,
  name: string,
  version: string | null,
  rule: RuleId,
  priority: 2 | 3,
): Fact[] {
  const req = parseRequirement(version ? `${name}>=${version}` : name);
  if (!req) return [];
  return pythonPackageFacts(req, { scope: 'main', ev: seen(file, line, shown.trim(), rule, priority) });
}

/** The packages one list item names: "PyTorch ≥ 1.3", "Other dependencies: pyyaml, numpy", "PyTorch Version: 1.13.1". */
function listItemPackages(item: string): { name: string; version: string | null }[] {
  const colon = /^([^:]{1,40}):\s*(.*)$/.exec(item);
  let parts: string[];
  if (colon && VERSION.test(colon[2]!)) parts = [`${colon[1]!.replace(/\s+version\s*$/i, '')} ${colon[2]}`];
  else if (colon) parts = colon[2]!.split(/,|\band\b|\bor\b|&|\//);
  else parts = item.split(/,|\band\b|&/);
  const out: { name: string; version: string | null }[] = [];
  for (const part of parts) {
    // "Software: tested with PyTorch 1.4.0, …", "1. Install pytorch >= v1.1.0": the words that lead into the list are
    // not part of a name.
    const found = leadingPackage(
      part.replace(/^\s*(?:tested (?:with|on)|requires?|needs?|using|uses?|with|install(?:ed)?)\s+/i, ''),
    );
    if (!found) continue;
    const v = VERSION.exec(found.rest.replace(/^\s*(?:install\s*)?/i, ''));
    out.push({ name: found.name, version: v ? v[1]! : null });
  }
  return out;
}

/** Verbs by which authors say what they ran: "tested with", "trained using", "developed on". */
const RAN_VERBS = 'tested|trained|developed|implemented|built|run|ran|written|works?|working';
/** A line ending "We conducted experiments under": the list of the versions the authors ran follows. */
const SETUP_FOLLOWS = new RegExp(
  `\\b(?:${RAN_VERBS}|conducted|experiments?)\\b[^.]*\\b(?:under|with|using|on)\\s*$`,
  'i',
);
/** "trained using PyTorch 1.4 and Python 3.7": the text before a version names it as one the authors ran. */
const RAN_WITH = new RegExp(
  `\\b(?:${RAN_VERBS})\\s+(?:with|using|on|under|in)\\b(?:[^.;]|\\.(?=\\d)){0,100}$`,
  'i',
);
/** A line of one to three words that could be an item of a list written without markers: "NumPy", "Python 2.7". */
const SHORT_LINE = /^[A-Za-z][\w.+-]*(?:[ \t]+[\w.+-]+){0,2}$/;

/** A line that is a known package's name, and perhaps its version, and nothing else: "NumPy", "PyTorch 1.8". */
function bareRequirement(prose: string): { name: string; version: string | null } | null {
  if (!SHORT_LINE.test(prose)) return null;
  const found = leadingPackage(prose);
  if (!found) return null;
  const v = VERSION.exec(found.rest);
  return found.rest.trim() === '' || (v && v[0].trim() === found.rest.trim())
    ? { name: found.name, version: v ? v[1]! : null }
    : null;
}

/** A table row `| torch | 1.13.1 | 2.6.0 |` or `| Python | 3.8 |`: a name, then its (lowest) version. */
function tableRow(line: string): { name: string; version: string } | null {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => proseOf(c).replace(/[*_`]/g, '').trim());
  if (cells.length < 2) return null;
  const v = VERSION.exec(cells[1]!);
  if (!v || UNIT_AFTER.test(cells[1]!.slice(v[0].length))) return null;
  return { name: cells[0]!, version: v[1]! };
}

/**
 * Requirement lists and tables of a README-like file (code blocks are skipped by the caller's `inCode`): returns
 * facts for the line, given whether it sits in a requirements context. Keeps the state of headings and lead-ins.
 */
export class RequirementReader {
  private section = false;
  private leadIn = false;
  /** The lead-in says the list after it is optional: its packages are not requirements. */
  private optionalLeadIn = false;
  private optionalTable = false;

  constructor(private readonly file: string) {}

  /** A heading: `## Requirements`, `**Prerequisites**`, an RST title (the caller says when the next line underlines it). */
  heading(text: string): void {
    this.section = REQUIREMENT_WORDS.test(text);
    this.leadIn = false;
    this.optionalLeadIn = false;
  }

  line(raw: string, lineNo: number): Fact[] {
    const facts: Fact[] = [];
    if (/^\s*\|/.test(raw)) return this.table(raw, lineNo);
    this.optionalTable = false;
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    if (!item) {
      const prose = proseOf(raw).trim();
      // A line that is nothing but a package's name and version, under a Requirements heading or lead-in ("NumPy",
      // "SciPy" on lines of their own): an item of the list, written without its marker.
      const bare = (this.section || this.leadIn) && !this.optionalLeadIn ? bareRequirement(prose) : null;
      if (bare)
        return packageFact(this.file, lineNo, raw, bare.name, bare.version, 'readme.requirement-list', 3);
      // A short line of its own ("Python 2.7") is another item of such a list: the lead-in still holds.
      const shortItem = (this.section || this.leadIn) && SHORT_LINE.test(prose) && !/[.!?]$/.test(prose);
      if (prose && !shortItem) {
        const listFollows = /:\s*$/.test(prose) && prose.length < 120;
        // "We conducted experiments under" (then the list of versions): the setup the authors ran.
        const setupFollows = prose.length < 120 && SETUP_FOLLOWS.test(prose);
        this.optionalLeadIn = listFollows && OPTIONAL_LEAD_IN.test(prose);
        this.leadIn = (listFollows && (REQUIREMENT_WORDS.test(prose) || this.optionalLeadIn)) || setupFollows;
      }
      return this.prose(raw, lineNo);
    }
    // An item that leads into a nested list ("1. Requirement:"), as a lead-in line does.
    const itemText = proseOf(item[1]!).trim();
    if (/:\s*$/.test(itemText) && itemText.length < 60) {
      this.optionalLeadIn = OPTIONAL_LEAD_IN.test(itemText);
      this.leadIn = REQUIREMENT_WORDS.test(itemText);
      if (this.leadIn || !this.section) return facts;
    }
    if (this.optionalLeadIn) return facts;
    if (this.section || this.leadIn) {
      // An item that recommends or makes a condition ("CUDA 11.4 and above are recommended (this is for GPU users,
      // flash-attention users)") names what it recommends first; the rest says for whom, not what to install.
      const text = proseOf(item[1]!);
      const packages = listItemPackages(text);
      const asides = /\b(recommend\w*|optional(?:ly)?|if)\b/i.test(text) && !leadingPackage(text);
      for (const p of asides ? [] : packages)
        facts.push(...packageFact(this.file, lineNo, raw, p.name, p.version, 'readme.requirement-list', 3));
      return facts;
    }
    return this.prose(raw, lineNo);
  }

  private table(raw: string, lineNo: number): Fact[] {
    const first = proseOf(raw.trim().replace(/^\|/, '').split('|')[0] ?? '').trim();
    // The header row of a table of optional extras ("| Optional | Minimum | Recommend |").
    if (/^optional\b/i.test(first)) {
      this.optionalTable = true;
      return [];
    }
    if (/^(?:mandatory|required|package|name|dependency|software)\b/i.test(first)) {
      this.optionalTable = false;
      return [];
    }
    const row = tableRow(raw);
    if (!row) return [];
    const ev = (rule: RuleId) => seen(this.file, lineNo, raw.trim(), rule, 2);
    if (/^python$/i.test(row.name)) {
      if (!/^3\.\d+/.test(row.version)) return [];
      const version = /^3\.\d+/.exec(row.version)![0];
      return [
        {
          type: 'runtime',
          name: 'python',
          version,
          range: `>=${version}`,
          ev: ev('readme.requirement-table'),
        },
      ];
    }
    if (/^cuda(?:\s+toolkit)?$/i.test(row.name)) {
      const version = /^\d+\.\d+/.exec(row.version)?.[0];
      return version ? [{ type: 'cuda', version, ev: ev('readme.requirement-table') }] : [];
    }
    if (this.optionalTable) return [];
    // The whole first cell names the package (a row of a results table does not).
    const candidate = row.name.replace(/\s+/g, '-');
    const known = NOT_PACKAGES.has(candidate.toLowerCase()) ? null : knownPackage('python', candidate);
    return known
      ? packageFact(this.file, lineNo, raw, known.name, row.version, 'readme.requirement-table', 2)
      : [];
  }

  /** "Install PyTorch and timm", "developed for PyTorch version 1.7.1", "PyTorch 1.13+". */
  private prose(raw: string, lineNo: number): Fact[] {
    const text = proseOf(raw);
    const names = new Map<string, string | null>();
    // A condition ("if you want …", "optionally") is not a requirement, in any sentence of the line it opens; a
    // recommendation ("we recommend installing xformers") holds for its own sentence.
    const conditional = /\b(optional(?:ly)?|if|for (?:more|better|faster)|speed)\b/i.test(text);
    const stated = conditional
      ? ''
      : text
          .split(/(?<=[.!?])\s+(?=[A-Z*_`(])/)
          .filter((t) => !/\brecommend\w*/i.test(t))
          .join(' ');
    for (const m of stated.matchAll(
      /(?<!\b(?:not|n't|never)\s+)\binstall(?:ed|ing)?\s+(?:the\s+)?(?:(?:latest|corresponding|appropriate|matching|compatible|correct|right|proper)\s+)?(?:both\s+)?([^.;:()]{1,80})/gi,
    )) {
      for (const part of m[1]!.split(/,|\band\b|&/).slice(0, 4)) {
        const name = packageNamed(part);
        if (!name || NOT_INSTALLED.has(name)) break;
        names.set(name, names.get(name) ?? null);
      }
    }
    for (const m of text.matchAll(
      /\b([A-Za-z][\w.-]*(?:\s[A-Z][\w-]*)?)\s+(?:version\s+|v(?=\d))?(?:>=|≥|==)?\s*(\d+\.\d+(?:\.\d+)?)(\+|\s+or\s+(?:higher|newer|later|above))?/g,
    )) {
      // "trained using PyTorch 1.4 and Python 3.7", "tested with PyTorch 1.6, CUDA 10.1, Numpy 1.16": the versions the
      // authors ran, named as such.
      const led = RAN_WITH.test(text.slice(0, m.index + m[1]!.length));
      const stated = /version|[>=≥]/i.test(m[0]) || m[3] !== undefined || led;
      if (!stated || UNIT_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const name = packageNamed(m[1]!) ?? packageNamed(m[1]!.split(/\s/).pop()!);
      if (name) names.set(name, m[2]!);
    }
    return [...names].flatMap(([name, version]) =>
      packageFact(this.file, lineNo, raw, name, version, 'readme.requirement-prose', 3),
    );
  }
}

/** The frameworks a README says the code is written in (Lua's Torch is not PyTorch, so "Torch" alone is left out). */
const FRAMEWORK_WORD = String.raw`(PyTorch|TensorFlow|JAX|Keras|MXNet|Chainer|PaddlePaddle|Flax|Theano)`;
/** "This is the official PyTorch implementation of …", "PyTorch implementation of X", "Official TensorFlow code". */
const SELF_IMPLEMENTATION = new RegExp(
  String.raw`^(?:(?:this|here)\s+is\s+|(?:this|the|our)\s+(?:repo(?:sitory)?|project|code(?:base)?)\s+(?:is|contains|provides|includes|hosts|implements)\s+)?` +
    String.raw`(?:(?:the|an?|our|its)\s+)?(?:(?:official|original|unofficial|faithful|minimal|simple|clean|reference)\s+)*` +
    String.raw`(?:(?:code|implementation)s?\s+in\s+(?:both\s+)?)?${FRAMEWORK_WORD}(?:\s*(?:and|&|\/)\s*${FRAMEWORK_WORD})?` +
    // A bare "PyTorch version" or "TensorFlow implementation" heads a section about one of several versions.
    String.raw`(?:\s+(?:(?:re-?)?implementations?|code(?:base)?|version|port)(?=\s+(?:of|for|and)\b|\s*$)|\s+(?:for|of)\s+(?:our|the)\s+paper\b)`,
  'i',
);
/** "The code is implemented in PyTorch", "…, implemented using TensorFlow": said of the project, not of some models. */
const IMPLEMENTED_IN = new RegExp(
  String.raw`(?:^(?:this|the|our)\s+(?:repo(?:sitory)?|project|code(?:base)?|library|package|implementation)\s+(?:is\s+)?|,\s+)(?:implemented|written|developed)\s+(?:entirely\s+|purely\s+|mainly\s+)?(?:in|with|using)\s+${FRAMEWORK_WORD}\b`,
  'i',
);
/** "Official Fast AutoAugment implementation in PyTorch.": the project's own, said in its opening words. */
const OWN_IMPLEMENTATION_IN = new RegExp(
  String.raw`^(?:(?:the|an?)\s+)?(?:(?:official|unofficial|reference|original|minimal|simple)\s+)+[^.]{0,80}?\bimplementation\s+(?:in|with|using)\s+${FRAMEWORK_WORD}\b`,
  'i',
);
/** Words before the framework that point to someone else's implementation or compare with it. */
const OTHER_IMPLEMENTATION =
  /\b(?:also|alternative(?:ly)?|another|other|find|borrow\w*|adapted|thanks?|compared?|unlike|see|check out|based on|from|my|their|his|her|its)\b/i;
/** Words after it that point elsewhere: "a PyTorch implementation is available here". */
const ELSEWHERE = /\b(?:available|can be found|here|also)\b/i;

/**
 * The framework a README's own opening or headings say the code is written in ("This is the official PyTorch
 * implementation of …", "implemented using PyTorch"): research code often states its stack only this way.
 */
export function implementationFacts(file: string, line: number, raw: string): Fact[] {
  // A title and its subtitle often share a line: "X<br><sub>Official PyTorch Implementation</sub>".
  return raw.split(/<br\s*\/?>/i).flatMap((part) => implementationIn(file, line, raw, part));
}

function implementationIn(file: string, line: number, raw: string, part: string): Fact[] {
  const text = proseOf(part)
    .replace(/[*_]{1,2}/g, '')
    .replace(/^[\s#>|-]+/, '')
    .trim();
  const m = SELF_IMPLEMENTATION.exec(text) ?? IMPLEMENTED_IN.exec(text) ?? OWN_IMPLEMENTATION_IN.exec(text);
  if (!m) return [];
  // A bare "PyTorch implementation" says which, when it is official or the project's own.
  if (/^\S+\s+\S+$/.test(m[0].trim()) && m[0].length === text.length) return [];
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  if (OTHER_IMPLEMENTATION.test(before) || ELSEWHERE.test(after)) return [];
  const names = [m[1], m[2]].flatMap((w) => (w ? [packageNamed(w)] : [])).filter((n) => n !== null);
  return [...new Set(names)].flatMap((name) =>
    packageFact(file, line, raw, name, null, 'readme.implementation', 3),
  );
}
