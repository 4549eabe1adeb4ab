// Evidence as printed: what a detector saw, tied to the conclusion it supports.
import type { Evidence } from '@envboot/core';
import type { Priority, Seen } from '../model.js';
import type { RuleId } from '../rules.js';

export function toEvidence(s: Seen, about: string): Evidence {
  return { file: s.file, line: s.line, seen: s.seen, rule: s.rule, about, priority: s.priority };
}

/** The same place seen through another rule (a package line read as "a GPU-only package"). */
export function asRule(s: Seen, rule: RuleId, priority: Priority = s.priority): Seen {
  return { ...s, rule, priority };
}

/** Evidence without repeats, at most `limit` per conclusion. */
export function dedupe(list: Evidence[], limit = 8): Evidence[] {
  const seen = new Set<string>();
  const perAbout = new Map<string, number>();
  const out: Evidence[] = [];
  for (const e of list) {
    const key = `${e.about}|${e.file}|${e.line}|${e.rule}|${e.seen}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = perAbout.get(e.about ?? '') ?? 0;
    if (n >= limit) continue;
    perAbout.set(e.about ?? '', n + 1);
    out.push(e);
  }
  return out;
}
