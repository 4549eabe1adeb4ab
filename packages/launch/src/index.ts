export { run, contextFrom, serversContext } from './run.js';
export { toInput, type LaunchHooks, type LaunchInput, type LaunchPhase } from './input.js';
export {
  resolveLaunch,
  createServers,
  waitActive,
  describeServers,
  serverNames,
  type Resolved,
  type ResolveOptions,
} from './servers.js';
export { attachFloatingIps, type Attached } from './floating.js';
export { sshUserFor, sshCommand } from './ssh.js';
export {
  chooseKey,
  keyPairName,
  keyPairExists,
  defaultPublicKey,
  importKeyPair,
  requireKey,
  type ChosenKey,
  type KeySources,
} from './keys.js';
export { createKeyPair, keysDir, newKeyName, type NewKey } from './new-key.js';
export { launchCommand, type LaunchArgs } from './cli.js';
export { loginKey, waitServersSsh, type SshReadyRecord, type WaitServersSshOptions } from './wait-ssh.js';
export {
  waitForSsh,
  sshTargetFor,
  consoleFingerprints,
  hostKeyFingerprint,
  hostKeyText,
  type SshReady,
  type SshTarget,
  type SshProgress,
} from './ssh-ready.js';
