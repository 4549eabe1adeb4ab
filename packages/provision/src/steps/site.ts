// The steps that learn what to do: connect (authenticate and read the site), analyze (the repository, at the same
// time) and plan.
import type { PlanData } from '@envboot/core';
import {
  analyzeRepository,
  buildCatalog,
  inferRequirements,
  plan as rulesPlan,
  planWithCatalog,
  preloadPlanner,
  readSiteRecords,
  type Catalog,
} from '@envboot/analyze';
import { callHook, checkPluginPlan } from '../plugins.js';
import { connected, type ChainStep, type RunScope } from './types.js';

const needsAnalysis = (run: RunScope) => !run.state.plan && run.input.analyze !== null;

export const connect: ChainStep = {
  name: 'connect',
  async run(run) {
    const cloud = await run.ctx.cloud();
    const site = readSiteRecords(cloud, run.ctx.site.reference_site ?? run.ctx.site.id);
    // The planner's code loads while the site is read (not earlier: the first request goes out first).
    if (needsAnalysis(run)) preloadPlanner();
    run.found.cloud = cloud;
    run.found.site = await site;
  },
};

export const analyze: ChainStep = {
  name: 'analyze',
  skipped: (run) => !needsAnalysis(run),
  async run(run) {
    const analysis = await (run.ctx.analysis?.result ?? analyzeRepository(run.input.analyze!, run.ctx));
    run.found.analysis = analysis;
    const { repo, requirements } = analysis.data;
    return {
      repo: {
        source: repo.source,
        commit: repo.commit ?? null,
        path: repo.path ?? null,
        url: repo.url ?? null,
      },
      requirements: requirements as unknown as Record<string, unknown>,
    };
  },
};

export const plan: ChainStep = {
  name: 'plan',
  done: (run) => run.state.plan !== null,
  async run(run) {
    const { cloud, site } = connected(run);
    const catalog = buildCatalog(site, run.ctx.site.id, cloud.clock.now(), run.ctx.site.max_lease_minutes);
    return { plan: await makePlan(run, catalog) };
  },
};

/** The piped plan, else analyze's for the repository, else the rules' for no particular needs; then the plugins'. */
async function makePlan(run: RunScope, catalog: Catalog): Promise<PlanData> {
  const { state, input, ctx } = run;
  const o = state.options;
  const analysis = run.found.analysis ?? null;
  let planned: PlanData;
  if (o.pipedPlan) {
    planned = o.pipedPlan;
  } else if (analysis && input.analyze) {
    planned = (await planWithCatalog(analysis, catalog, input.analyze, ctx)).plan!;
  } else {
    // --skip-repo-clone: nothing is known of the code; the rules plan for no particular needs.
    planned = rulesPlan(inferRequirements([], []), catalog, {
      maxNodes: Math.max(4, o.nodes ?? 0),
      nodeType: o.nodeType,
      image: o.image,
      count: o.nodes,
      durationMinutes: o.durationMinutes,
    });
  }
  for (const plugin of run.plugins) {
    const select = plugin.selectPlan;
    if (!select) continue;
    const returned = await callHook(plugin, 'selectPlan', () => select(state.requirements, catalog, planned));
    planned = checkPluginPlan(plugin, returned, catalog, Math.max(4, o.nodes ?? 0));
  }
  return { ...planned, site: o.site };
}
