// --probe <names> (repeatable, comma-separated) and the config file's "probe": which follow-up probes to send.
import { isProbeName, PROBE_NAMES, type ProbeName } from '../capture/probes/names';
import { didYouMean } from './suggest';
import { UsageError } from './usage';

/** The probes named in `values` ("all" means every one); an unknown name is a usage error naming it. */
export function parseProbeNames(values: readonly string[], where = '--probe'): Set<ProbeName> {
  const names = new Set<ProbeName>();
  for (const value of values) {
    for (const raw of value.split(',')) {
      const name = raw.trim().toLowerCase();
      if (name === '') continue;
      if (name === 'all') PROBE_NAMES.forEach((n) => names.add(n));
      else if (isProbeName(name)) names.add(name);
      else throw new UsageError(`${where}: unknown probe "${raw.trim()}"${didYouMean(name, [...PROBE_NAMES, 'all'])}; known probes: ${PROBE_NAMES.join(', ')}, all`);
    }
  }
  return names;
}
