// @envboot/core: the contract every envboot package shares.
export * from './errors.js';
export { errnoCode, isErrno, isInvalidUrl } from './system-errors.js';
export * from './envelope.js';
export { mergeContext, type ContextChange } from './context.js';
export { dataOf, planOf, firstOf } from './pipe.js';
export { givenBare, wholeNumber, optionalSeconds } from './args.js';
export { closeMatches, relatedNames, suggestionsFor } from './suggest.js';
export { placeholderId, isPlaceholderId, refusePlaceholder, type PlaceholderKind } from './placeholder.js';
export { parseDuration, formatDuration } from './duration.js';
export { parseUtc, isoUtc, floorMinute } from './time.js';
export { resolveWindow, type Window, type WindowFlags, type WindowRules } from './window.js';
export { VERSION } from './generated/config.js';
export {
  REDACTED,
  LOG_REDACT_PATHS,
  registerSecret,
  isSecretKey,
  scrubText,
  scrubUrl,
  scrubHeaders,
  scrubValue,
} from './redact.js';
export {
  createLogger,
  createCliLogger,
  silentLogger,
  resolveLogLevel,
  resolveLogFormat,
  LOG_LEVELS,
  LOG_FORMATS,
  type LogFormat,
  type Logger,
  type LogLevel,
  type LoggerOptions,
  type CliLoggerOptions,
} from './logger.js';
export { validateAgainst, validateEnvelope, fieldName, schemaNames, type SchemaProblem } from './validate.js';
export { readUpstream, readStdinText, parseUpstream, MAX_STDIN_BYTES, type StdinMode } from './stdin.js';
export {
  readInputFile,
  readInputFileSync,
  checkInputFile,
  formatSize,
  type InputFileOptions,
} from './files.js';
export type * from './generated/schema-types.js';
export type { RequestMetrics, StepContext, StepDefinition, StepModule } from './cli/step.js';
