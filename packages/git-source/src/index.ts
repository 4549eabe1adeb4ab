// @envboot/git-source: a repository by URL or path, read through one view of its files. URLs are checked before any
// process starts, credentials never reach output or a clone's config, and every fetch works under a byte cap and a
// deadline; native git when installed, isomorphic-git (loaded only when used) otherwise.
export {
  openRepository,
  defaultCacheDir,
  type OpenedRepo,
  type OpenOptions,
  type GitClient,
} from './open.js';
export { parseRepoSpec, checkRef, type RepoSpec, type SpecOptions } from './spec.js';
export { memoryRepo, type RepoFiles, type TreeEntry } from './files.js';
export { parseSize, formatBytes, type FetchLimits } from './limits.js';
export type { GitEnv } from './native-git.js';
export {
  toSourceInput,
  gitEnvironment,
  parseSeconds,
  SOURCE_DEFAULTS,
  type SourceArgs,
  type SourceInput,
  type InputEnvironment,
} from './input.js';
