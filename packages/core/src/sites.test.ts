import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { getSite, siteIdForRegion, siteIds } from './sites.js';

const config = JSON.parse(readFileSync(new URL('../../../config/sites.json', import.meta.url), 'utf8'));

describe('sites', () => {
  it('knows the Chameleon sites and the simulator', () => {
    expect(siteIds().sort()).toEqual(['edge', 'kvm', 'nu', 'sim', 'tacc', 'uc']);
    for (const id of siteIds()) {
      const site = getSite(id, {});
      expect(site.auth_url).toMatch(/^https?:\/\/.+\/v3$/);
      expect(site.network).toBeTruthy();
      expect(site.public_network).toBe('public');
      expect(site).toMatchObject(config.sites[id]);
    }
  });

  it('finds a site by its region name, in any case', () => {
    expect(getSite('CHI@UC', {}).id).toBe('uc');
    expect(getSite('chi@tacc', {}).id).toBe('tacc');
    expect(siteIdForRegion('KVM@TACC')).toBe('kvm');
    expect(siteIdForRegion('RegionOne')).toBeUndefined();
  });

  it('points the sim site at ENVBOOT_SIM_URL', () => {
    const site = getSite('sim', { ENVBOOT_SIM_URL: 'http://127.0.0.1:4321/' });
    expect(site.auth_url).toBe('http://127.0.0.1:4321/v3');
    expect(getSite('sim', {}).auth_url).toBe('http://127.0.0.1:8788/v3');
  });

  it('names the known sites when given an unknown one', () => {
    expect(() => getSite('mars', {})).toThrow(/unknown site "mars"; known sites: .*uc/);
  });
});
