// Types of dynamic-imports.mjs, for the tests that drive it.
import type { Metafile, Plugin } from 'esbuild';

export function isCommonJs(file: string): boolean;
export function nodeExportNames(file: string): string[];
export function facadeSource(file: string, names: string[]): string;
export function nodeInteropForDynamicImports(): Plugin;
export interface LostExports {
  specifier: string;
  importer: string;
  file: string;
  missing: string[];
}
export function lostDynamicExports(metafile: Metafile, cwd?: string): Promise<LostExports[]>;
