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
