// Running one detector over files held in memory, for the detectors' unit tests.
import { memoryRepo } from '@envboot/git-source';
import type { Fact, FactOf } from '../../src/model.js';
import { detect } from '../../src/detectors/index.js';
import { inferRequirements } from '../../src/infer/requirements.js';
import type { Detector } from '../../src/detectors/types.js';

export async function factsOf(detector: Detector, files: Record<string, string>): Promise<Fact[]> {
  return (await detect(memoryRepo(files), [detector])).facts;
}

/** The warnings one detector gives over files held in memory. */
export async function warningsOf(detector: Detector, files: Record<string, string | Buffer>) {
  return (await detect(memoryRepo(files), [detector])).warnings;
}

export function ofType<T extends Fact['type']>(facts: Fact[], type: T): FactOf<T>[] {
  return facts.filter((f): f is FactOf<T> => f.type === type);
}

/** Facts without their evidence, for compact comparisons. */
export function bare(facts: Fact[]): unknown[] {
  return facts.map((f) => {
    const { ev: _ev, ...rest } = f as Fact & { ev?: unknown };
    return rest;
  });
}

/** The whole analysis (every detector, then the inference) of files held in memory. */
export async function requirementsOf(files: Record<string, string>) {
  const found = await detect(memoryRepo(files));
  return inferRequirements(found.facts, found.languages);
}
