// Facts of one kind in the order the inference weighs them: the strongest rule first.
import { byDepth } from '../detectors/tree.js';
import type { Fact, FactOf, Seen } from '../model.js';

/** The stronger rule first, then the shallower file, then the earlier line. */
export function strongestFirst(a: { ev: Seen }, b: { ev: Seen }): number {
  return (
    a.ev.priority - b.ev.priority || byDepth(a.ev.file, b.ev.file) || (a.ev.line ?? 0) - (b.ev.line ?? 0)
  );
}

/** The facts of one type (any but manifests, which carry no evidence), strongest first. */
export function factsOf<T extends Exclude<Fact['type'], 'manifest'>>(facts: Fact[], type: T): FactOf<T>[] {
  return facts.filter((f): f is FactOf<T> => f.type === type).sort(strongestFirst);
}
