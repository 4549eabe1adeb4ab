// Scoring an analysis against a fixture's expectation, field by field.
import type { Requirements } from '@envboot/core';
import type { Expectation } from '../fixtures/expected.js';

export interface Check {
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

function eq(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function score(req: Requirements, exp: Expectation): Check[] {
  const checks: Check[] = [];
  const add = (field: string, expected: unknown, actual: unknown, ok = eq(expected, actual)) =>
    checks.push({ field, expected, actual, ok });
  for (const [k, v] of Object.entries(exp.gpu))
    add(`gpu.${k}`, v, (req.gpu as unknown as Record<string, unknown>)[k]);
  if (exp.runtimes) {
    const keys = Object.keys(exp.runtimes);
    if (keys.length === 0) add('runtimes', {}, req.runtimes);
    for (const k of keys)
      add(`runtimes.${k}`, exp.runtimes[k], k in req.runtimes ? req.runtimes[k] : '(absent)');
  }
  if (exp.languages)
    add(
      'languages',
      exp.languages,
      req.languages.slice(0, Math.max(exp.languages.length, exp.languages.length ? 0 : 1)),
    );
  if (exp.frameworks) {
    const names = req.frameworks.map((f) => f.name);
    add(
      'frameworks',
      exp.frameworks,
      names,
      exp.frameworks.every((f) => names.includes(f)),
    );
  }
  for (const k of ['memory_gb', 'disk_gb', 'architecture', 'os', 'run_minutes'] as const) {
    if (exp[k] !== undefined) add(k, exp[k], req[k]);
  }
  if (exp.system_packages) add('system_packages', exp.system_packages, req.system_packages);
  if (exp.components)
    add(
      'components',
      exp.components,
      (req.components ?? []).map((c) => c.path),
    );
  const rules = new Set(
    [...req.evidence, ...req.gpu.evidence, ...req.frameworks.flatMap((f) => f.evidence ?? [])].map(
      (e) => e.rule,
    ),
  );
  for (const r of exp.rules ?? []) add(`rule ${r}`, true, rules.has(r));
  for (const r of exp.notRules ?? []) add(`no rule ${r}`, false, rules.has(r));
  return checks;
}
