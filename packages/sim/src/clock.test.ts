import { describe, expect, it } from '@jest/globals';
import { VirtualClock, checkSpeed } from './clock.js';

function fakeWall(start = Date.UTC(2026, 10, 25, 12, 0)) {
  let now = start;
  return { wall: () => now, tick: (ms: number) => (now += ms) };
}

describe('VirtualClock', () => {
  it('runs with the wall clock at speed 1', () => {
    const w = fakeWall();
    const clock = new VirtualClock({ wall: w.wall });
    expect(clock.nowMs()).toBe(w.wall());
    w.tick(5_000);
    expect(clock.nowMs()).toBe(w.wall());
    expect(clock.offsetMs).toBe(0);
  });

  it('runs `speed` times faster and never behind the wall clock', () => {
    const w = fakeWall();
    const clock = new VirtualClock({ wall: w.wall, speed: 60 });
    const t0 = clock.nowMs();
    w.tick(1_000);
    expect(clock.nowMs() - t0).toBe(60_000);
    let offset = clock.offsetMs;
    for (let i = 0; i < 5; i++) {
      w.tick(250);
      expect(clock.offsetMs).toBeGreaterThanOrEqual(offset);
      offset = clock.offsetMs;
    }
  });

  it('reads both clocks at once, their difference its offset', () => {
    const w = fakeWall();
    const clock = new VirtualClock({ wall: w.wall, speed: 60 });
    w.tick(60_000);
    expect(clock.read()).toEqual({ now: w.wall() + 59 * 60_000, wall: w.wall() });
    clock.advance(5_000);
    expect(clock.read().now - clock.read().wall).toBe(clock.offsetMs);
  });

  it('keeps its reading when the speed changes, and scales real delays', () => {
    const w = fakeWall();
    const clock = new VirtualClock({ wall: w.wall, speed: 10 });
    w.tick(1_000);
    const before = clock.nowMs();
    clock.setSpeed(600);
    expect(clock.nowMs()).toBe(before);
    expect(clock.realDelayUntil(before + 60_000)).toBe(100);
    expect(clock.realDelayUntil(before - 1)).toBe(0);
    w.tick(100);
    expect(clock.nowMs()).toBe(before + 60_000);
  });

  it('jumps forward with advance() and tells its listeners', () => {
    const w = fakeWall();
    const clock = new VirtualClock({ wall: w.wall });
    let calls = 0;
    clock.onChange(() => (calls += 1));
    clock.advance(3_600_000);
    expect(clock.offsetMs).toBe(3_600_000);
    expect(calls).toBe(1);
    expect(() => clock.advance(-1)).toThrow(/only moves forward/);
    expect(() => clock.advance(Number.NaN)).toThrow(/only moves forward/);
  });

  it('starts from a saved reading only when that is not behind the wall clock', () => {
    const w = fakeWall();
    expect(new VirtualClock({ wall: w.wall, start: w.wall() + 5_000 }).nowMs()).toBe(w.wall() + 5_000);
    expect(new VirtualClock({ wall: w.wall, start: w.wall() - 5_000 }).nowMs()).toBe(w.wall());
  });

  it('refuses speeds below 1 or that are not numbers, with a usage error', () => {
    expect(checkSpeed('60')).toBe(60);
    for (const bad of [0, 0.5, -1, Number.NaN, 'fast', 2_000_000]) {
      expect(() => checkSpeed(bad)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', field: 'speed' }),
      );
    }
  });
});
