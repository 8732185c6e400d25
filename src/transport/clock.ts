// Milliseconds from a monotonic clock. process.hrtime rather than the `performance` global, whose first use
// loads Node's perf_hooks machinery on every start-up.
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
