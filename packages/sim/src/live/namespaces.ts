// Process and mount isolation for a live node, where the simulator runs as root and the kernel allows it: one PID
// and mount namespace per node, held by a process that lives as long as the node, which every command of the node
// enters (nsenter). The node sees only its own processes, mounts it makes stay its own, and ending the holder ends
// every process in the namespace, those left running after an SSH session included.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

let available: boolean | null = null;

/** Whether namespaces can be made here: root, unshare and nsenter present, and the kernel letting us. */
export function namespacesAvailable(): boolean {
  if (available === null) {
    const root = process.getuid?.() === 0;
    const probe = root
      ? spawnSync(
          'unshare',
          ['--pid', '--fork', '--mount-proc', '--mount', '--propagation', 'private', 'true'],
          {
            stdio: 'ignore',
            timeout: 10_000,
          },
        )
      : null;
    const nsenter = root ? spawnSync('nsenter', ['--version'], { stdio: 'ignore', timeout: 10_000 }) : null;
    available = probe?.status === 0 && nsenter?.status === 0;
  }
  return available;
}

export interface NodeNamespace {
  /** The holder (unshare), whose process group ends the namespace. */
  holder: ChildProcess;
  /** PID 1 of the namespace, as this machine sees it: what nsenter enters. */
  initPid: number;
}

/** How long unshare may take to start a node's namespace (generous: the machine may be busy). */
const NAMESPACE_START_MS = 60_000;

/** Starts the namespace of a node; resolves once its PID 1 is known. */
export async function startNamespace(cwd: string, env: NodeJS.ProcessEnv): Promise<NodeNamespace> {
  const holder = spawn(
    'unshare',
    ['--pid', '--fork', '--mount-proc', '--mount', '--propagation', 'private', '--', 'sleep', 'infinity'],
    { cwd, env, detached: true, stdio: 'ignore' },
  );
  const pid = holder.pid;
  if (pid === undefined) throw new Error('could not start unshare for a live node');
  // unshare forks PID 1 of the new namespace: it is unshare's only child. A busy machine may take seconds to run
  // it: the wait is bounded by time, not by a count of short sleeps.
  const deadline = Date.now() + NAMESPACE_START_MS;
  while (Date.now() < deadline) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (children) return { holder, initPid: Number(children.split(/\s+/)[0]) };
    if (holder.exitCode !== null) throw new Error(`unshare exited ${holder.exitCode} for a live node`);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the namespace of a live node did not start');
}

/** The command line that runs `command args` inside the namespace, in the folder `cwd`. */
export function inNamespace(
  ns: NodeNamespace,
  cwd: string,
  command: string,
  args: string[],
): [string, string[]] {
  return [
    'nsenter',
    ['--target', String(ns.initPid), '--pid', '--mount', `--wd=${cwd}`, '--', command, ...args],
  ];
}
