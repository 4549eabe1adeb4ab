// envboot analyze: get the code, detect, infer the requirements, plan against the site's catalog, and let a
// language model refine the plan when one is configured. Never reads process.*, never prints.
import { EnvbootError, withChanges, type AnalysisData, type Context, type Requirements } from '@envboot/core';
import type { CloudStepContext } from '@envboot/openstack';
import type { AnalyzeInput } from './input.js';
import type { Catalog } from './plan/catalog.js';
import type * as PlanModule from './plan/plan.js';
import type * as RefineModule from './ai/refine.js';
import { loadCatalog } from './catalog.js';
import { analyzeRepository, type RepositoryAnalysis } from './repository.js';

export async function run(input: AnalyzeInput, ctx: CloudStepContext): Promise<AnalysisData> {
  // The site's catalog loads while the repository is fetched and read: neither waits for the other.
  const catalog = input.plan ? loadSiteCatalog(ctx) : null;
  catalog?.catch(() => {}); // its failure is reported below, once the analysis is known
  const analysis = await analyzeRepository(input, ctx);
  if (!input.plan) {
    analysis.data.ai = { status: 'off', model: null, reason: 'no plan was asked for (--no-plan)' };
    analysis.data.notes!.push('no plan was asked for (--no-plan)');
    ctx.progress.done();
    return analysis.data;
  }
  let loaded: Catalog;
  try {
    loaded = await catalog!;
  } catch (err) {
    throw keepingAnalysis(err, analysis.data, ctx);
  }
  return planWithCatalog(analysis, loaded, input, ctx);
}

/** The site's catalog: Blazar hosts and allocations, reference hardware and Glance images, fetched in parallel. */
export async function loadSiteCatalog(ctx: CloudStepContext): Promise<Catalog> {
  const site = ctx.site;
  return loadCatalog({
    cloud: await ctx.cloud(),
    site: site.id,
    referenceSite: site.reference_site ?? site.id,
    maxLeaseMinutes: site.max_lease_minutes,
  });
}

type PlannerCode = [typeof PlanModule, typeof RefineModule];
let plannerCode: Promise<PlannerCode> | undefined;

/** Loads the planner's code once; a caller that will plan starts it early, so that it is ready when the catalog is. */
export function preloadPlanner(): Promise<PlannerCode> {
  if (!plannerCode) {
    // One after the other: refine.js imports plan.js (and jest's module linker cannot take both at once).
    plannerCode = import('./ai/refine.js').then(async (refine) => [await import('./plan/plan.js'), refine]);
    plannerCode.catch(() => {});
  }
  return plannerCode;
}

/** Plans against the catalog (rules first, then the language model when one is configured). */
export async function planWithCatalog(
  analysis: RepositoryAnalysis,
  catalog: Catalog,
  input: AnalyzeInput,
  ctx: CloudStepContext,
): Promise<AnalysisData> {
  const { data } = analysis;
  const [{ plan }, { aiWanted, refineWithModel }] = await preloadPlanner();
  try {
    data.plan = plan(data.requirements, catalog, {
      maxNodes: input.maxNodes,
      nodeType: input.nodeType,
      image: input.image,
      count: input.count,
      durationMinutes: input.durationMinutes,
    });
  } catch (err) {
    throw keepingAnalysis(err, data, ctx);
  }
  const wanted = aiWanted(input.ai);
  data.ai = wanted.ai;
  const forced = input.nodeType || input.image || input.count || input.durationMinutes;
  if (wanted.ask && forced) {
    data.ai = { status: 'off', model: input.ai.model, reason: 'the plan was fixed with flags' };
  } else if (wanted.ask) {
    ctx.progress.update(`asking ${input.ai.model}`);
    const refined = await refineWithModel({
      requirements: data.requirements,
      rulesPlan: data.plan,
      catalog,
      caps: { maxNodes: input.maxNodes, maxHours: Math.floor(catalog.maxLeaseMinutes / 60) },
      readme: analysis.readme,
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
 * A planning failure (no credentials, nothing at the site fits) that keeps the analysis in the error's data, so
 * the requirements are not lost.
 */
function keepingAnalysis(err: unknown, data: AnalysisData, ctx: CloudStepContext): unknown {
  if (!(err instanceof EnvbootError) || err.code === 'INTERRUPTED') return err;
  ctx.progress.done();
  return withChanges(err, {
    hint: [err.hint, 'For the requirements alone, add --no-plan.'].filter(Boolean).join(' '),
    data: { ...data, plan: null } as unknown as Record<string, unknown>,
  });
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
