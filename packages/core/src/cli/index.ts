// The light entry point a CLI loads at start-up: command definitions and shared flags, nothing heavy.
export { commonOptions, defineStep, toCommand } from './step.js';
export type {
  CommandHost,
  RequestMetrics,
  StepArgs,
  StepContext,
  StepDefinition,
  StepModule,
} from './step.js';
export type {
  ArgsOf,
  CamelCase,
  FlagSpecs,
  NoFlags,
  ParsedLine,
  PositionalSpec,
  PositionalSpecs,
} from './flags.js';
export {
  CLOUD_OPTIONS,
  COMMON_GROUP,
  DRY_RUN_OPTIONS,
  OUTPUT_OPTIONS,
  cloudSelection,
  wantsPretty,
} from './options.js';
export type { CommonArgs } from './options.js';
export { reportUsageError, flagInMessage, type KnownNames } from './usage.js';
export { VERSION } from '../generated/config.js';
export { isErrno } from '../system-errors.js';
export { writeEnvelope, writeErrorLine, writeText, errorLine, type CliIo } from './output.js';
export { outputMode, terminalOptions, writeForPeople, type OutputMode } from './human.js';
export { createProgress, formatElapsed, type Progress } from './progress.js';
export { CLOSED_OUTPUT_STATUS, endOnClosedOutput, outputClosed, whenOutputCloses } from './closed-output.js';
