// A --host the simulator cannot listen on is bad input (INVALID_INPUT), whatever the system's answer: an address
// that is not this machine's, a name that does not resolve, text that is not a name at all.
import { describe, expect, it } from '@jest/globals';
import { startSim } from '../src/index.js';

describe('--host values that cannot be listened on', () => {
  it.each([
    ['an address of another machine', '192.0.2.1'],
    ['a name that does not resolve', 'no-such-host.invalid'],
    ['text that is not a host name', '\u{100000}\u{fffff}'],
  ])('%s', async (_what, host) => {
    await expect(startSim({ port: 0, host, seed: 'small' })).rejects.toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'host' }),
    );
  });
});
