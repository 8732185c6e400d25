// Runs work items with at most `jobs` in flight and returns results in input order.

export async function mapInOrder<T, R>(
  items: readonly T[],
  jobs: number,
  work: (item: T, index: number) => Promise<R>,
  onDone?: (finished: number) => void,
  shouldStop?: () => boolean,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let finished = 0;
  async function worker(): Promise<void> {
    while (next < items.length && !shouldStop?.()) {
      const index = next++;
      results[index] = await work(items[index]!, index);
      onDone?.(++finished);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  // Items never started (interrupted) leave holes; keep only what finished, still in order.
  return results.filter((r) => r !== undefined);
}

/**
 * Like `mapInOrder`, but hands each result to `emit` in input order as soon as it and all before it are done,
 * keeping nothing afterwards. At most `jobs` items run and at most `window` finished ones wait for an earlier
 * slow one, so memory stays flat however many items there are. Returns how many were emitted.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  jobs: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
  shouldStop?: () => boolean,
  window = Math.max(64, jobs * 8),
): Promise<number> {
  const waiting = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let wake: (() => void) | undefined;
  async function worker(): Promise<void> {
    while (next < items.length && !shouldStop?.()) {
      if (next - emitted >= window) {
        await new Promise<void>((resolve) => {
          const previous = wake;
          wake = () => {
            previous?.();
            resolve();
          };
        });
        continue;
      }
      const index = next++;
      waiting.set(index, await work(items[index]!, index));
      while (waiting.has(emitted)) {
        const result = waiting.get(emitted)!;
        waiting.delete(emitted);
        emit(result, emitted++);
      }
      const w = wake;
      wake = undefined;
      w?.();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  // Interrupted: results after a gap were never reached in order; they are still emitted, in order.
  for (const index of [...waiting.keys()].sort((a, b) => a - b)) emit(waiting.get(index)!, index);
  return emitted + waiting.size;
}
