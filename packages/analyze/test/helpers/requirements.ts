// Requirements built by hand for planner tests: a CPU job by default, with the fields a test cares about.
import type { Gpu, Requirements } from '@envboot/core';

export function requirements(
  over: Partial<Omit<Requirements, 'gpu'>> & { gpu?: Partial<Gpu> } = {},
): Requirements {
  const { gpu, ...rest } = over;
  const needed = gpu?.needed ?? (gpu?.requirement === 'required' || gpu?.requirement === 'recommended');
  return {
    gpu: {
      needed,
      requirement: needed ? 'required' : 'none',
      count: needed ? 1 : null,
      min_memory_gb: null,
      model: null,
      vendor: needed ? 'nvidia' : null,
      cuda: null,
      confidence: 0.9,
      evidence: needed
        ? [{ file: 'requirements.txt', line: 1, seen: 'torch==2.1.0+cu121', rule: 'py.local-version' }]
        : [],
      ...gpu,
    },
    runtimes: {},
    frameworks: [],
    languages: [],
    memory_gb: 4,
    disk_gb: 10,
    architecture: null,
    evidence: [],
    ...rest,
  };
}
