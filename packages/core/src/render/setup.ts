// The repository's environment at a terminal (kind setup, and under provision's servers): one line per step with
// its state and time, each check's verdict, a failed step's log tail, and last the command into the environment.
import type { SetupData } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import { command, elapsed, lines, padEnd, style, wrap, type Style } from './text.js';

type Environment = SetupData['environment'];

function stepLine(step: Environment['steps'][number], s: Style): string {
  const took = step.seconds !== null && step.seconds !== undefined ? ` ${s.dim(`${step.seconds} s`)}` : '';
  const exit =
    step.state === 'failed' && step.exit !== null && step.exit !== undefined ? ` (exit ${step.exit})` : '';
  return `  ${padEnd(s.status(step.state), 8)} ${step.title}${exit}${took}`;
}

/** The environment's lines: a headline, the steps, the checks' verdicts, a failure's log tail. */
export function environmentLines(env: Environment, s: Style, columns: number): string[] {
  const head =
    env.status === 'ready'
      ? `Environment ${s.status('ready')}${env.server ? ` on ${env.server}` : ''}${env.elapsed_ms ? ` in ${elapsed(env.elapsed_ms)}` : ''}`
      : env.status === 'skipped'
        ? `Environment not set up: ${env.reason ?? 'skipped'}`
        : env.status === 'planned'
          ? 'Set-up plan (nothing ran):'
          : `Environment ${s.status('failed')}${env.server ? ` on ${env.server}` : ''}: ${env.reason ?? ''}`;
  const out = [...wrap(head, columns)];
  for (const step of env.steps) out.push(stepLine(step, s));
  for (const check of env.checks)
    if (check.message)
      out.push(...wrap(`${check.passed ? '✓' : '✗'} ${check.message}`, columns, '    ', '      '));
  const failed = env.steps.find((step) => step.state === 'failed');
  if (failed?.log_tail?.length) {
    out.push(`  the end of ${failed.log ?? 'its log'}:`);
    for (const line of failed.log_tail.slice(-10)) out.push(s.dim(`    ${line}`));
  }
  for (const u of env.unsupported ?? [])
    out.push(...wrap(`not installed: ${u.path}: ${u.reason}`, columns, '  ').map(s.yellow));
  return out;
}

/** The line a person reads last: how to land in the environment. */
export function enterLines(env: Environment, columns: number): string[] {
  if (!env.enter) return [];
  const label =
    env.status === 'ready'
      ? 'Enter the environment with:'
      : env.status === 'planned'
        ? 'Once it is ready, enter it with:'
        : 'Look at the node with:';
  return command(label, env.enter, columns);
}

export const render: Renderer<'setup'> = ({ data: d }, { columns, color }) => {
  const s = style(color);
  const env = d.environment;
  return lines(environmentLines(env, s, columns), d.script ? ['', d.script] : null, [
    '',
    ...enterLines(env, columns),
  ]);
};
