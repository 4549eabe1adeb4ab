import { describe, expect, it } from '@jest/globals';
import { createClock } from './clock.js';

describe('the cloud clock', () => {
  it('is this machine’s clock until a response tells the cloud’s time', () => {
    let real = 1_000_000;
    const clock = createClock(() => real);
    expect(clock.now()).toBe(1_000_000);
    expect(clock.timeScale).toBe(1);
    expect(clock).toMatchObject({ synced: false, simulated: false });
    // The simulator, 600× faster and an hour ahead.
    clock.observe({ speed: 600, serverMs: real + 3_600_000 });
    expect(clock.timeScale).toBeCloseTo(1 / 600);
    expect(clock).toMatchObject({ synced: true, simulated: true });
    real += 100; // 100 ms of real time = one minute of cloud time
    expect(clock.now()).toBe(1_000_000 + 3_600_000 + 60_000);
  });

  it('knows a real cloud by its Date header alone', () => {
    const clock = createClock(() => 5_000);
    clock.observe({ speed: null, serverMs: 7_000 });
    expect(clock).toMatchObject({ synced: true, simulated: false, timeScale: 1 });
    expect(clock.now()).toBe(7_000);
  });

  it('sleeps in cloud time', async () => {
    const clock = createClock();
    clock.observe({ speed: 1000, serverMs: null });
    const started = Date.now();
    await clock.sleep(60_000); // a minute of cloud time
    // Far below the minute it would take unscaled, however busy the machine.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
