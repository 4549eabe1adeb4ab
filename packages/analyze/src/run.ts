// envboot analyze: get the code, detect, infer the requirements, plan against the site's catalog, and let a
// language model refine the plan when one is configured. Never reads process.*, never prints.
import {
  EnvbootError,
  getSite,
  registerSecret,
  type AnalysisData,
  type Context,
  type PlanData,
  type Requirements,
} from '@envboot/core';
import type { CloudStepContext } from '@envboot/openstack';
import type { AnalyzeInput } from './input.js';
import type { Catalog } from './plan/catalog.js';
import { openRepository } from './source/open.js';

export async function run(input: AnalyzeInput, ctx: CloudStepContext): Promise<AnalysisData> {
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
  const [{ detect }, { inferRequirements }] = await Promise.all([
    import('./detectors/index.js'),
    import('./infer/requirements.js'),
  ]);
  const found = await detect(repo.files);
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
  };

  if (!input.plan) {
    data.ai = { status: 'off', model: null, reason: 'no plan was asked for (--no-plan)' };
    data.notes!.push('no plan was asked for (--no-plan)');
    ctx.progress.done();
    return data;
  }

  const { catalog, plan } = await planned(input, ctx, data);

  const { aiWanted, refineWithModel } = await import('./ai/refine.js');
  const wanted = aiWanted(input.ai);
  data.ai = wanted.ai;
  const forced = input.nodeType || input.image || input.count || input.durationMinutes;
  if (wanted.ask && forced) {
    data.ai = { status: 'off', model: input.ai.model, reason: 'the plan was fixed with flags' };
  } else if (wanted.ask) {
    ctx.progress.update(`asking ${input.ai.model}`);
    const refined = await refineWithModel({
      requirements,
      rulesPlan: plan,
      catalog,
      caps: { maxNodes: input.maxNodes, maxHours: Math.floor(catalog.maxLeaseMinutes / 60) },
      readme: found.readme,
      settings: input.ai,
      log: ctx.log,
      signal: ctx.signal,
    });
    data.ai = refined.ai;
    data.plan = refined.plan;
  }
  ctx.progress.done();
  return data;
}

/**
 * Loads the catalog and plans (data.plan is set). When that fails — no credentials, nothing at the site fits —
 * the error carries the analysis, so the requirements are not lost.
 */
async function planned(
  input: AnalyzeInput,
  ctx: CloudStepContext,
  data: AnalysisData,
): Promise<{ catalog: Catalog; plan: PlanData }> {
  try {
    ctx.progress.update(`loading the ${ctx.site} catalog`);
    const site = getSite(ctx.site);
    const [{ loadCatalog }, { plan }] = await Promise.all([import('./catalog.js'), import('./plan/plan.js')]);
    const catalog = await loadCatalog({
      cloud: await ctx.cloud(),
      site: site.id,
      referenceSite: site.reference_site ?? site.id,
      maxLeaseMinutes: site.max_lease_minutes,
    });
    data.plan = plan(data.requirements, catalog, {
      maxNodes: input.maxNodes,
      nodeType: input.nodeType,
      image: input.image,
      count: input.count,
      durationMinutes: input.durationMinutes,
    });
    return { catalog, plan: data.plan };
  } catch (err) {
    if (!(err instanceof EnvbootError) || err.code === 'INTERRUPTED') throw err;
    ctx.progress.done();
    throw new EnvbootError(err.code, err.message, {
      hint: [err.hint, 'For the requirements alone, add --no-plan.'].filter(Boolean).join(' '),
      field: err.field,
      details: err.details,
      cloud: err.cloud,
      retryable: err.retryable,
      cause: err,
      data: { ...data, plan: null } as unknown as Record<string, unknown>,
    });
  }
}

/** What analyze adds to the chain context: the repository, a summary of the needs, and the plan. */
export function contextFrom(data: AnalysisData): Partial<Context> {
  const summary = (r: Requirements) => ({
    gpu: { needed: r.gpu.needed, count: r.gpu.count, cuda: r.gpu.cuda, min_memory_gb: r.gpu.min_memory_gb },
    runtimes: r.runtimes,
    architecture: r.architecture,
  });
  const p = data.plan;
  return {
    repo: {
      url: data.repo.url,
      path: data.repo.kind === 'local' ? data.repo.path : null,
      commit: data.repo.commit,
      ref: data.repo.ref,
    },
    requirements: summary(data.requirements),
    ...(p
      ? {
          site: p.site,
          plan: p,
          node_type: p.node_type,
          nodes: p.count,
          resource_properties: p.resource_properties,
          image: p.image,
        }
      : {}),
  };
}
