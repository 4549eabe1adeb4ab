import { describe, expect, it } from '@jest/globals';
import { isPin, lowestVersion, parseRequirement, platformMarker, versionOf } from './pep508.js';

describe('parseRequirement', () => {
  it.each([
    ['torch==2.1.0', { name: 'torch', extras: [], spec: '==2.1.0', local: null, marker: null }],
    ['torch==2.1.0+cu121', { name: 'torch', spec: '==2.1.0+cu121', local: 'cu121' }],
    ['jax[cuda12]==0.4.23', { name: 'jax', extras: ['cuda12'], spec: '==0.4.23' }],
    ['numpy >= 1.24, <2', { name: 'numpy', spec: '>= 1.24, <2' }],
    ['triton; sys_platform == "linux"', { name: 'triton', spec: null, marker: 'sys_platform == "linux"' }],
    ['requests (>=2.31)', { name: 'requests', spec: '>=2.31' }],
    [
      'torch @ https://download.pytorch.org/whl/cu118/torch-2.0.1%2Bcu118-cp310-linux_x86_64.whl',
      { name: 'torch', local: 'cu118' },
    ],
    ['Pillow', { name: 'Pillow', spec: null }],
  ])('%s', (text, expected) => {
    expect(parseRequirement(text)).toMatchObject(expected);
  });

  it('returns null for what is not a requirement', () => {
    expect(parseRequirement('')).toBeNull();
    expect(parseRequirement('this is prose')).toBeNull();
  });
});

describe('versions', () => {
  it('gives exact pins as versions and keeps ranges as written', () => {
    expect(versionOf('==2.1.0+cu121')).toBe('2.1.0');
    expect(versionOf('>=2.0, <3')).toBe('>=2.0,<3');
    expect(versionOf(null)).toBeNull();
  });

  it.each([
    ['==3.10.4', '3.10.4'],
    ['>=3.9,<3.12', '3.9'],
    ['^3.11', '3.11'],
    ['~=3.8', '3.8'],
    ['3.8.*', '3.8'],
    ['>=3.8, >=3.9', '3.9'],
    ['<3.12', null],
    ['>3.8', null],
  ])('the lowest version of %s is %s', (spec, lowest) => {
    expect(lowestVersion(spec)).toBe(lowest);
  });

  it('tells pins from ranges, and platform markers from others', () => {
    expect(isPin('3.10')).toBe(true);
    expect(isPin('==3.10.1')).toBe(true);
    expect(isPin('>=3.10')).toBe(false);
    expect(platformMarker('sys_platform == "linux"')).toBe(true);
    expect(platformMarker('python_version < "3.9"')).toBe(false);
  });
});
