// options: OPTIONS on the same URL, to compare its Allow with the methods the resource answered.
import type { Probed, ProbePlan } from './plan';
import { planned } from './request';

export function planOptions({ spec }: Probed): ProbePlan {
  return { requests: [planned('options', spec, 'OPTIONS')], skipped: [] };
}
