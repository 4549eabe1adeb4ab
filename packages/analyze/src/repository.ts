// The repository's part of an analysis: fetch the code, read the files the rules ask for, infer what it needs.
// No plan and no cloud: provision starts this before it has authenticated.
import { registerSecret, type AnalysisData } from '@envboot/core';
import type { StepContext } from '@envboot/core/cli';
import { openRepository } from '@envboot/git-source';
import type { AnalyzeInput } from './input.js';

/** The repository's part of an analysis: what it needs, with the plan still to be made. */
export interface RepositoryAnalysis {
  data: AnalysisData;
  /** The README, for the language model. */
  readme: { file: string; text: string } | null;
}

/** What the analysis uses of a step's context. */
export type AnalysisContext = Pick<StepContext, 'log' | 'progress' | 'signal'>;

export interface AnalysisOptions {
  /**
   * When the detectors' code loads: `now` (the default), alongside the fetch, or `after-fetch`, once the file list
   * is in, for a caller whose own work (authenticating) should have the CPU first.
   */
  loadCode?: 'now' | 'after-fetch';
}

/** Gets the code and reads it: requirements with evidence, no plan yet. */
export async function analyzeRepository(
  input: AnalyzeInput,
  ctx: AnalysisContext,
  options: AnalysisOptions = {},
): Promise<RepositoryAnalysis> {
  if (input.repo.kind === 'url') for (const s of input.repo.secrets) registerSecret(s);
  registerSecret(input.ai.apiKey);
  const started = Date.now();
  const limits = {
    maxBytes: input.maxBytes,
    timeoutMs: input.timeoutMs,
    deadline: started + input.timeoutMs,
    signal: ctx.signal,
  };

  ctx.progress.update(
    input.repo.kind === 'url' ? `fetching ${input.repo.display}` : `reading ${input.repo.display}`,
  );
  // The detectors load while the repository is fetched (or once it is: see AnalysisOptions.loadCode).
  const loadAnalysers = () =>
    import('./detectors/index.js').then(
      async (detectors) => [detectors, await import('./infer/requirements.js')] as const,
    );
  const early = options.loadCode === 'after-fetch' ? null : loadAnalysers();
  early?.catch(() => {});
  const repo = await openRepository(input.repo, {
    ref: input.ref,
    workdir: input.workdir,
    cacheDir: input.cacheDir,
    gitClient: input.gitClient,
    git: input.git,
    limits,
    maxFiles: input.maxFiles,
    log: ctx.log,
  });
  const fetched = Date.now();
  ctx.progress.update(`analysing ${repo.files.entries.length} files`);
  const [{ detect }, { inferRequirements }] = await (early ?? loadAnalysers());
  const found = await detect(repo.files);
  for (const w of found.warnings)
    ctx.log.warn({ file: w.file, detector: w.detector }, `${w.file}: ${w.reason}`);
  const requirements = inferRequirements(found.facts, found.languages);
  const analysed = Date.now();
  ctx.log.debug(
    { files: repo.files.entries.length, read: found.readFiles, ms: analysed - fetched },
    'analysed',
  );
  const data: AnalysisData = {
    repo: {
      source: input.repo.display,
      kind: repo.kind,
      url: input.repo.kind === 'url' ? input.repo.display : null,
      path: repo.path,
      ref: input.ref,
      commit: repo.commit,
      cached: repo.cached,
      git: repo.git,
      files: repo.files.entries.length,
      read_files: found.readFiles,
      fetch_ms: fetched - started,
      analysis_ms: analysed - fetched,
    },
    requirements,
    plan: null,
    ai: { status: 'off', model: null, reason: null },
    notes: [...repo.notes],
    warnings: found.warnings,
  };
  return { data, readme: found.readme };
}
