// Plugins: JavaScript modules named with --plugin (or in $XDG_CONFIG_HOME/envboot/config.json as "plugins") that
// may export selectPlan(requirements, catalog, plan) — the original tool's custom node selection: it may change
// the node type, image or count, and its answer is checked like the language model's — and preLaunch(ctx) /
// postLaunch(ctx) / postSetup(ctx). A hook that throws fails the run with its message (PLUGIN_FAILED), and clean-up
// still happens; postSetup is one of the set-up's checks: it fails the set-up (SETUP_FAILED, the servers kept).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  EnvbootError,
  UsageError,
  checkInputFile,
  fieldName,
  formatDuration,
  validateAgainst,
  type PlanData,
  type SetupData,
} from '@envboot/core';
import { nodeTypeFilter, parseFilter, pinnedNodeType } from '@envboot/availability';
import type { Catalog } from '@envboot/analyze';
import type { RunState } from './state/model.js';

export interface HookContext {
  run_id: string;
  site: string;
  plan: PlanData | null;
  lease: { id: string | null; name: string } | null;
  servers: Array<{ id: string | null; name: string }>;
  /** postSetup only: the environment as the envelope shows it (activate, enter, steps, checks). */
  environment?: SetupData['environment'];
}

export interface Plugin {
  file: string;
  selectPlan?: (requirements: unknown, catalog: Catalog, plan: PlanData) => PlanData | Promise<PlanData>;
  preLaunch?: (ctx: HookContext) => unknown;
  postLaunch?: (ctx: HookContext) => unknown;
  postSetup?: (ctx: HookContext) => unknown;
}

/** Plugin files from the config file, then from --plugin. */
export function pluginFiles(flags: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): string[] {
  const configDir = join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'envboot');
  let fromConfig: string[] = [];
  try {
    const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { plugins?: unknown };
    if (Array.isArray(config.plugins)) fromConfig = config.plugins.map((p) => resolve(configDir, String(p)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new UsageError(`cannot read ${join(configDir, 'config.json')}: ${(err as Error).message}`, {
        field: 'plugin',
      });
    }
  }
  return [...fromConfig, ...flags.map((f) => (isAbsolute(f) ? f : resolve(cwd, f)))];
}

const HOOKS = ['selectPlan', 'preLaunch', 'postLaunch', 'postSetup'] as const;

/** The hooks on a module's default export, when it is an object or a function that carries them. */
function hooksOf(value: unknown): Record<string, unknown> {
  if (!value || (typeof value !== 'object' && typeof value !== 'function')) return {};
  const source = value as Record<string, unknown>;
  return Object.fromEntries(HOOKS.filter((h) => h in source).map((h) => [h, source[h]]));
}

export async function loadPlugins(files: string[]): Promise<Plugin[]> {
  return Promise.all(
    files.map(async (file) => {
      let mod: Record<string, unknown>;
      // import() reads a file whole: a device or a FIFO would never load, so only a regular file is tried.
      await checkInputFile(file, { field: 'plugin', maxBytes: 16 * 2 ** 20, code: 'PLUGIN_FAILED' });
      try {
        mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      } catch (err) {
        throw new EnvbootError(
          'PLUGIN_FAILED',
          `plugin ${file} could not be loaded: ${(err as Error).message}`,
          { field: 'plugin' },
        );
      }
      // A CommonJS plugin's hooks are all on module.exports (`default`): Node names only those its lexer finds
      // (of `module.exports = { a() {}, b() {} }`, just the first), so they are read from there too.
      const exported = { ...hooksOf(mod.default), ...mod };
      const hooks = HOOKS.filter((h) => typeof exported[h] === 'function');
      if (hooks.length === 0) {
        throw new EnvbootError(
          'PLUGIN_FAILED',
          `plugin ${file} exports none of selectPlan, preLaunch, postLaunch, postSetup`,
          { field: 'plugin' },
        );
      }
      return { file, ...(Object.fromEntries(hooks.map((h) => [h, exported[h]])) as Omit<Plugin, 'file'>) };
    }),
  );
}

/** Runs a hook; whatever it throws becomes PLUGIN_FAILED with its message. */
export async function callHook<T>(plugin: Plugin, hook: string, call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new EnvbootError('PLUGIN_FAILED', `plugin ${plugin.file}: ${hook} failed: ${message}`, {
      field: 'plugin',
    });
  }
}

function pinnedBy(filter: string): string | null {
  try {
    return pinnedNodeType(parseFilter(filter));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err; // the parser's refusal of a filter it cannot read
    return null;
  }
}

/** A plan a plugin returned, checked against the schema, the site's catalog and its limits. */
export function checkPluginPlan(
  plugin: Plugin,
  returned: unknown,
  catalog: Catalog,
  maxNodes: number,
): PlanData {
  const fail = (why: string) =>
    new EnvbootError('PLUGIN_FAILED', `plugin ${plugin.file}: selectPlan returned an unusable plan: ${why}`, {
      field: 'plugin',
    });
  const result = validateAgainst('plan', returned);
  if (!result.valid) throw fail(`${fieldName(result.problems[0]!.path)} ${result.problems[0]!.message}`);
  const plan = { ...(returned as PlanData) };
  if (!catalog.nodeTypes.some((t) => t.name === plan.node_type))
    throw fail(`no node type ${plan.node_type} at ${catalog.site}`);
  if (!catalog.images.some((i) => i.name === plan.image))
    throw fail(`no image ${plan.image} at ${catalog.site}`);
  if (plan.count > maxNodes) throw fail(`${plan.count} nodes is more than the limit of ${maxNodes}`);
  if (plan.duration_minutes > catalog.maxLeaseMinutes) {
    throw fail(
      `${formatDuration(plan.duration_minutes)} is longer than the site allows (${formatDuration(catalog.maxLeaseMinutes)})`,
    );
  }
  // Keep a plugin's own filter when it still pins the node type it chose.
  if (pinnedBy(plan.resource_properties) !== plan.node_type)
    plan.resource_properties = nodeTypeFilter(plan.node_type);
  plan.duration = formatDuration(plan.duration_minutes);
  plan.source = 'plugin';
  plan.reasons = [...plan.reasons, `chosen by the plugin ${plugin.file}`];
  return plan;
}

/** What a plugin's hook is told of the run (copies: a hook cannot change the run's state). */
export function hookContext(state: RunState): HookContext {
  return {
    run_id: state.run_id,
    site: state.options.site,
    plan: state.plan,
    lease: state.lease ? { id: state.lease.id, name: state.lease.name } : null,
    servers: state.servers.map((s) => ({ ...s })),
  };
}
