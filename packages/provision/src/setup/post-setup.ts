// The plugins' postSetup hooks, after the set-up is ready: each is one more check, and one that throws fails the
// set-up as a failed check does (the servers are kept).
import { EnvbootError, type SetupData } from '@envboot/core';
import { callHook, hookContext, type Plugin } from '../plugins.js';
import type { RunState } from '../state/model.js';

/** The plugins' postSetup hooks, the set-up's last checks: one that throws fails the set-up, as a check does. */
export async function runPostSetup(
  plugins: Plugin[],
  state: RunState,
  environment: SetupData['environment'],
): Promise<SetupData['environment']> {
  const checks = [...environment.checks];
  for (const plugin of plugins) {
    const hook = plugin.postSetup;
    if (!hook) continue;
    const id = `post-setup-${checks.length + 1}`;
    const title = `plugin ${plugin.file}: postSetup`;
    try {
      await callHook(plugin, 'postSetup', () => hook({ ...hookContext(state), environment }));
      checks.push({ id, title, passed: true, message: null });
    } catch (err) {
      if (!(err instanceof EnvbootError)) throw err;
      checks.push({ id, title, passed: false, message: err.message });
      return { ...environment, status: 'failed', reason: err.message, checks };
    }
  }
  return { ...environment, checks };
}
