// The launch step: launch's own run, told the run's names, key and floating-IP choice, and heard as it goes:
// each server id is recorded as soon as the server exists, each floating IP as soon as it is attached, and each
// phase (ACTIVE, floating IP, ssh) is a record of its own.
import { EnvbootError, withChanges } from '@envboot/core';
import { run as launchServers, serverNames } from '@envboot/launch';
import { leaseId } from './reserve.js';
import { setupUserData } from './setup.js';
import type { ChainStep } from './types.js';

/** Bare metal boots in about 10 minutes; 40 is the most it is given. */
const ACTIVE_TIMEOUT_SECONDS = 2400;
const POLL_SECONDS = 30;

export const launch: ChainStep = {
  name: 'launch',
  phases: ['server_active', 'floating_ip', 'ssh'],
  skipped: (run) => run.state.options.skipLaunch,
  hooks: { before: 'preLaunch', after: 'postLaunch' },
  async run(run, { again }) {
    const { state, input, ctx } = run;
    const o = state.options;
    const plan = state.plan!;
    const prefix = o.serverName ?? state.lease!.name;
    // The servers' names are recorded first, each id as soon as the server exists.
    state.servers = serverNames(prefix, plan.count).map((name) => ({
      id: state.servers.find((s) => s.name === name)?.id ?? null,
      name,
    }));
    run.save();
    const launched = await launchServers(
      {
        lease: leaseId(run),
        hostReservationId: state.lease!.host_reservation_id,
        image: plan.image,
        flavor: 'baremetal',
        network: o.network,
        keyName: state.key?.name ?? null,
        publicKeyFile: null,
        createKey: false,
        keysDir: input.keysDir,
        home: input.home,
        secGroups: [],
        namePrefix: prefix,
        userdataFile: null,
        // The set-up starts while the node boots, so that it runs while SSH is awaited.
        userdata: setupUserData(state),
        floatingIp: o.floatingIp,
        waitSeconds: ACTIVE_TIMEOUT_SECONDS,
        intervalSeconds: POLL_SECONDS,
        // SSH readiness is a step of its own (ssh_ready).
        sshTimeoutSeconds: null,
        count: plan.count,
        sshUser: null,
        // What the run created is the run's to delete (its clean-up), not launch's.
        keepOnFailure: true,
        hooks: {
          // A server of one of these names that is there before this run first boots is someone else's.
          existingServers: again ? 'reuse' : 'fail',
          privateKeyPath: state.key?.private_key_path ?? null,
          onCreated: (id, name) => {
            const entry = state.servers.find((s) => s.name === name);
            if (entry) entry.id = id;
            run.save();
          },
          onFloatingIps: (attached) => {
            for (const a of attached) {
              if (!state.floating_ips.some((f) => f.id === a.floatingIpId))
                state.floating_ips.push({ id: a.floatingIpId, address: a.address, created: a.created });
            }
            run.save();
          },
          onPhase: (phase) => run.phase(phase),
        },
      },
      ctx,
    ).catch((err: unknown) => {
      if (!(err instanceof EnvbootError) || err.code !== 'CONFLICT' || err.field !== 'name') throw err;
      throw withChanges(err, {
        hint: "It is not this run's to take over: give the run's servers another name with --server-name.",
      });
    });
    const servers = launched.servers;
    return {
      outputs: { ...state.outputs, servers },
      ssh: servers.map((s) => s.ssh).filter((s): s is string => !!s),
    };
  },
};
