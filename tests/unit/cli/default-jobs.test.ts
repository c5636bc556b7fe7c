/** `--jobs auto`: worker threads only on cores other work leaves idle. */
import { describe, expect, it } from 'vitest';
import { defaultJobs, PARALLEL_FROM } from '../../../src/cli/extract-parallel.ts';

describe('defaultJobs', () => {
  it.each([
    ['few articles: one thread, however idle the machine', PARALLEL_FROM - 1, 0, 8, 1],
    ['an idle 2-core machine: two', 1000, 0.2, 2, 2],
    ['a 2-core machine with one core busy: one', 1000, 1, 2, 1],
    ['a busy 2-core machine (load 5): one', 1000, 5, 2, 1],
    ['an idle 4-core machine: four', 1000, 0, 4, 4],
    ['a 4-core machine at load 1.7: two', 1000, 1.7, 4, 2],
    ['at most 8', 1000, 0, 32, 8],
  ])('%s', (_, articles, load, cores, jobs) => {
    expect(defaultJobs(articles, load, cores)).toBe(jobs);
  });
});
