// configurationPinsSite: whether the configuration names a site when --site does not (files only, no network).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { configurationPinsSite } from '../src/index.js';

let home: string;
let cwd: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'envboot-pins-'));
  cwd = join(home, 'work');
  await mkdir(cwd);
});
afterEach(() => rm(home, { recursive: true, force: true }));

const pins = (env: NodeJS.ProcessEnv, osCloud?: string) =>
  configurationPinsSite({ osCloud }, { env: { HOME: home, ...env }, cwd, home });

describe('configurationPinsSite', () => {
  it('nothing configured: no', async () => {
    expect(await pins({})).toBe(false);
  });

  it('OS_AUTH_URL, OS_REGION_NAME, OS_CLOUD or --os-cloud: yes', async () => {
    expect(await pins({ OS_AUTH_URL: 'https://chi.tacc.chameleoncloud.org:5000/v3' })).toBe(true);
    expect(await pins({ OS_REGION_NAME: 'CHI@TACC' })).toBe(true);
    expect(await pins({ OS_CLOUD: 'chameleon' })).toBe(true);
    expect(await pins({}, 'chameleon')).toBe(true);
  });

  it('the only entry of a clouds.yaml: yes, unless credentials come from the environment', async () => {
    await writeFile(
      join(cwd, 'clouds.yaml'),
      'clouds:\n  chameleon:\n    auth:\n      auth_url: https://chi.uc.chameleoncloud.org:5000/v3\n',
    );
    expect(await pins({})).toBe(true);
    expect(await pins({ OS_USERNAME: 'me', OS_PASSWORD: 'secret', OS_PROJECT_NAME: 'CHI-1' })).toBe(false);
  });
});
