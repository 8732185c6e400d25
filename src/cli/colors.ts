// Colors: on for terminals, off for pipes and files, NO_COLOR / FORCE_COLOR / --no-color respected.
import { Chalk, type ChalkInstance } from 'chalk';

export function colorsFor(stream: NodeJS.WriteStream, enabled: boolean): ChalkInstance {
  const forced = (process.env.FORCE_COLOR ?? '') !== '' && process.env.FORCE_COLOR !== '0';
  const off = !enabled || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '' && !forced);
  if (off) return new Chalk({ level: 0 });
  if (forced) return new Chalk({ level: 1 });
  return new Chalk({ level: stream.isTTY && process.env.TERM !== 'dumb' ? 1 : 0 });
}
