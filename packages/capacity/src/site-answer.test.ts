import { describe, expect, it } from '@jest/globals';
import { NO_HARDWARE_FILTER, type CalendarHost, type NodeHardware } from '@envboot/availability';
import { answerSite } from './site-answer.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 6, 12, 0);

function host(
  id: string,
  nodeType: string,
  model: string | null,
  busy: Array<[number, number]> = [],
): CalendarHost {
  return {
    id,
    uuid: `uid-${id}`,
    hostname: `h${id}`,
    node_type: nodeType,
    capabilities: { node_type: nodeType, ...(model ? { 'gpu.gpu_model': model } : {}) },
    reservable: true,
    busy: busy.map(([s, e]) => ({ start: NOW + s * HOUR, end: NOW + e * HOUR })),
  };
}

const gpu = (model: string, gb: number): NodeHardware => ({
  architecture: 'x86_64',
  ram_gb: 256,
  threads: 160,
  gpu: { count: 1, model, vendor: 'NVIDIA', memory_gb: { min: gb, max: gb } },
});
const plain: NodeHardware = { architecture: 'x86_64', ram_gb: 256, threads: 160, gpu: null };

const A100 = 'GA100 [A100 PCIe 40GB]';
const A30 = 'GA100GL [A30 PCIe]';
const hosts = [
  host('1', 'compute_gigaio', A100, [[0, 10]]),
  host('2', 'compute_gigaio', A30),
  host('3', 'compute_gigaio', null),
  host('4', 'compute_liqid', A100, [[0, 2]]),
];
const hardware = new Map([
  ['uid-1', gpu(A100, 40)],
  ['uid-2', gpu(A30, 24)],
  ['uid-3', plain],
  ['uid-4', gpu(A100, 40)],
]);
const site = { id: 'tacc', name: 'CHI@TACC', region: 'CHI@TACC' };
const question = (gpuMemoryGb: number | null, nodes = 1) => ({
  resourceProperties: '',
  hardware: { ...NO_HARDWARE_FILTER, gpuMemoryGb },
  nodes,
  window: { start: NOW, end: NOW + 4 * HOUR },
  durationMs: 4 * HOUR,
  horizonEnd: NOW + 14 * 24 * HOUR,
});

describe('answerSite', () => {
  it('the earliest group first; each with a Blazar filter that picks only its hosts', () => {
    const { answer } = answerSite(site, { hosts, hardware, now: NOW }, question(40));
    expect(answer).toMatchObject({
      status: 'ok',
      node_type: 'compute_liqid',
      free_now: false,
      total_nodes: 2,
    });
    expect(answer.earliest!.start).toBe('2026-12-06T14:00:00Z');
    expect(answer.node_types.map((t) => [t.node_type, t.earliest_start])).toEqual([
      ['compute_liqid', '2026-12-06T14:00:00Z'],
      ['compute_gigaio', '2026-12-06T22:00:00Z'],
    ]);
    // compute_gigaio also has an A30 and a host without GPU: its filter pins the model.
    expect(JSON.parse(answer.node_types[1]!.resource_properties)).toEqual([
      'and',
      ['==', '$node_type', 'compute_gigaio'],
      ['==', '$gpu.gpu_model', A100],
    ]);
    expect(JSON.parse(answer.node_types[0]!.resource_properties)).toEqual([
      '==',
      '$node_type',
      'compute_liqid',
    ]);
  });

  it('no window: why (no host matches, or more asked for than one group has)', () => {
    expect(answerSite(site, { hosts, hardware, now: NOW }, question(80)).answer.reason).toMatchObject({
      code: 'no_matching_hosts',
    });
    expect(answerSite(site, { hosts, hardware, now: NOW }, question(40, 2)).answer.reason).toMatchObject({
      code: 'more_than_exist',
    });
  });

  it('a host whose hardware is not known is counted apart, not matched', () => {
    const partial = new Map([...hardware].filter(([uid]) => uid !== 'uid-4'));
    const { answer } = answerSite(site, { hosts, hardware: partial, now: NOW }, question(40));
    expect(answer).toMatchObject({ unknown_nodes: 1, node_type: 'compute_gigaio', total_nodes: 1 });
  });
});
