import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { createCloudContext, type CloudStepContext } from '@envboot/openstack';
import { baseContext, simEnv, stepArgs } from '@envboot/testkit';
import { validateAgainst } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
const context = (dryRun = false): Promise<CloudStepContext> =>
  createCloudContext(stepArgs(), baseContext({ dryRun }), { env: simEnv(sim.url) });

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'uc' });
});
afterAll(() => sim.close());

describe('capacity against the simulator (CHI@UC seed)', () => {
  it('counts free hosts of a node type and finds the earliest window for several', async () => {
    const input = toInput(stepArgs({ nodeType: 'compute_skylake', nodes: 2, duration: '2h' }), undefined);
    const data = await run(input, await context());
    expect(validateAgainst('capacity', data)).toEqual({ valid: true });
    expect(data.node_type).toBe('compute_skylake');
    expect(data.total_nodes).toBeGreaterThan(0);
    expect(data.nodes.every((n) => n.node_type === 'compute_skylake')).toBe(true);
    expect(data.earliest?.available_nodes).toBeGreaterThanOrEqual(2);
  });

  it('summarises every node type without --node-type', async () => {
    const data = await run(toInput(stepArgs(), undefined), await context());
    expect(data.summary?.map((s) => s.node_type)).toEqual(
      expect.arrayContaining(['gpu_rtx_6000', 'compute_skylake']),
    );
  });

  it('counts free hosts per node type and time bucket for --view calendar', async () => {
    const data = await run(toInput(stepArgs({ view: 'calendar', within: '7d' }), undefined), await context());
    expect(validateAgainst('capacity', data)).toEqual({ valid: true });
    const calendar = data.calendar!;
    expect(calendar.bucket_minutes).toBe(180);
    expect(calendar.starts.length).toBeGreaterThanOrEqual(56);
    const rtx = calendar.rows.find((r) => r.node_type === 'gpu_rtx_6000')!;
    expect(rtx.total).toBe(37);
    expect(rtx.free).toHaveLength(calendar.starts.length);
    expect(Math.max(...rtx.free)).toBeLessThanOrEqual(37);
  });

  it('names the known node types when given an unknown one', async () => {
    await expect(
      run(toInput(stepArgs({ nodeType: 'gpu_h200' }), undefined), await context()),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      hint: expect.stringContaining('gpu_rtx_6000'),
    });
  });
});
