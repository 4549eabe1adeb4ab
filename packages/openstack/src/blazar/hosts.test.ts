import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseAllocation } from './allocations.js';
import { parseHost } from './hosts.js';
import { parseProperty } from './properties.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

describe('hosts, allocations and properties', () => {
  it('parses hosts: columns typed, every extra capability kept as a string', () => {
    expect(fixture('hosts.wire.json').hosts.map(parseHost)).toEqual(fixture('hosts.parsed.json'));
  });

  it('parses allocations: host ids as strings, lease dates to ISO', () => {
    expect(fixture('allocations.wire.json').allocations.map(parseAllocation)).toEqual(
      fixture('allocations.parsed.json'),
    );
  });

  it('parses properties with and without detail', () => {
    expect(parseProperty({ property: 'node_type' })).toEqual({
      property: 'node_type',
      private: null,
      values: null,
      is_unique: null,
    });
    expect(
      parseProperty({ property: 'gpu.gpu', private: false, values: ['False', 'True'], is_unique: false }),
    ).toEqual({
      property: 'gpu.gpu',
      private: false,
      values: ['False', 'True'],
      is_unique: false,
    });
  });
});
