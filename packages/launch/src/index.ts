export { run, contextFrom, serverNames } from './run.js';
export { toInput, type LaunchInput } from './input.js';
export { sshUserFor, sshCommand } from './ssh.js';
export { chooseKey, keyPairName, defaultPublicKey } from './keys.js';
export { launchCommand } from './cli.js';
