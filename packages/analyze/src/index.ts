// @envboot/analyze: from a Git repository to what it needs to run, and a plan for a Chameleon site.
// The detectors (and the YAML and TOML parsers they bring) are at '@envboot/analyze/detectors': loading this entry
// does not load them, so a caller can start a clone and authenticate before paying for them. '@envboot/analyze/input'
// and '@envboot/analyze/repository' are the flags and the fetch-and-read alone, for a caller (provision) that starts
// the clone before it loads the rest.
export { run, contextFrom, loadSiteCatalog, planWithCatalog, preloadPlanner } from './run.js';
export {
  analyzeRepository,
  type RepositoryAnalysis,
  type AnalysisContext,
  type AnalysisOptions,
} from './repository.js';
export { analyzeCommand, type AnalyzeArgs } from './cli.js';
export { toInput, type AnalyzeInput, type AiSettings } from './input.js';
export { plan, planDuration, type PlanOptions } from './plan/plan.js';
export {
  buildCatalog,
  imagesOf,
  type Catalog,
  type NodeTypeInfo,
  type ImageInfo,
  type RawCatalog,
} from './plan/catalog.js';
export { loadCatalog, readSiteRecords } from './catalog.js';
export { inferRequirements } from './infer/requirements.js';
export {
  openRepository,
  parseRepoSpec,
  memoryRepo,
  type OpenedRepo,
  type RepoSpec,
  type RepoFiles,
  type TreeEntry,
} from '@envboot/git-source';
export { RULES, RULE_IDS, type RuleId } from './rules.js';
export type { AnalysisData, Requirements, PlanData } from '@envboot/core';
