import { describe, expect, it } from '@jest/globals';
import { UsageError } from '@envboot/core';
import { siteList } from './site-list.js';

describe('siteList', () => {
  it('any: every bare-metal site of the catalog', () => {
    expect(siteList('any', {})).toEqual(['uc', 'tacc', 'nu', 'ncar', 'nrp']);
  });

  it('any: the sites a simulator announces, in its order', () => {
    const env = { ENVBOOT_SIM_SITES: 'tacc=http://127.0.0.1:1,uc=http://127.0.0.1:2' };
    expect(siteList('any', env)).toEqual(['tacc', 'uc']);
  });

  it('any: not the simulated KVM@TACC and CHI@Edge, which have no hosts to reserve', () => {
    const env = { ENVBOOT_SIM_SITES: 'uc=http://127.0.0.1:1,kvm=http://127.0.0.1:2,edge=http://127.0.0.1:3' };
    expect(siteList('any', env)).toEqual(['uc']);
    expect(siteList('uc,kvm', env)).toEqual(['uc', 'kvm']);
  });

  it('a list, in the order named, once each; region names are read as their sites', () => {
    expect(siteList('tacc, uc,CHI@TACC', {})).toEqual(['tacc', 'uc']);
  });

  it('one site is not a list', () => {
    expect(siteList('uc', {})).toBeNull();
    expect(siteList(undefined, {})).toBeNull();
  });

  it('an unknown site, or any among others, is refused', () => {
    expect(() => siteList('uc,mars', {})).toThrow(UsageError);
    expect(() => siteList('uc,any', {})).toThrow(UsageError);
  });
});
