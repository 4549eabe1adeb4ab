// The ssh_ready step: ACTIVE is not "can log in". Waits until every server's address answers SSH and the run's key
// logs in (launch's waitServersSsh), and records in the run state what each answered with, the host key above
// all, so that later connections (envboot ssh) neither prompt nor trust blindly. A server that never answers
// fails the run, which then cleans up as after any failure.
import { EnvbootError } from '@envboot/core';
import { loginKey, waitServersSsh } from '@envboot/launch';
import type { ChainStep } from './types.js';

/** Bare metal answers SSH a few minutes after ACTIVE; 15 minutes is plenty. */
export const SSH_TIMEOUT_SECONDS = 900;

export const sshReady: ChainStep = {
  name: 'ssh_ready',
  skipped: (run) => run.state.options.skipLaunch || run.state.options.waitSsh === false,
  done: (run) => {
    const servers = run.state.outputs.servers;
    return servers.length > 0 && servers.every((s) => s.ssh_ready);
  },
  async run(run) {
    const { state, ctx, input } = run;
    const o = state.options;
    try {
      loginKey(state.key?.private_key_path ?? null, input.env);
    } catch (err) {
      // The servers are up; that this machine cannot log in to check is no reason to delete them.
      if (!(err instanceof EnvbootError)) throw err;
      ctx.log.warn(`SSH readiness not checked: ${err.message}`);
      return;
    }
    const ready = await waitServersSsh(await ctx.cloud(), ctx, state.outputs.servers, {
      privateKeyPath: state.key?.private_key_path ?? null,
      keyName: state.key?.name ?? null,
      timeoutSeconds: o.sshTimeoutSeconds ?? SSH_TIMEOUT_SECONDS,
      env: input.env,
    });
    return {
      outputs: {
        ...state.outputs,
        servers: state.outputs.servers.map((s) => ({
          ...s,
          ssh_ready: (s.server_id && ready.get(s.server_id)) || null,
        })),
      },
    };
  },
};
