export { run, contextFrom, serversContext } from './run.js';
export { toInput, type LaunchInput } from './input.js';
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
export { chooseKey, keyPairName, keyPairExists, defaultPublicKey, type ChosenKey } from './keys.js';
export { launchCommand } from './cli.js';
