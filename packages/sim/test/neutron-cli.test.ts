// Debian's real `openstack` CLI against a started simulator: networks, subnets, routers with an interface, and
// security groups made and removed as a user would. Skipped, with the reason, when the CLI is not installed
// (test/conformance/run-against-sim.sh installs python3-openstackclient).
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { start } from './helpers.js';

const run = promisify(execFile);
const haveCli = spawnSync('openstack', ['--version'], { encoding: 'utf8' }).status === 0;
if (!haveCli)
  console.warn(
    'neutron-cli: skipped, `openstack` is not installed (apt-get install python3-openstackclient)',
  );
const describeCli = haveCli ? describe : describe.skip;

let sim: Sim;

beforeAll(async () => {
  if (haveCli) sim = await start();
});
afterAll(() => sim?.close());

async function openstack(...args: string[]): Promise<string> {
  const id = sim.identity;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OS_')));
  const { stdout } = await run('openstack', args, {
    env: {
      ...env,
      OS_AUTH_URL: `${sim.url}/v3`,
      OS_IDENTITY_API_VERSION: '3',
      OS_AUTH_TYPE: 'password',
      OS_USERNAME: id.username,
      OS_PASSWORD: id.password,
      OS_PROJECT_NAME: id.projectName,
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_DOMAIN_NAME: 'Default',
      OS_INTERFACE: 'public',
      OS_REGION_NAME: 'CHI@UC',
    },
    timeout: 60_000,
  });
  return stdout.trim();
}

// Each CLI call may take its whole minute on a busy machine (Python's start-up alone takes seconds): a test is
// given a minute per call, so that a call's own timeout, which says which call hung, always comes first.
const perCall = (calls: number) => calls * 60_000 + 10_000;

describeCli('the openstack CLI against the simulated Neutron', () => {
  it(
    'creates a network, subnet and router, links them, and deletes them all',
    async () => {
      expect(await openstack('network', 'create', 'x', '-f', 'value', '-c', 'name')).toBe('x');
      expect(
        await openstack(
          'subnet',
          'create',
          '--network',
          'x',
          '--subnet-range',
          '10.0.0.0/24',
          's',
          '-f',
          'value',
          '-c',
          'cidr',
        ),
      ).toBe('10.0.0.0/24');
      expect(await openstack('router', 'create', 'r', '-f', 'value', '-c', 'name')).toBe('r');
      await openstack('router', 'add', 'subnet', 'r', 's');
      const ports = await openstack(
        'port',
        'list',
        '--router',
        'r',
        '-f',
        'value',
        '-c',
        'Fixed IP Addresses',
      );
      expect(ports).toContain('10.0.0.1');
      await openstack('router', 'remove', 'subnet', 'r', 's');
      await openstack('router', 'delete', 'r');
      await openstack('subnet', 'delete', 's');
      await openstack('network', 'delete', 'x');
      expect((await openstack('network', 'list', '-f', 'value', '-c', 'Name')).split('\n')).not.toContain(
        'x',
      );
    },
    perCall(10),
  );

  it(
    'creates a security group with a rule and deletes it',
    async () => {
      expect(await openstack('security', 'group', 'create', 'sg', '-f', 'value', '-c', 'name')).toBe('sg');
      await openstack('security', 'group', 'rule', 'create', '--protocol', 'tcp', '--dst-port', '22', 'sg');
      const names = await openstack('security', 'group', 'list', '-f', 'value', '-c', 'Name');
      expect(names.split('\n').sort()).toEqual(['default', 'sg']);
      await openstack('security', 'group', 'delete', 'sg');
    },
    perCall(4),
  );
});
