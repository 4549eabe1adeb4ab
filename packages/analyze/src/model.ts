// What detectors report: facts, each with the evidence (file, line, what was seen, which rule) behind it.
import type { RuleId } from './rules.js';

/** A file a detector was meant to read but could not: schemas/analysis.json#/$defs/AnalysisWarning. */
export type { AnalysisWarning } from '@envboot/core';

/** 0 strongest (explicit container or host spec) … 3 heuristic (README, code). Lower wins a disagreement. */
export type Priority = 0 | 1 | 2 | 3;

export interface Seen {
  file: string;
  line: number | null;
  seen: string;
  rule: RuleId;
  priority: Priority;
}

export type Ecosystem =
  | 'pypi'
  | 'conda'
  | 'npm'
  | 'cran'
  | 'julia'
  | 'cargo'
  | 'go'
  | 'maven'
  | 'rubygems'
  | 'hackage'
  | 'hex'
  | 'native'
  | 'packagist'
  | 'swiftpm'
  | 'zig'
  | 'nuget'
  | 'pub'
  | 'docker';

export type RuntimeName =
  | 'python'
  | 'node'
  | 'r'
  | 'julia'
  | 'go'
  | 'rust'
  | 'java'
  | 'ruby'
  | 'haskell'
  | 'elixir'
  | 'php'
  | 'swift'
  | 'zig'
  | 'dotnet'
  | 'dart'
  | 'cmake'
  | 'docker';

export type Fact =
  | { type: 'runtime'; name: RuntimeName; version: string | null; range: string | null; ev: Seen }
  | {
      type: 'package';
      ecosystem: Ecosystem;
      name: string;
      extras: string[];
      version: string | null;
      /** main: needed to run; optional: an extra; dev: tests, docs, linting. */
      scope: 'main' | 'optional' | 'dev';
      /** The extra, optional group or dependency group that declares it (train, gpu, test…). */
      group?: string | null;
      /** A platform marker or condition limits where it is installed. */
      conditional: boolean;
      /** A build variant the file pins (a CUDA wheel index or +cu121 local version; a CPU index or +cpu). */
      variant:
        | (({ kind: 'cuda'; cuda: string } | { kind: 'cpu' } | { kind: 'rocm'; rocm: string | null }) & {
            /** The line that chose the build, when it is not the package's own line (a wheel index). */
            via?: Seen;
          })
        | null;
      ev: Seen;
    }
  | { type: 'cuda'; version: string; ev: Seen }
  | { type: 'rocm'; version: string | null; ev: Seen }
  /** A direct statement about the GPU: needed, not needed, or optional. */
  | { type: 'gpu'; requirement: 'required' | 'optional' | 'none'; ev: Seen }
  /** A hint that a GPU is used when present (a device fallback in code). */
  | { type: 'gpu-hint'; ev: Seen }
  | { type: 'gpu-count'; count: number; ev: Seen }
  | { type: 'gpu-memory'; gb: number; ev: Seen }
  | { type: 'gpu-model'; model: string; ev: Seen }
  | { type: 'compute-capability'; value: string; ev: Seen }
  | { type: 'nvcc'; ev: Seen }
  | { type: 'memory'; gb: number; ev: Seen }
  | { type: 'disk'; gb: number; ev: Seen }
  | { type: 'arch'; arch: 'x86_64' | 'aarch64'; ev: Seen }
  | { type: 'os'; os: string; ev: Seen }
  | { type: 'system-package'; name: string; ev: Seen }
  | { type: 'container'; file: string; baseImages: string[]; ev: Seen }
  | { type: 'duration'; minutes: number; ev: Seen }
  | { type: 'nodes'; count: number; ev: Seen }
  /** A manifest; `project` is the name it publishes the project under, when it says (setup(name="x")). */
  | { type: 'manifest'; file: string; runtime: RuntimeName | null; project?: string }
  /** Install instructions that select extras of the project or of a package (pip install -e ".[train]"). */
  | { type: 'install-extras'; extras: string[]; ev: Seen }
  /** A notebook's kernel language (from its kernelspec or language_info). */
  | { type: 'notebook-kernel'; language: string; ev: Seen }
  /** A script or Makefile runs a program of this language (`python -u main.py`). */
  | { type: 'launches'; language: string; ev: Seen }
  /** A file that looks like evidence but was set aside (and why), so the output can say so. */
  | { type: 'ignored'; ev: Seen };

export type FactOf<T extends Fact['type']> = Extract<Fact, { type: T }>;

export function seen(
  file: string,
  line: number | null,
  text: string,
  rule: RuleId,
  priority: Priority,
): Seen {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return { file, line, seen: trimmed.length > 160 ? `${trimmed.slice(0, 157)}...` : trimmed, rule, priority };
}
