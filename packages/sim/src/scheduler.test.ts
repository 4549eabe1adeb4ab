import { describe, expect, it } from '@jest/globals';
import { eventually } from '@envboot/testkit';
import { VirtualClock } from './clock.js';
import { Scheduler } from './scheduler.js';

describe('Scheduler', () => {
  it('hands due objects over one transition at a time, in time order', () => {
    let wall = 1_000_000;
    const clock = new VirtualClock({ wall: () => wall });
    const s = new Scheduler(clock);
    const seen: string[] = [];
    const plan: Record<string, number[]> = { a: [wall + 30, wall + 10], b: [wall + 20] };
    s.register('x', (key, at) => {
      seen.push(`${key}@${at - 1_000_000}`);
      return plan[key]!.shift();
    });
    s.wake('x:a', wall + 5);
    s.wake('x:b', wall + 15);
    wall += 100;
    s.tick();
    // a@5 asks for 30; b@15 asks for 20; b@20 is done; a@30 asks for 10, which is taken at 30 (never back in time)
    expect(seen).toEqual(['a@5', 'b@15', 'b@20', 'a@30', 'a@30']);
    s.close();
  });

  it('runs when the clock jumps, and by itself on a timer scaled by the speed', async () => {
    const clock = new VirtualClock({ speed: 1000 });
    const s = new Scheduler(clock);
    const hits: number[] = [];
    s.register('t', () => {
      hits.push(clock.nowMs());
      return undefined;
    });
    s.wake('t:jump', clock.nowMs() + 3_600_000);
    clock.advance(3_600_000);
    expect(hits).toHaveLength(1);
    s.wake('t:timer', clock.nowMs() + 20_000); // 20 virtual seconds = 20 ms at speed 1000
    await eventually(() => expect(hits).toHaveLength(2));
    s.close();
  });
});
