import { describe, expect, it } from '@jest/globals';
import { COMMANDS } from '../commands/index.js';
import { complete, type Values } from './complete.js';

const values: Values = {
  sites: () => ['uc', 'tacc', 'sim'],
  nodeTypes: (site) => (site === 'uc' ? ['gpu_a100_pcie'] : ['compute_skylake', 'gpu_rtx_6000']),
  leases: () => ['my-lease', 'other'],
  runs: () => ['prov-20261125-2041-3fa9c2'],
};
const words = (line: string, implied?: string) =>
  complete(line.split(' '), COMMANDS, values, implied).map((c) => c.value);

describe('complete', () => {
  it('offers the commands, then their flags', () => {
    expect(words('lease-')).toEqual([
      'lease-create',
      'lease-status',
      'lease-delete',
      'lease-extend',
      'lease-repair',
    ]);
    expect(words('capacity --node')).toEqual(['--node-type', '--nodes']);
    expect(words('--v')).toEqual(['--version']);
  });

  it('leaves out a flag already given, not a repeatable one', () => {
    expect(words('capacity --site sim --si')).toEqual([]);
    expect(words('provision --plugin a.mjs --plug')).toEqual(['--plugin']);
  });

  it("offers a flag's values: sites (for its alias too), node types of the line's site, choices", () => {
    expect(words('capacity --site ')).toEqual(['uc', 'tacc', 'sim']);
    expect(words('capacity --zone t')).toEqual(['tacc']);
    expect(words('capacity --site uc --node-type ')).toEqual(['gpu_a100_pcie']);
    expect(words('capacity --node-type gpu')).toEqual(['gpu_rtx_6000']);
    expect(words('capacity --log-format ')).toEqual(['pretty', 'json']);
    expect(words('provision --resume ')).toEqual(['prov-20261125-2041-3fa9c2']);
    expect(words('provision --lease m')).toEqual(['my-lease']);
  });

  it('reads --flag = value as bash splits it', () => {
    expect(words('capacity --site = ')).toEqual(['uc', 'tacc', 'sim']);
    expect(words('capacity --site =')).toEqual(['uc', 'tacc', 'sim']);
  });

  it('offers positional values: lease names, run ids, shells; nothing for a file', () => {
    expect(words('lease-status ')).toEqual(['my-lease', 'other']);
    expect(words('lease-status --site sim m')).toEqual(['my-lease']);
    expect(words('cleanup ')).toEqual(['prov-20261125-2041-3fa9c2']);
    expect(words('completion ')).toEqual(['bash', 'zsh']);
    expect(words('validate ')).toEqual([]);
  });

  it('offers flags once the positionals are given', () => {
    expect(words('lease-status my-lease ')).toContain('--wait');
  });

  it('knows the command a single-step bin stands for', () => {
    expect(words('--node-t', 'capacity')).toEqual(['--node-type']);
    expect(words('', 'lease-status')).toEqual(['my-lease', 'other']);
    expect(words('--site ', 'api-1')).toEqual(['uc', 'tacc', 'sim']);
  });
});
