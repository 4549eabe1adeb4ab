// The flags table of each command's page in docs/commands/, generated from the command definitions so the docs
// cannot fall behind the code (scripts/gen-command-docs.mjs writes them; a test checks they are current).
import type { Options } from 'yargs';
import { commonOptions } from '@envboot/core/cli';
import type { StepContext, StepDefinition } from '@envboot/core/cli';
import type { Kind } from '@envboot/core';

function row(name: string, spec: Options): string {
  const alias = spec.alias ? ` (alias \`--${String(spec.alias)}\`)` : '';
  const type = spec.choices
    ? (spec.choices as unknown[]).map((c) => `\`${String(c)}\``).join(' \\| ')
    : String(spec.type ?? '');
  return `| \`--${name}\`${alias} | ${type} | ${String(spec.describe ?? '').replace(/\|/g, '\\|')} |`;
}

export function flagsTable(step: StepDefinition<Kind, never, StepContext>): string {
  const lines = ['| flag | type | meaning |', '| --- | --- | --- |'];
  for (const [name, spec] of Object.entries(step.positionals ?? {})) {
    lines.push(`| \`<${name}>\` (positional) | ${spec.type ?? 'string'} | ${spec.describe} |`);
  }
  for (const [name, spec] of Object.entries(step.options ?? {})) lines.push(row(name, spec));
  for (const [name, spec] of Object.entries(commonOptions(step))) lines.push(row(name, spec));
  const aliases = step.aliases?.length
    ? `\n\nAlso available as \`${step.aliases.join('`, `')}\` and as the \`${step.name}\` bin.`
    : '';
  return `${lines.join('\n')}${aliases}`;
}

/** The page that documents a command (provision, runs and cleanup share docs/provision.md). */
export function docPage(name: string): string {
  return ['provision', 'setup', 'runs', 'cleanup'].includes(name)
    ? 'docs/provision.md'
    : `docs/commands/${name}.md`;
}

/** Replace the text between <!-- flags:NAME --> markers. */
export function withFlags(page: string, name: string, table: string): string {
  const start = `<!-- flags:${name} -->`;
  const end = `<!-- /flags:${name} -->`;
  const i = page.indexOf(start);
  const j = page.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${docPage(name)} has no ${start} … ${end} section`);
  return `${page.slice(0, i + start.length)}\n${table}\n${page.slice(j)}`;
}
