// `envboot ssh <run|server>`: the OpenSSH command line that logs in to a run's server with the run's key, user and
// address, and the host key recorded when the run saw the key log in (ssh_ready), written to a known_hosts file of
// the run's own, so that OpenSSH neither prompts nor trusts blindly (StrictHostKeyChecking=yes).
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError, UsageError, type LaunchData } from '@envboot/core';
import type { RunState } from './state/model.js';
import { RunStore } from './state/store.js';

type Server = LaunchData['servers'][number];
type Ready = NonNullable<Server['ssh_ready']>;

export interface SshLoginInput {
  /** A run id, or a server's name or id in one of the runs. */
  target: string;
  /** The command to run instead of a shell: one word is a command line, several are each quoted. */
  command: string[];
  /** Inside the run's set-up environment (its folder, its venv or conda env activated). */
  env?: boolean;
  stateDir: string;
}

export interface SshLogin {
  run_id: string;
  server: string;
  /** `ssh` and its arguments. */
  argv: string[];
  /** The same, as one line for a POSIX shell. */
  line: string;
  known_hosts: string;
}

/** A word as a POSIX shell reads it back: bare when it is plain, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * OpenSSH hands the remote shell one string. One word is that string, a command line as `ssh host 'a | b'` takes
 * it; several words are each quoted, so that each arrives as the word it was here (`sh -c 'exit 3'`).
 */
function remoteCommand(words: string[]): string {
  return words.length === 1 ? words[0]! : words.map(shellQuote).join(' ');
}

/** known_hosts' name for an address: `[host]:port` unless the port is 22. */
function knownHostName(ready: Pick<Ready, 'host' | 'port'>): string {
  return ready.port === 22 ? ready.host : `[${ready.host}]:${ready.port}`;
}

/** The run and server `target` names: a run id (its first server that answered SSH), or a server of some run. */
function find(store: RunStore, target: string): { state: RunState; server: Server } {
  if (/^prov-/.test(target)) {
    const state = store.load(target);
    const servers = state.outputs.servers.filter((s) => s.server_id);
    const server = servers.find((s) => s.ssh_ready) ?? servers[0];
    if (!server || state.status === 'cleaned') {
      throw new NotFoundError(
        `run ${state.run_id} has no server${state.status === 'cleaned' ? ' left' : ''}`,
        {
          field: 'target',
          hint: 'envboot runs shows which runs have a reachable server.',
        },
      );
    }
    return { state, server };
  }
  for (const state of store.list()) {
    if (state.status === 'cleaned') continue;
    const server = state.outputs.servers.find((s) => s.name === target || s.server_id === target);
    if (server) return { state, server };
  }
  throw new NotFoundError(`no run or server "${target}" is recorded on this machine`, {
    field: 'target',
    hint: 'Give a run id or the name of one of its servers; envboot runs lists the runs.',
  });
}

/** The remote command line that enters the run's environment, then runs the command (or an interactive shell). */
function inEnvironment(state: RunState, command: string[]): string {
  const environment = state.environment;
  if (!environment?.activate || environment.status === 'skipped') {
    throw new NotFoundError(`run ${state.run_id} has no environment set up`, {
      field: 'env',
      hint:
        environment?.status === 'skipped' && environment.reason
          ? `It was not set up: ${environment.reason}.`
          : `Set it up with: envboot setup ${state.run_id}`,
    });
  }
  return `${environment.activate} && ${command.length > 0 ? remoteCommand(command) : 'exec bash -i'}`;
}

/** The command line; the run's known_hosts file is (re)written with the recorded host key. */
export function sshLogin(input: SshLoginInput): SshLogin {
  const store = new RunStore(input.stateDir);
  const { state, server } = find(store, input.target);
  const ready = server.ssh_ready;
  if (!ready) {
    throw new NotFoundError(`no host key is recorded for ${server.name}: the run did not see SSH answer`, {
      field: 'target',
      hint:
        state.options.waitSsh === false
          ? 'The run was made with --no-wait-ssh.'
          : `Its ssh line, which checks no host key: ${server.ssh ?? 'none (no address)'}`,
    });
  }
  if (!ready.host_key.key) {
    throw new UsageError(`the host key recorded for ${server.name} is incomplete`, { field: 'target' });
  }
  const knownHosts = join(store.dir, `${state.run_id}.known_hosts`);
  writeFileSync(knownHosts, `${knownHostName(ready)} ${ready.host_key.type} ${ready.host_key.key}\n`, {
    mode: 0o600,
  });
  chmodSync(knownHosts, 0o600);
  const key = state.key?.private_key_path;
  const remote = input.env
    ? inEnvironment(state, input.command)
    : input.command.length > 0
      ? remoteCommand(input.command)
      : null;
  const argv = [
    'ssh',
    ...(key ? ['-i', key, '-o', 'IdentitiesOnly=yes'] : []),
    '-o',
    `UserKnownHostsFile=${knownHosts}`,
    '-o',
    'StrictHostKeyChecking=yes',
    ...(ready.port === 22 ? [] : ['-p', String(ready.port)]),
    // A shell in the environment is a command too: it needs the terminal OpenSSH gives only a login by default.
    ...(input.env && input.command.length === 0 ? ['-t'] : []),
    `${ready.user}@${ready.host}`,
    ...(remote !== null ? ['--', remote] : []),
  ];
  return {
    run_id: state.run_id,
    server: server.name,
    argv,
    line: argv.map(shellQuote).join(' '),
    known_hosts: knownHosts,
  };
}
