// Following the set-up on a run's servers over SSH: one connection per server, its host key the one the run
// recorded at ssh_ready, each step's progress on stderr; the environment the envelope shows.
import { EnvbootError, type LaunchData, type StepContext } from '@envboot/core';
import { loginKey } from '@envboot/launch';
import {
  connectNodeShell,
  environmentOf,
  followSetup,
  NodeShellError,
  skippedEnvironment,
  type Environment,
  type SetupPlan,
  type StepResult,
} from '@envboot/setup';

type Server = LaunchData['servers'][number];

export interface FollowServersOptions {
  plan: SetupPlan;
  runId: string;
  privateKeyPath: string | null;
  env: NodeJS.ProcessEnv;
  timeoutSeconds: number;
  /** User data started the script at boot: give it time to begin before envboot starts it itself. */
  userData: boolean;
  /** Run the script again if its last run failed or ran another plan (a resumed run, envboot setup). */
  rerun: boolean;
}

/** How long user data has to start the script once SSH answers (cloud-init runs it late in the boot). */
const USER_DATA_GRACE_MS = 120_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function describe(server: string, step: StepResult): string {
  const took = step.seconds !== null ? ` (${step.seconds} s)` : '';
  return `${server}: ${step.id} ${step.state}${took}${step.state === 'failed' && step.exit !== null ? `, exit ${step.exit}` : ''}`;
}

/** A node that could not be reached or went away is a coded SSH error the user can act on, not an internal one. */
function sshError(server: Server, err: NodeShellError, runId: string): EnvbootError {
  const message = `${server.name}: ${err.message}`;
  const again = `Follow the set-up again with: envboot setup ${runId}`;
  switch (err.reason) {
    case 'auth':
      return new EnvbootError('SSH_AUTH', message, {
        hint: `The run's key logged in at ssh_ready; check the node's ~/.ssh/authorized_keys. ${again}`,
        cause: err,
      });
    case 'host-key':
      return new EnvbootError('SSH_AUTH', message, {
        hint: `The node may have been rebuilt; or another machine answers at its address. Check before trusting it.`,
        cause: err,
      });
    default:
      return new EnvbootError('SSH_REFUSED', message, {
        hint: `See the server with: envboot lease-status, or its console. ${again}`,
        retryable: true,
        cause: err,
      });
  }
}

async function followOne(
  server: Server,
  o: FollowServersOptions,
  ctx: Pick<StepContext, 'log' | 'progress' | 'signal'>,
  count: number,
): Promise<Environment> {
  try {
    return await followOver(server, o, ctx, count);
  } catch (err) {
    if (err instanceof NodeShellError) throw sshError(server, err, o.runId);
    throw err;
  }
}

async function followOver(
  server: Server,
  o: FollowServersOptions,
  ctx: Pick<StepContext, 'log' | 'progress' | 'signal'>,
  count: number,
): Promise<Environment> {
  const ready = server.ssh_ready!;
  const shell = await connectNodeShell(
    { host: ready.host, port: ready.port, user: ready.user, hostKey: ready.host_key.key },
    loginKey(o.privateKeyPath, o.env),
  );
  try {
    const result = await followSetup({
      plan: o.plan,
      shell,
      sleep,
      now: Date.now,
      timeoutMs: o.timeoutSeconds * 1000,
      graceMs: o.userData ? USER_DATA_GRACE_MS : 0,
      rerun: o.rerun,
      signal: ctx.signal,
      onStep: (step) => {
        const line = describe(server.name, step);
        if (step.state === 'running') ctx.progress.update(line, `${server.name}: ${step.id}`);
        else ctx.progress.done(line);
      },
    });
    return environmentOf(o.plan, result, {
      server: server.name,
      enter: `envboot ssh ${count > 1 ? server.name : o.runId} --env`,
      timeoutSeconds: o.timeoutSeconds,
    });
  } finally {
    shell.close();
  }
}

/** Follows the set-up on every server that answered SSH; one environment for the envelope (the worst node's). */
export async function followServers(
  servers: Server[],
  o: FollowServersOptions,
  ctx: Pick<StepContext, 'log' | 'progress' | 'signal'>,
): Promise<Environment> {
  const reachable = servers.filter((s) => s.ssh_ready);
  if (reachable.length === 0)
    return skippedEnvironment(
      'no server was seen to let the run’s key log in over SSH (--no-wait-ssh, or SSH readiness could not be checked)',
    );
  const results = await Promise.all(reachable.map((s) => followOne(s, o, ctx, servers.length)));
  const worst = results.find((r) => r.status === 'failed') ?? results[0]!;
  if (results.length === 1) return worst;
  return {
    ...worst,
    nodes: results.map((r) => ({
      server: r.server ?? '',
      status: r.status === 'failed' ? 'failed' : 'ready',
      failed_step: r.steps.find((s) => s.state === 'failed')?.id ?? null,
    })),
  };
}
