// The dependency rule of docs/architecture.md, as ESLint configuration: for each package, the packages of ours its
// code (src/, tests excluded) may import; any other, static or dynamic, type or value, is an error. A command package
// never imports another (provision, which chains them, imports their public entry points); nothing imports another
// package's files (src/, dist/) around its entry points.

/** The commands: each a library of its own, never importing another. */
export const STEPS = [
  'capacity',
  'lease-create',
  'lease-status',
  'lease-delete',
  'lease-extend',
  'lease-list',
  'lease-repair',
  'allocate',
  'launch',
  'analyze',
  'setup',
];

const FOUNDATION = ['core', 'openstack', 'leases', 'availability', 'git-source'];

/** Package folder → the packages of ours it may import. */
export const ALLOWED = {
  core: [],
  openstack: ['core'],
  availability: ['core'],
  'git-source': ['core'],
  sim: ['core'],
  leases: ['core', 'openstack', 'availability'],
  testkit: ['core'],
  'testkit-cloud': ['core', 'openstack', 'sim', 'testkit'],
  ...Object.fromEntries(STEPS.map((step) => [step, FOUNDATION])),
  provision: [...FOUNDATION, ...STEPS],
};

/** Entry points that are still too much for a package allowed the rest of another (the cloud client and the CLI). */
const FORBIDDEN_ENTRIES = { openstack: ['core/cli'] };

/** Entry points a package may take types from, but no code: provision reaches the cloud through the steps and its context. */
const TYPES_ONLY = {
  provision: [
    { name: '@envboot/openstack', why: 'provision reaches the cloud through the steps and its context' },
  ],
};

const ALL = [...new Set([...Object.keys(ALLOWED), 'provision', 'reliability', 'envboot'])];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, (c) => `\\${c}`);

function forbiddenFor(pkg) {
  const allowed = new Set(ALLOWED[pkg]);
  return ALL.filter((other) => other !== pkg && !allowed.has(other));
}

function rulesFor(pkg) {
  const forbidden = forbiddenFor(pkg);
  const entries = FORBIDDEN_ENTRIES[pkg] ?? [];
  const why = `the dependency rule (docs/architecture.md): ${pkg} may import ${ALLOWED[pkg].join(', ') || 'nothing of ours'}`;
  const modules = [
    ...forbidden.flatMap((name) => [`@envboot/${name}`, `@envboot/${name}/*`]),
    ...entries.map((entry) => `@envboot/${entry}`),
  ];
  // Dynamic import() is not seen by no-restricted-imports: a syntax rule catches it.
  const dynamic = new RegExp(
    `^(${[...forbidden.map((n) => `@envboot/${escape(n)}(/.*)?`), ...entries.map((e) => `@envboot/${escape(e)}`)].join('|')})$`,
  );
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: (TYPES_ONLY[pkg] ?? []).map(({ name, why: message }) => ({
          name,
          message,
          allowTypeImports: true,
        })),
        patterns: [
          ...(modules.length ? [{ group: modules, message: why }] : []),
          { group: ['@envboot/*/src/*', '@envboot/*/dist/*', '**/packages/*/src/*'], message: INTERNALS },
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      ...(TYPES_ONLY[pkg] ?? []).map(({ name, why: message }) => ({
        selector: `ImportExpression[source.value='${name}']`,
        message,
      })),
      ...(modules.length ? [{ selector: `ImportExpression[source.value=${dynamic}]`, message: why }] : []),
    ],
  };
}

const INTERNALS = "another package's files are its own: import its entry points (package.json exports)";

export function dependencyRules() {
  return Object.keys(ALLOWED).map((pkg) => ({
    files: [`packages/${pkg}/src/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: rulesFor(pkg),
  }));
}
