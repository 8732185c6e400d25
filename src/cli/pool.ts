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
