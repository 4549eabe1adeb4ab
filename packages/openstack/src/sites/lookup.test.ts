import { describe, expect, it } from '@jest/globals';
import { SITE_CATALOG } from './catalog.js';
import { findSite, siteDisplayName, siteIdForCloud, siteIdForRegion, siteIds } from './lookup.js';

describe('sites', () => {
  it('knows the Chameleon sites and the simulator', () => {
    expect(siteIds().sort()).toEqual(['edge', 'kvm', 'nu', 'sim', 'tacc', 'uc']);
    for (const id of siteIds()) {
      const site = findSite(id, {});
      expect(site.auth_url).toMatch(/^https?:\/\/.+\/v3$/);
      expect(site.network).toBeTruthy();
      expect(site.public_network).toBe('public');
      expect(site).toMatchObject(SITE_CATALOG[id]!);
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
});
