export {
  runCli,
  envelopeOf,
  childEnv,
  hasStackTrace,
  ENVBOOT_BIN,
  REPO_ROOT,
  type CliRun,
  type CliOptions,
} from './cli.js';
export { assertEnvelope, sampleEnvelope } from './envelope.js';
export {
  startGitServer,
  gitHttpBackendPath,
  type GitServer,
  type GitServerOptions,
  type GitRequest,
} from './git-server.js';
export {
  createBareRepo,
  commitFiles,
  writeFiles,
  type BareRepo,
  type BareRepoSpec,
  type CommitOptions,
  type FileMap,
} from './git-repo.js';
export { baseContext, simEnv, stepArgs } from './context.js';
export { eventually, type EventuallyOptions } from './eventually.js';
export { writeSshKey, TEST_PUBLIC_KEY } from './ssh-key.js';
export { tempDir, removeTempDirs, fetchLimits, gitTestEnv, type TestFetchLimits } from './git-fetch.js';
export {
  buildWheels,
  installedPackageWheel,
  startPackageIndex,
  standInTorch,
  type PackageIndex,
  type WheelSpec,
} from './package-index.js';
