// The follow-up probes a user can ask for (--probe). Names are part of the CLI and config contract.

export const PROBE_NAMES = ['conditional', 'range', 'encoding', 'head', 'options', 'reuse'] as const;

export type ProbeName = (typeof PROBE_NAMES)[number];

/** Probes that compare the representation a GET returns: they need a GET baseline. */
export const REPRESENTATION_PROBES: readonly ProbeName[] = ['conditional', 'range', 'encoding', 'head'];

/** The only methods a probe may send: safe, and never a repeat of the user's unsafe request. */
export const SAFE_PROBE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

export function isProbeName(name: string): name is ProbeName {
  return (PROBE_NAMES as readonly string[]).includes(name);
}
