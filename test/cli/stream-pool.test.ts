// forEachInOrder: results leave in input order as soon as they can, and a slow item holds back at most `window`.
import { describe, expect, it } from 'vitest';
import { forEachInOrder } from '../../src/cli/pool';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('forEachInOrder', () => {
  it('emits in input order while later items finish first', async () => {
    const emitted: number[] = [];
    const n = await forEachInOrder([30, 5, 5, 20, 1], 3, async (ms, i) => (await sleep(ms), i), (r) => emitted.push(r));
    expect(n).toBe(5);
    expect(emitted).toEqual([0, 1, 2, 3, 4]);
  });

  it('emits the first result before the last one is even started when the window is full', async () => {
    const events: string[] = [];
    await forEachInOrder(
      Array.from({ length: 10 }, (_, i) => i),
      2,
      async (i) => {
        events.push(`start ${i}`);
        await sleep(i === 0 ? 40 : 1);
        return i;
      },
      (i) => events.push(`emit ${i}`),
      undefined,
      4,
    );
    // While item 0 is slow, at most 4 items past it may start; then everything waits for it.
    expect(events.indexOf('emit 0')).toBeLessThan(events.indexOf('start 5'));
    expect(events.filter((e) => e.startsWith('emit')).map((e) => Number(e.slice(5)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stops starting new items when asked, still emitting what finished', async () => {
    let stop = false;
    const emitted: number[] = [];
    await forEachInOrder([1, 2, 3, 4, 5, 6], 1, async (i) => ((stop = i === 3), i), (r) => emitted.push(r), () => stop);
    expect(emitted).toEqual([1, 2, 3]);
  });
});
