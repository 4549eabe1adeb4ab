import { describe, expect, it } from '@jest/globals';
import { SITE_CATALOG } from './catalog.js';
import {
  findSite,
  siteDisplayName,
  siteForCloud,
  siteIdForCloud,
  siteIdForRegion,
  siteIds,
  simulatedSiteIds,
} from './lookup.js';

describe('sites', () => {
  it('knows the Chameleon sites and the simulator', () => {
    expect(siteIds().sort()).toEqual(['edge', 'kvm', 'ncar', 'nrp', 'nu', 'sim', 'tacc', 'uc']);
    for (const id of siteIds()) {
      const site = findSite(id, {});
      expect(site.auth_url).toMatch(/^https?:\/\/.+\/v3$/);
      expect(site.network).toBeTruthy();
      expect(site.public_network).toBe('public');
      expect(site).toMatchObject(SITE_CATALOG[id]!);
      expect(site.simulated).toBe(id === 'sim');
    }
  });

  it('finds a site by its region name, in any case', () => {
    expect(findSite('CHI@UC', {}).id).toBe('uc');
    expect(findSite('chi@tacc', {}).id).toBe('tacc');
    expect(siteIdForRegion('KVM@TACC')).toBe('kvm');
    expect(siteIdForRegion('RegionOne')).toBeUndefined();
  });

  it('points the sim site at ENVBOOT_SIM_URL', () => {
    const site = findSite('sim', { ENVBOOT_SIM_URL: 'http://127.0.0.1:4321/' });
    expect(site.auth_url).toBe('http://127.0.0.1:4321/v3');
    expect(findSite('sim', {}).auth_url).toBe('http://127.0.0.1:8788/v3');
  });

  it('names the known sites when given an unknown one', () => {
    expect(() => findSite('mars', {})).toThrow(/unknown site "mars"; known sites: .*uc/);
  });

  it('tells the site of a configuration by its auth URL, else its region', () => {
    expect(siteIdForCloud('https://chi.tacc.chameleoncloud.org:5000', undefined, {})).toBe('tacc');
    expect(siteIdForCloud('http://localhost:8788/v3/', 'CHI@TACC', {})).toBe('sim');
    expect(siteIdForCloud('https://keystone.example.org/v3', 'CHI@NU', {})).toBe('nu');
    expect(siteIdForCloud(undefined, 'RegionOne', {})).toBeNull();
  });

  it('names a site for people, and keeps an id it does not list', () => {
    expect(siteDisplayName('uc')).toBe('CHI@UC');
    expect(siteDisplayName('sim')).toBe('CHI@UC (local simulator)');
    expect(siteDisplayName('elsewhere')).toBe('elsewhere');
  });

  describe('sites a simulator announces', () => {
    const env = { ENVBOOT_SIM_SITES: 'tacc=http://127.0.0.1:9001/,uc=http://127.0.0.1:9002' };

    it('names the simulated site by its id, with its own region', () => {
      expect(simulatedSiteIds(env)).toEqual(['tacc', 'uc']);
      expect(findSite('tacc', env)).toMatchObject({
        id: 'tacc',
        region: 'CHI@TACC',
        name: 'CHI@TACC (local simulator)',
        auth_url: 'http://127.0.0.1:9001/v3',
        simulated: true,
      });
      expect(findSite('CHI@UC', env).auth_url).toBe('http://127.0.0.1:9002/v3');
      expect(findSite('nu', env)).toMatchObject({ simulated: false, auth_url: SITE_CATALOG.nu!.auth_url });
    });

    it('makes "sim" the first site it announces', () => {
      expect(findSite('sim', env)).toMatchObject({
        id: 'sim',
        region: 'CHI@TACC',
        web: 'http://127.0.0.1:9001',
      });
    });

    it('keeps a real address the real site', () => {
      expect(siteForCloud(SITE_CATALOG.tacc!.auth_url, undefined, env)).toMatchObject({ simulated: false });
      expect(siteForCloud('http://127.0.0.1:9001/v3', undefined, env)).toMatchObject({ id: 'sim' });
      expect(siteForCloud('http://127.0.0.1:9002/v3', undefined, env)).toMatchObject({
        id: 'uc',
        simulated: true,
      });
      expect(siteForCloud(undefined, 'CHI@UC', env)).toMatchObject({ id: 'uc', simulated: true });
    });

    it('refuses an announcement it cannot read', () => {
      expect(() => findSite('uc', { ENVBOOT_SIM_SITES: 'mars=http://x' })).toThrow(/ENVBOOT_SIM_SITES/);
      expect(() => findSite('uc', { ENVBOOT_SIM_SITES: 'uc' })).toThrow(/site=URL/);
    });
  });
});
