// Types of corpus.mjs, for the test that checks the corpus.
export type VersionSpec = string | { min?: string; max?: string };
export interface Labelled<T> {
  value: T;
  why: string;
}
export interface CorpusLabel {
  name: string;
  set: 'tuning' | 'held-out';
  kind: string;
  source: { repo: string; commit: string; files: string[] };
  labels: {
    needs_gpu: Labelled<boolean>;
    gpu_count?: Labelled<number | null>;
    gpu_memory_gb?: Labelled<number | null>;
    cuda: Labelled<VersionSpec | null>;
    python: Labelled<VersionSpec | null>;
    frameworks: Labelled<string[]>;
    language: Labelled<string>;
  };
}
export const KINDS: string[];
export const SETS: string[];
export function compareVersions(a: string, b: string): number;
export function inVersionSpec(answer: string | null | undefined, spec: VersionSpec): boolean;
export function labelProblems(label: CorpusLabel, corpusDir: string): string[];
export function readLabels(corpusDir: string): CorpusLabel[];
export function unlabelledRepos(corpusDir: string): string[];
