// Input that never ends — a device like /dev/zero named as a file, or a stdin that keeps coming — through the
// built CLI as a child process (memory and file descriptors are what is at stake): each is refused within seconds
// with one envelope and a documented code, never read until the process runs out of memory.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CliRun } from '@envboot/testkit';
import { runChild } from './support/child.js';
import { judge } from './support/contract.js';
import { makeLease } from './support/setup.js';
import { startWorld, type World } from './support/world.js';

let world: World;
let lease = '';
beforeAll(async () => {
  world = await startWorld();
  lease = (await makeLease(world, { name: 'endless', started: true })).id;
});
afterAll(() => world.close());

const run = (args: string[], env: NodeJS.ProcessEnv, endlessStdin = false) =>
  runChild(args, {
    env,
    maxOldSpaceMb: 256,
    timeoutMs: 20_000,
    ...(endlessStdin ? { input: 'endless' } : {}),
  });

const expectRefused = (args: string[], result: CliRun, field: string, code = 'INVALID_INPUT') => {
  expect(result.signal).toBeNull();
  expect(judge(args, result).problems).toEqual([]);
  expect(result.code).toBe(2);
  expect(JSON.parse(result.stdout).error).toMatchObject({ code, field });
};

describe('endless input', () => {
  it.each([['validate'], ['capacity', '--site', 'sim'], ['lease-status', 'x', '--site', 'sim']])(
    'an endless stdin: envboot %s',
    async (...args) => {
      const result = await run(args, world.env, true);
      expectRefused(args, result, 'stdin');
      expect(JSON.parse(result.stdout).error.message).toMatch(/stdin holds more than 32 MiB/);
    },
  );

  const launch = () => ['launch', lease, '--site', 'sim', '--image', 'CC-Ubuntu22.04'];
  const provision = [
    'provision',
    '--skip-repo-clone',
    '--site',
    'sim',
    '--yes',
    '--node-type',
    'compute_skylake',
  ];
  it.each([
    ['file', () => ['validate', '/dev/zero'], 'INVALID_INPUT'],
    ['userdata', () => [...launch(), '--userdata', '/dev/zero'], 'INVALID_INPUT'],
    ['public-key', () => [...launch(), '--public-key', '/dev/zero'], 'INVALID_INPUT'],
    ['env-file', () => [...provision, '--env-file', '/dev/zero'], 'INVALID_INPUT'],
    ['key-path', () => [...provision, '--key-name', 'k', '--key-path', '/dev/zero'], 'INVALID_INPUT'],
    ['plugin', () => [...provision, '--plugin', '/dev/zero'], 'PLUGIN_FAILED'],
    ['seed', () => ['sim', '--port', '0', '--seed', '/dev/zero'], 'INVALID_INPUT'],
  ])('a device named as a file: --%s /dev/zero', async (field, argv, code) => {
    const args = argv();
    expectRefused(args, await run(args, world.env), field, code);
  });
});
