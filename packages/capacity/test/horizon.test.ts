// The earliest-window search never looks past the last minute a date can be written for: a horizon in year 10008
// broke the envelope's schema.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { createCloudContext } from '@envboot/openstack';
import { baseContext, simEnv, stepArgs } from '@envboot/testkit';
import { validateAgainst } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
});
afterAll(() => sim.close());

describe('the search horizon', () => {
  it('ends by the year 9999', async () => {
    const input = toInput(stepArgs({ start: '9999-01-01 00:00', within: '3650d', nodes: 1 }), undefined);
    const data = await run(
      input,
      await createCloudContext(stepArgs(), baseContext(), { env: simEnv(sim.url) }),
    );
    expect(data.horizon_end).toBe('9999-12-31T23:59:00Z');
    expect(validateAgainst('capacity', data)).toEqual({ valid: true });
  });
});
