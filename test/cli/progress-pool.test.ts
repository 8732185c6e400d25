// The progress bar draws only on a terminal; the pool keeps results in input order whatever finishes first.
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/cli/pool';
import { progressBar } from '../../src/cli/progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}

describe('progress bar', () => {
  it('draws a bar with counts on a terminal and clears its line at the end', () => {
    const { stream, writes } = fakeStream(true);
    const bar = progressBar(stream, 4);
    bar.update(1);
    bar.update(4);
    bar.clear();
    expect(writes[0]).toMatch(/^\r\[#{8}\.{22}\] 1\/4$/);
    expect(writes[1]).toMatch(/^\r\[#{30}\] 4\/4$/);
    expect(writes[2]).toBe('\r\x1b[2K');
  });

  it('is silent when stderr is not a terminal (CI logs, pipes)', () => {
    const { stream, writes } = fakeStream(false);
    const bar = progressBar(stream, 4);
    bar.update(2);
    bar.clear();
    expect(writes).toEqual([]);
  });
});

describe('mapInOrder', () => {
  it('runs at most `jobs` at once and returns results in input order', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 10, 2];
    const done: number[] = [];
    const results = await mapInOrder(
      delays,
      3,
      async (ms, i) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        return `#${i}`;
      },
      (finished) => done.push(finished),
    );
    expect(results).toEqual(['#0', '#1', '#2', '#3', '#4', '#5']);
    expect(peak).toBe(3);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stops starting new work when asked, keeping what finished in order', async () => {
    let stop = false;
    const results = await mapInOrder([1, 2, 3, 4], 1, async (n) => {
      if (n === 2) stop = true;
      return n;
    }, undefined, () => stop);
    expect(results).toEqual([1, 2]);
  });
});
