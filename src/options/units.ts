// The units options are written in: durations, sizes and counts, parsed the same way for flags and config keys.
import { UsageError } from './usage';

/** "500ms", "2s", "1.5" (seconds, as curl), "1m" → milliseconds. */
export function parseDuration(text: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UsageError(`${option} expects a duration such as 5, 2s or 500ms, not "${text}"`);
  const n = Number(m[1]);
  const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
  if (ms <= 0) throw new UsageError(`${option} must be greater than zero`);
  return Math.round(ms);
}

/** "10MiB", "512k", "1048576" → bytes. */
export function parseSize(text: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`${option} expects a size such as 10MiB, 512k or 1048576, not "${text}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

export function parseCount(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${option} expects a whole number, not "${text}"`);
  return Number(text);
}
