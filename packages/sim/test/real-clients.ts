// Runs Debian's OpenStack command-line clients (glance, openstack) against a simulator started in the test, with
// the environment `envboot sim --openrc` writes. A client that is not installed is reported so its test can skip.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { Sim } from '../src/index.js';

const run = promisify(execFile);

/** Whether a command is on the PATH. */
export const installed = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** The OS_* variables of the simulator's default identity, with password authentication. */
export function openrc(sim: Sim): Record<string, string> {
  const id = sim.identity;
  return {
    OS_AUTH_URL: sim.authUrl,
    OS_IDENTITY_API_VERSION: '3',
    OS_INTERFACE: 'public',
    OS_REGION_NAME: id.region,
    OS_AUTH_TYPE: 'password',
    OS_USERNAME: id.username,
    OS_PASSWORD: id.password,
    OS_USER_DOMAIN_NAME: id.userDomain,
    OS_PROJECT_NAME: id.projectName,
    OS_PROJECT_DOMAIN_NAME: id.projectDomain,
  };
}

/** Runs a client against the simulator; its standard output, or the error with both outputs. */
export async function client(sim: Sim, command: string, args: string[]): Promise<string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OS_')) env[k] = v;
  const { stdout } = await run(command, args, { env: { ...env, ...openrc(sim) }, timeout: 60_000 });
  return stdout;
}
