// A set-up as the envelope shows it (data.environment): the plan's steps with what the node made of them, the
// checks' verdicts, and how to enter the environment.
import type { SetupData } from '@envboot/core';
import type { SetupResult } from './follow.js';
import type { SetupPlan } from './model.js';

export type Environment = SetupData['environment'];

function checksOf(steps: Environment['steps']): Environment['checks'] {
  return steps
    .filter((s) => s.kind === 'check')
    .map((s) => ({
      id: s.id,
      title: s.title,
      passed: s.state === 'done' || s.state === 'skipped' ? true : s.state === 'failed' ? false : null,
      message: (s as { message?: string | null }).message ?? null,
    }));
}

/** The plan alone, before anything ran (a dry run). */
export function plannedEnvironment(plan: SetupPlan, enter: string | null = null): Environment {
  const steps = plan.steps.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    why: s.why,
    state: 'pending' as const,
  }));
  return {
    status: 'planned',
    reason: null,
    steps,
    checks: checksOf(steps),
    activate: plan.activate,
    enter,
    unsupported: plan.unsupported,
  };
}

/** Not set up, and why (no repository URL, no server that answered SSH, --no-setup). */
export function skippedEnvironment(reason: string): Environment {
  return { status: 'skipped', reason, steps: [], checks: [], activate: null };
}

/** What following the set-up on one server found. */
export function environmentOf(
  plan: SetupPlan,
  result: SetupResult,
  o: { server: string | null; enter: string | null; timeoutSeconds: number },
): Environment {
  const why = new Map(plan.steps.map((s) => [s.id, s.why]));
  const steps = result.steps.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    why: why.get(s.id) ?? [],
    state: s.state,
    seconds: s.seconds,
    exit: s.exit,
    log: s.log,
    log_tail: s.log_tail,
    message: s.message,
  }));
  const failed = steps.find((s) => s.state === 'failed');
  const reason =
    result.status === 'ready'
      ? null
      : result.status === 'timeout'
        ? `the set-up did not finish within ${o.timeoutSeconds} s${steps.find((s) => s.state === 'running') ? ` (still at ${steps.find((s) => s.state === 'running')!.id})` : ''}`
        : failed
          ? `${failed.title}: ${failed.kind === 'check' && failed.message ? failed.message : `exit ${failed.exit ?? '?'}`}`
          : 'the set-up failed';
  const checks = checksOf(steps);
  return {
    status: result.status === 'ready' ? 'ready' : 'failed',
    reason,
    server: o.server,
    // The envelope's step records carry no check message: that is in checks[].
    steps: steps.map(({ message: _message, ...step }) => step),
    checks,
    activate: result.activate,
    enter: o.enter,
    took_over: result.took_over,
    elapsed_ms: Math.max(0, Math.round(result.elapsed_ms)),
    unsupported: plan.unsupported,
  };
}
