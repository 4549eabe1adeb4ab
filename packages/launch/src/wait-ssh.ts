// SSH readiness of a launch's servers, all at once: where each answers, the host key its console shows, the
// private key to log in with, and progress on stderr. launch --wait-ssh and provision's ssh_ready step share it.
import { readFileSync } from 'node:fs';
import ssh2 from 'ssh2';
import { UsageError, type LaunchData } from '@envboot/core';
import type { StepContext } from '@envboot/core';
import { hasStatus, nova, type Cloud } from '@envboot/openstack';
import { consoleFingerprints, sshTargetFor, waitForSsh, type SshReady, type SshTarget } from './ssh-ready.js';

/** The envelope's record of a server that answered SSH. */
export type SshReadyRecord = NonNullable<LaunchData['servers'][number]['ssh_ready']>;

export interface WaitServersSshOptions {
  /** The private key of the key pair the servers were booted with (else the ssh-agent). */
  privateKeyPath: string | null;
  keyName: string | null;
  secGroups?: string[];
  /** Cloud time. */
  timeoutSeconds: number;
  env?: NodeJS.ProcessEnv;
}

/** How to log in: the private key file, else the user's ssh-agent; an encrypted key needs the agent. */
export function loginKey(
  privateKeyPath: string | null,
  env: NodeJS.ProcessEnv = process.env,
): { privateKey: Buffer } | { agent: string } {
  const agent = env.SSH_AUTH_SOCK;
  if (privateKeyPath) {
    let text: Buffer;
    try {
      text = readFileSync(privateKeyPath);
    } catch (err) {
      throw new UsageError(`cannot read the private key ${privateKeyPath}: ${(err as Error).message}`, {
        field: 'key-name',
        hint: 'The SSH check logs in with the private key next to the public key the servers were given.',
      });
    }
    const parsed = ssh2.utils.parseKey(text);
    if (!(parsed instanceof Error)) return { privateKey: text };
    if (agent) return { agent };
    throw new UsageError(
      `the private key ${privateKeyPath} cannot be used without its passphrase (${parsed.message})`,
      { field: 'key-name', hint: 'Add it to an ssh-agent (ssh-add) so the SSH check can log in with it.' },
    );
  }
  if (agent) return { agent };
  throw new UsageError("the SSH check needs the private key of the servers' key pair, and none is known", {
    field: 'key-name',
    hint:
      'Give --public-key FILE (its private key is FILE without .pub) or --create-key, or add the key to an ' +
      'ssh-agent (ssh-add).',
  });
}

/** The console's fingerprints; none when Nova does not offer the console (or not yet). */
async function readFingerprints(cloud: Cloud, serverId: string): Promise<string[]> {
  try {
    return consoleFingerprints(await nova.servers.consoleOutput(cloud.nova, serverId));
  } catch (err) {
    // 404/409/501: no console for this server (yet); the first host key seen is then the one recorded.
    if ([400, 404, 409, 501].some((s) => hasStatus(err, s))) return [];
    throw err;
  }
}

/**
 * Where SSH answers. On the simulator a server's SSH is its live node (`--live-nodes`): its record names it once
 * the node is set up, which takes a moment after ACTIVE; a simulator without live nodes serves no SSH (null).
 */
async function targetOf(
  cloud: Cloud,
  server: nova.Server,
  address: string,
  user: string,
): Promise<SshTarget | null> {
  if (!cloud.clock.simulated) return sshTargetFor(server, address, user);
  let s = server;
  for (let i = 0; i < 5 && !s.ssh_endpoint; i++) {
    await new Promise((r) => setTimeout(r, 50));
    s = await nova.servers.get(cloud.nova, server.id);
  }
  return s.ssh_endpoint ? sshTargetFor(s, address, user) : null;
}

/**
 * Waits until every server (as the envelope describes it) answers SSH at its floating IP, else its fixed IP, and
 * the key logs in as its user; the record of each by server id (null: not checked).
 */
export async function waitServersSsh(
  cloud: Cloud,
  ctx: Pick<StepContext, 'log' | 'progress' | 'signal'>,
  servers: LaunchData['servers'],
  o: WaitServersSshOptions,
): Promise<Map<string, SshReadyRecord | null>> {
  const credentials = loginKey(o.privateKeyPath, o.env);
  const out = new Map<string, SshReadyRecord | null>();
  await Promise.all(
    servers.map(async (described) => {
      const id = described.server_id;
      if (!id) return;
      const address = described.floating_ip ?? described.fixed_ip;
      if (!address) {
        ctx.log.warn(`${described.name} has no address: SSH not checked`);
        return out.set(id, null);
      }
      const server = await nova.servers.get(cloud.nova, id);
      const target = await targetOf(cloud, server, address, described.ssh_user ?? 'cc');
      if (!target) {
        ctx.log.warn(
          `${server.name}: this simulator serves no SSH (start it with --live-nodes): SSH readiness not checked`,
        );
        return out.set(id, null);
      }
      const ready = await waitForSsh({
        target,
        ...credentials,
        fingerprints: () => readFingerprints(cloud, id),
        timeoutMs: o.timeoutSeconds * 1000,
        timeScale: cloud.timeScale,
        signal: ctx.signal,
        hints: {
          keyName: o.keyName ?? server.key_name ?? null,
          securityGroups: o.secGroups ?? null,
        },
        onProgress: (p) => {
          if (p.kind === 'waiting') ctx.progress.update(p.message, `${target.address}: ${p.reason}`);
          else ctx.progress.done(p.message);
        },
      });
      out.set(id, toRecord(ready));
    }),
  );
  return out;
}

function toRecord(r: SshReady): SshReadyRecord {
  return {
    address: r.address,
    host: r.host,
    port: r.port,
    user: r.user,
    host_key: r.host_key,
    attempts: r.attempts,
    waited_seconds: r.waited_seconds,
  };
}
