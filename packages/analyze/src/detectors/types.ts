// The shape every detector has: which files it wants, and what it concludes from them.
import type { Fact } from '../model.js';
import type { Warn } from './text.js';
import type { Tree } from './tree.js';

export interface DetectorInput {
  tree: Tree;
  /** Text of a file read in the batch (null when it was not asked for or is not there). */
  text(path: string): string | null;
  /** Read more files (e.g. -r includes); one extra batch. */
  readMore(paths: string[]): Promise<void>;
  /** Reports a file this detector was meant to read but could not (it does not parse, it is too large…). */
  warn: Warn;
}

export interface Detector {
  name: string;
  /** Files this detector wants read; they are fetched in one batch with every other detector's. */
  select(tree: Tree): string[];
  detect(input: DetectorInput): Fact[] | Promise<Fact[]>;
}
