// docs/reliability.md is written only after a run whose tests all held.
import { afterAll, describe, expect, it } from '@jest/globals';
import { allHeld, everyTestPassed } from './support/doc.js';

interface Node {
  type: 'describeBlock' | 'test';
  children?: Node[];
  errors?: unknown[];
}
const test = (errors: unknown[] = []): Node => ({ type: 'test', errors });
const block = (...children: Node[]): Node => ({ type: 'describeBlock', children });

describe('allHeld', () => {
  it('holds when no test has an error', () => {
    expect(allHeld({ rootDescribeBlock: block(test(), block(test())), unhandledErrors: [] })).toBe(true);
  });

  it('does not hold when a nested test failed, or when something failed outside a test', () => {
    expect(allHeld({ rootDescribeBlock: block(test(), block(test(['boom']))), unhandledErrors: [] })).toBe(
      false,
    );
    expect(allHeld({ rootDescribeBlock: block(test()), unhandledErrors: ['hook'] })).toBe(false);
  });
});

describe('everyTestPassed', () => {
  it('reads the running file: true while every test so far has passed', () => {
    expect(everyTestPassed()).toBe(true);
  });
});

afterAll(() => {
  expect(everyTestPassed()).toBe(true);
});
