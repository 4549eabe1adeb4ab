// Generators of hostile and malformed input for every CLI: flags drawn from each command's own definition with
// values that are plausible, malformed or outright hostile, and stdin that is nothing, a real envelope, a mutated
// one, any JSON, or garbage. Paths only ever point into a sandbox or at a few fixed system files that are read,
// never written: the runs happen in this process, as root.
import fc from 'fast-check';

export interface FlagSpec {
  name: string;
  type: 'string' | 'number' | 'boolean';
  choices?: readonly string[];
  array?: boolean;
}

export interface CliSpec {
  command: string;
  /** The positional's kind, if the command takes one. */
  positional?: 'lease' | 'run' | 'file';
  flags: FlagSpec[];
}

/** What the generators may name: things that exist in the simulator and in the sandbox. */
export interface World {
  leases: string[];
  runs: string[];
  repoUrl: string;
  sandbox: {
    /** Regular files with something in them (an envelope, junk, a public key, a plugin, …). */
    files: string[];
    /** Directories: empty, with files, a checkout. */
    dirs: string[];
    /** Paths in the sandbox that do not exist yet (may be created: --workdir, --openrc, --persist). */
    fresh: () => string;
  };
}

// ---- values

const HOSTILE = [
  '',
  ' ',
  '-',
  '--',
  '-1',
  '0',
  '00',
  '1.5',
  '-0',
  'NaN',
  'Infinity',
  '1e309',
  '0x10',
  '9'.repeat(400),
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"a":',
  '__proto__',
  'constructor',
  'toString',
  '../../../etc/passwd',
  '%s%n%x',
  'a\u0000b',
  'line\nbreak',
  'carriage\rreturn',
  '\u202eevil',
  '\ud800',
  '😀'.repeat(40),
  'ä'.repeat(3000),
  'x'.repeat(70_000),
  '$(id)',
  '`id`',
  '; rm -rf /',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${jndi:ldap://x/a}',
  '--help',
  '--version',
  '-h',
];

const DATES = [
  'now',
  'NOW',
  'tomorrow',
  '2020-01-01 10:00',
  '2030-06-01 12:00',
  '9999-12-31 23:59',
  '2026-13-45 25:61',
  '2026-02-30 10:00',
  '2026-11-26T10:00:00Z',
  '1970-01-01 00:00',
  '+275760-09-13 00:00',
];
const DURATIONS = [
  '90',
  '4h',
  '2d',
  '7d',
  '8d',
  '0',
  '-1h',
  '1e9m',
  '999999999999999999d',
  '1.5h',
  '4 h',
  'h',
];
const SIZES = ['1g', '500m', '1', '0', '-5m', '1e100', '10t', 'lots'];
const FILTERS = [
  '["==","$node_type","compute_skylake"]',
  '["and",["==","$node_type","gpu_rtx_6000"],["==","$gpu.gpu","True"]]',
  '["or"]',
  '["==","$nope","x"]',
  '[">=","$memory_mb",4096]',
  '["==", "$node_type"]',
  '{"op":"=="}',
  '["and"' + ',["and"'.repeat(2000) + ']'.repeat(2001),
];
const NODE_TYPES = [
  'compute_skylake',
  'gpu_rtx_6000',
  'storage_nvme',
  'gpu_h200',
  'COMPUTE_SKYLAKE',
  'compute',
];
const IMAGES = ['CC-Ubuntu22.04', 'CC-Ubuntu22.04-CUDA', 'CC-Ubuntu24.04', 'cc-ubuntu', 'no-such-image'];
const SITES = ['sim', 'sim', 'sim', 'sim', 'uc', 'tacc', 'edge', 'kvm', 'SIM', 'mars'];
const REPOS = [
  'owner/repo',
  'github.com/owner/repo',
  'https://user:hunter2-secret@127.0.0.1:1/x.git',
  'http://127.0.0.1:1/x.git',
  'file:///etc',
  'ext::sh -c id',
  '--upload-pack=touch /tmp/pwned',
  '-oProxyCommand=id',
  'ssh://git@example.org/x.git',
  'git://example.org/x.git',
  'user@host:path.git',
  'ftp://example.org/x',
  'https://example.invalid/x.git',
];
const RUN_IDS = [
  'prov-20261125-2041-3fa9c2',
  'prov-x',
  '../../../etc/passwd',
  'prov-20261125-2041-3fa9c2/../../x',
];
const FAULT_SPECS = [
  'latency=5',
  '503@POST /reservation/v1/leases=1x',
  'lease-error=next',
  'nonsense',
  '=',
  '500@x=1',
];

/** Flags whose value names a file or directory that is created, written or imported (run). */
const WRITTEN_OR_RUN = new Set(['workdir', 'openrc', 'persist', 'plugin']);

/** A string that is plausible for the flag, malformed, hostile, or anything at all. */
function stringFor(flag: string, world: World): fc.Arbitrary<string> {
  const from = (values: readonly string[]) => fc.constantFrom(...values);
  const any = fc.oneof(
    from(HOSTILE),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const sandboxRead = fc.constantFrom(
    ...world.sandbox.files,
    ...world.sandbox.dirs,
    '/dev/zero',
    '/dev/null',
    '/etc/passwd',
    '/proc/self/environ',
    '/nonexistent/file',
  );
  const specific: Record<string, fc.Arbitrary<string>> = {
    site: from(SITES),
    start: from(DATES),
    end: from(DATES),
    duration: from(DURATIONS),
    within: from(DURATIONS),
    timeout: from(DURATIONS),
    'ai-timeout': from(DURATIONS),
    'max-size': from(SIZES),
    wait: from(['0', '1', '30', '900', '-5', 'soon', '1e12', '']),
    'node-type': from(NODE_TYPES),
    'resource-properties': from(FILTERS),
    image: from(IMAGES),
    'bm-image': from(IMAGES),
    lease: from(world.leases),
    'reservation-id': from(world.leases),
    'host-reservation-id': from(['00000000-0000-4000-8000-000000000000', ...world.leases]),
    name: from(['rel-prop', 'x', ...world.leases]),
    'lease-name': from(['rel-prop', 'x', ...world.leases]),
    resume: from([...world.runs, ...RUN_IDS]),
    run: from([...world.runs, ...RUN_IDS]),
    repo: from([...REPOS, world.repoUrl, ...world.sandbox.dirs, '/dev/null', '/nonexistent']),
    ref: from(['main', 'no-such-branch', '--upload-pack=id', 'HEAD~1', '../x', 'a b']),
    workdir: fc.oneof(
      fc.constant(null).map(() => world.sandbox.fresh()),
      from(world.sandbox.dirs),
      from(['/dev/null']),
    ),
    'key-path': sandboxRead,
    'public-key': sandboxRead,
    userdata: sandboxRead,
    'env-file': sandboxRead,
    plugin: sandboxRead,
    file: sandboxRead,
    seed: fc.oneof(from(['uc', 'small']), sandboxRead),
    openrc: fc.oneof(
      fc.constant(null).map(() => world.sandbox.fresh()),
      from([...world.sandbox.dirs, '/dev/null', '/nonexistent/x']),
    ),
    persist: fc.oneof(
      fc.constant(null).map(() => world.sandbox.fresh()),
      from([...world.sandbox.dirs, '/nonexistent/x']),
    ),
    host: from(['127.0.0.1', 'localhost', '::1', '', 'not a host', '999.1.1.1', '127.0.0.1:80']),
    port: from(['0', '-1', '65536', '70000', 'abc', '', '1e9', '0x10', 'NaN', ' 0 ']),
    faults: from(FAULT_SPECS),
    'keystone-url': from(['http://127.0.0.1:1/v3', 'ftp://x', 'not a url', '']),
    kind: from(['capacity', 'lease', 'plan', 'error', 'nope']),
    'git-client': from(['auto', 'native', 'isomorphic', 'svn']),
    'log-level': from(['trace', 'debug', 'info', 'warn', 'error', 'silent', 'loud']),
  };
  const chosen = specific[flag];
  // Paths that are written to or run are only ever the sandbox's (or fixed system files, read-only).
  if (chosen && WRITTEN_OR_RUN.has(flag)) return chosen;
  return chosen ? fc.oneof({ weight: 4, arbitrary: chosen }, { weight: 1, arbitrary: any }) : any;
}

function numberText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: -3, max: 6 }).map(String),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom('NaN', 'Infinity', '1e400', '', 'two', '0x1f', '1_000', '9007199254740993'),
  );
}

/** One flag as it may appear on a command line: with a value, bare, negated, with `=`, or repeated. */
function flagTokens(flag: FlagSpec, world: World): fc.Arbitrary<string[]> {
  const name = `--${flag.name}`;
  const value =
    flag.type === 'number'
      ? numberText()
      : flag.type === 'boolean'
        ? fc.constantFrom('true', 'false', 'yes', '1', 'maybe')
        : flag.choices
          ? fc.oneof(fc.constantFrom(...flag.choices), stringFor(flag.name, world))
          : stringFor(flag.name, world);
  if (flag.type === 'boolean') {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant<string[]>([name]) },
      { weight: 2, arbitrary: fc.constant<string[]>([`--no-${flag.name}`]) },
      { weight: 1, arbitrary: value.map((v) => [`${name}=${v}`]) },
    );
  }
  return fc.oneof(
    { weight: 8, arbitrary: value.map((v) => [name, v]) },
    { weight: 2, arbitrary: value.map((v) => [`${name}=${v}`]) },
    { weight: 1, arbitrary: fc.constant<string[]>([name]) },
    { weight: 1, arbitrary: fc.tuple(value, value).map(([a, b]) => [name, a, name, b]) },
  );
}

/** A command line for `spec`: some of its flags (often a site of `sim`), a positional, and now and then junk. */
export function argvFor(spec: CliSpec, world: World): fc.Arbitrary<string[]> {
  const flags = fc
    .subarray(spec.flags, { maxLength: Math.min(7, spec.flags.length) })
    .chain((chosen) =>
      chosen.length ? fc.tuple(...chosen.map((f) => flagTokens(f, world))) : fc.constant([] as string[][]),
    );
  const positional = spec.positional
    ? fc.option(stringFor(spec.positional, world), { freq: 3 }).map((p) => (p === null ? [] : [p]))
    : fc.constant([] as string[]);
  const junk = fc.option(
    fc.oneof(
      fc.constantFrom(
        ['--no-such-flag'],
        ['--'],
        ['-'],
        ['extra', 'words'],
        ['--json', '--pretty'],
        ['--help'],
      ),
      stringFor('junk', world).map((s) => [s]),
    ),
    { freq: 6 },
  );
  const site = spec.flags.some((f) => f.name === 'site')
    ? fc.option(fc.constant(['--site', 'sim']), { freq: 3, nil: null }).map((s) => (s === null ? [] : s))
    : fc.constant([] as string[]);
  return fc
    .tuple(site, positional, flags, junk, fc.boolean())
    .map(([s, p, f, j, positionalFirst]) => [
      spec.command,
      ...(positionalFirst ? p : []),
      ...s,
      ...f.flat(),
      ...(positionalFirst ? [] : p),
      ...(j ?? []),
    ]);
}

// ---- stdin

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: Array<string | number>, make: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return make(root) ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const next = make(node[last]!);
  if (next === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    Object.defineProperty(node, last, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const HOSTILE_VALUES: Json[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  'x'.repeat(100_000),
  [],
  {},
  { __proto__: { ok: true } } as unknown as Json,
  JSON.parse('{"__proto__": {"polluted": true}}') as Json,
  'INTERNAL',
  'TIMEOUT',
  '\u0000',
];

const deep = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** A mutation of a real envelope: a value replaced, a key removed or added, the text cut short or doubled. */
function mutated(pool: Json[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...pool),
      fc.nat(),
      fc.constantFrom('replace', 'delete', 'add', 'truncate', 'double', 'wrap', 'deep'),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, fc.constantFrom(...HOSTILE_VALUES)),
      fc.string({ maxLength: 12 }),
    )
    .map(([doc, pick, op, value, key]) => {
      const all = paths(doc);
      const path = all[pick % all.length]!;
      switch (op) {
        case 'replace':
          return JSON.stringify(setAt(doc, path, () => value));
        case 'delete':
          return JSON.stringify(path.length ? setAt(doc, path, () => undefined) : {});
        case 'add': {
          const target = [...all].reverse().find((p) => {
            const v = p.reduce<Json>((n, k) => (n as Record<string, Json>)[k]!, doc);
            return v !== null && typeof v === 'object' && !Array.isArray(v);
          })!;
          return JSON.stringify(
            setAt(
              doc,
              target,
              (old) => Object.assign({}, old as object, { [key || '__proto__']: value }) as Json,
            ),
          );
        }
        case 'truncate': {
          const text = JSON.stringify(doc);
          return text.slice(0, pick % text.length);
        }
        case 'double':
          return `${JSON.stringify(doc)}\n${JSON.stringify(doc)}\n`;
        case 'wrap':
          return JSON.stringify([doc]);
        default: {
          // Built as text: JSON.stringify itself cannot go this deep.
          const marker = '\u0000deep\u0000';
          return JSON.stringify(setAt(doc, path, () => marker)).replace(JSON.stringify(marker), deep(5000));
        }
      }
    });
}

/** stdin: nothing, a real envelope (ok or not), a mutated one, any JSON, or text that is not JSON at all. */
export function stdinFor(pool: Json[]): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.constantFrom(...pool).map((d) => `${JSON.stringify(d)}\n`) },
    { weight: 8, arbitrary: mutated(pool) },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('', '\n', '\ufeff{}', '{"ok":tru', deep(200_000), '{'.repeat(50_000), 'null', '"ok"'),
      ),
    },
  );
}

export type { Json };
