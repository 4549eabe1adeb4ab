import { describe, expect, it } from '@jest/globals';
import type { LeaseListArgs } from './cli.js';
import { sitesOf, toInput } from './input.js';

const noSim = {} as NodeJS.ProcessEnv;

describe('leases input', () => {
  it('leaves one site to the configuration, and reads several named with commas', () => {
    expect(sitesOf(undefined, noSim)).toBeNull();
    expect(sitesOf('uc', noSim)).toBeNull();
    expect(sitesOf('uc, TACC,uc', noSim)).toEqual(['uc', 'tacc']);
  });

  it('reads --site any as every bare-metal site, or every site a simulator announces', () => {
    const every = sitesOf('any', noSim)!;
    expect(every).toEqual(expect.arrayContaining(['uc', 'tacc']));
    expect(every).not.toContain('sim');
    const simulated = {
      ENVBOOT_SIM_SITES: 'uc=http://127.0.0.1:1,nu=http://127.0.0.1:2',
    } as NodeJS.ProcessEnv;
    expect(sitesOf('any', simulated)).toEqual(['uc', 'nu']);
  });

  it('refuses any among other sites', () => {
    expect(() => sitesOf('any,uc', noSim)).toThrow(/--site any already means every site/);
  });

  it('shows ended leases only when asked', () => {
    expect(toInput({ all: true } as LeaseListArgs)).toMatchObject({ all: true });
    expect(toInput({} as LeaseListArgs)).toMatchObject({ sites: null, all: false });
  });
});
