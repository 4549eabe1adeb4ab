// The renderings for people at a terminal, on real envelopes captured from the simulator
// (test/fixtures/envelopes, written by scripts/capture-envelopes.mjs). The snapshots are what docs/output.md shows.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import type { Envelope } from '../src/envelope.js';
import { hasRenderer, renderEnvelope } from '../src/render/index.js';
import { width } from '../src/render/text.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/envelopes/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../examples/envelopes/', import.meta.url));
const RENDER_SRC = fileURLToPath(new URL('../src/render/', import.meta.url));

function load(file: string): Envelope {
  return JSON.parse(readFileSync(file, 'utf8')) as Envelope;
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), load(`${FIXTURES}${f}`)] as const);
const successes = fixtures.filter(([, e]) => e.ok);
// kind plan is read by provision, never printed by a command: the hand-written example stands in.
const all = [...successes, ['plan', load(`${EXAMPLES}plan.json`)] as const];

// The names a cloud context gives the renderings (the cloud client's site list; core knows no site).
const SITE_NAMES: Record<string, string> = { uc: 'CHI@UC', sim: 'CHI@UC (local simulator)' };
const siteName = (id: string) => SITE_NAMES[id] ?? id;
const plain = (e: Envelope, columns = 80) => renderEnvelope(e, { columns, color: false, siteName });

describe('renderings at 80 columns, without colour', () => {
  it.each(all)('%s', async (_name, envelope) => {
    expect(await plain(envelope)).toMatchSnapshot();
  });
});

describe('every kind a command prints has a rendering', () => {
  it.each([
    'analysis',
    'plan',
    'capacity',
    'lease',
    'lease-deletion',
    'lease-list',
    'allocation',
    'launch',
    'provision',
    'runs',
    'cleanup',
    'setup',
  ])('%s', (kind) => expect(hasRenderer(kind)).toBe(true));

  it('and the fixtures cover them all', () => {
    const kinds = new Set(all.map(([, e]) => e.kind));
    expect([...kinds].sort()).toEqual([
      'allocation',
      'analysis',
      'capacity',
      'cleanup',
      'launch',
      'lease',
      'lease-deletion',
      'lease-list',
      'plan',
      'provision',
      'runs',
      'setup',
    ]);
  });
});

describe('a failure', () => {
  it('has no rendering: the line on stderr says it', async () => {
    const failed = fixtures.find(([name]) => name === 'provision-failed')![1];
    expect(failed.ok).toBe(false);
    expect(await plain(failed)).toBeNull();
  });

  it('of kind error, or without data, has none either', async () => {
    const error = { ...successes[0]![1], ok: false, kind: 'error' as const, data: null };
    expect(await plain(error)).toBeNull();
    expect(await plain({ ...successes[0]![1], data: null })).toBeNull();
  });
});

describe('provision and launch', () => {
  it.each(['provision', 'provision-cpu', 'launch'])(
    '%s ends with its ssh command lines, whole',
    async (name) => {
      const envelope = fixtures.find(([n]) => n === name)![1] as Envelope<'launch'>;
      const servers = (envelope.data as { servers: Array<{ ssh?: string | null }> }).servers;
      const ssh = servers.map((s) => s.ssh).filter(Boolean);
      for (const columns of [40, 80]) {
        const text = (await plain(envelope, columns))!;
        const lines = text.trimEnd().split('\n');
        expect(lines.slice(-ssh.length)).toEqual(ssh);
      }
    },
  );
});

describe("what of the user's a run used", () => {
  const adopted = [
    { type: 'lease' as const, id: 'a6e61437-83ee-4e7b-a5ff-357387690e4c', name: 'my-lease' },
    { type: 'keypair' as const, id: 'my-key', name: 'my-key' },
  ];

  it('provision names it as kept', async () => {
    const envelope = fixtures.find(([n]) => n === 'provision')![1] as Envelope<'provision'>;
    const text = (await plain({ ...envelope, data: { ...envelope.data!, adopted } }))!;
    expect(text).toContain('yours    lease my-lease, key pair my-key (kept)');
  });

  it('cleanup says it left it in place', async () => {
    const envelope = fixtures.find(([n]) => n === 'cleanup')![1] as Envelope<'cleanup'>;
    const text = (await plain({ ...envelope, data: { ...envelope.data!, kept: adopted } }))!;
    expect(text.trimEnd().split('\n').at(-1)).toBe('Yours, left in place: lease my-lease, key pair my-key.');
  });
});

describe('the width of the terminal', () => {
  // A line may only be longer when it is an ssh command line, or ends (after its label, location or bullet) in one
  // word that cannot be broken: a URL, a path.
  const unbreakable = (line: string) =>
    line.startsWith('ssh ') ||
    /^\S+$/.test(
      line
        .trim()
        .split(/\s{2,}/)
        .at(-1)!
        .replace(/^[•!-] /, ''),
    );

  it.each(all)('%s fits 60, 80 and 120 columns', async (_name, envelope) => {
    for (const columns of [60, 80, 120]) {
      const text = (await plain(envelope, columns))!;
      const tooLong = text.split('\n').filter((l) => width(l) > columns && !unbreakable(l));
      expect(tooLong).toEqual([]);
    }
  });

  it('cuts a table column rather than overflow, and says so with …', async () => {
    const runs = fixtures.find(([n]) => n === 'runs')![1];
    const narrow = (await plain(runs, 60))!;
    expect(narrow).toContain('…');
    expect(narrow.split('\n').every((l) => width(l) <= 60)).toBe(true);
    expect(await plain(runs, 60)).toMatchSnapshot();
  });
});

describe('colour', () => {
  // eslint-disable-next-line no-control-regex -- escape sequences are what is looked for
  const ANSI = /\u001b\[[0-9;]*m/;

  it.each(successes)('%s: only when asked for, and the same text without it', async (_name, envelope) => {
    const coloured = (await renderEnvelope(envelope, { columns: 80, color: true, siteName }))!;
    const uncoloured = (await plain(envelope))!;
    expect(uncoloured).not.toMatch(ANSI);
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(uncoloured);
  });

  it('marks statuses and headings', async () => {
    const provision = fixtures.find(([n]) => n === 'provision')![1];
    const text = (await renderEnvelope(provision, { columns: 80, color: true }))!;
    expect(text).toMatch(ANSI);
    expect(text).toContain('\u001b[32mACTIVE\u001b[39m');
  });
});

describe('the renderers', () => {
  it('are pure: no process, no file, no clock, no network', () => {
    for (const file of readdirSync(RENDER_SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const source = readFileSync(`${RENDER_SRC}${file}`, 'utf8');
      expect({
        file,
        found: source.match(/\bprocess\.|from 'node:|Date\.now|new Date\(\)|fetch\(/g),
      }).toEqual({
        file,
        found: null,
      });
    }
  });
});

describe('docs/output.md', () => {
  const page = readFileSync(fileURLToPath(new URL('../../../docs/output.md', import.meta.url)), 'utf8');
  const blocks = [
    ...page.matchAll(/<!-- render:([\w-]+) -->\n```text\n([\s\S]*?)```\n<!-- \/render:\1 -->/g),
  ];

  it('shows every command', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(blocks.map(([, name, text]) => [name!, text!] as const))(
    'shows what %s prints today (node scripts/gen-output-docs.mjs)',
    async (name, text) => {
      const envelope = name === 'plan' ? load(`${EXAMPLES}plan.json`) : load(`${FIXTURES}${name}.json`);
      expect(text).toBe(await plain(envelope));
    },
  );
});

describe('what an analysis needs', () => {
  it('names a framework declared under another name as declared, beside its GPU build', async () => {
    const { needs } = await import('../src/render/analysis.js');
    const fixture = fixtures.find(([name]) => name === 'analysis')![1] as Envelope<'analysis'>;
    const requirements = {
      ...fixture.data!.requirements,
      frameworks: [
        {
          name: 'tensorflow',
          version: '2.4.1',
          declared_as: ['tensorflow-gpu'],
          gpu: true,
          scope: 'main' as const,
        },
        { name: 'prophet', version: null, declared_as: ['fbprophet'], scope: 'main' as const },
      ],
    };
    const line = needs(requirements).find((n) => n.label === 'frameworks')!;
    expect(line.value).toBe('tensorflow 2.4.1 (as tensorflow-gpu; GPU build), prophet (as fbprophet)');
  });
});
