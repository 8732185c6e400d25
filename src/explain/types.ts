// The shape of the explain knowledge base: one entry per status code and one per rule. Pure data; the
// completeness test (test/explain) checks every section of every entry.

/** How each kind of client treats a status code. */
export interface ClientTreatment {
  /** Browsers: navigation, subresources, the back/forward and HTTP caches. */
  browsers: string;
  /** fetch, axios, requests, curl and generated SDKs. */
  apiClients: string;
  /** Search engine crawlers (Googlebot, Bingbot). */
  crawlers: string;
  /** Uptime and synthetic monitors (UptimeRobot, Pingdom, Datadog, health checks). */
  monitors: string;
  /** CDNs, reverse proxies and shared caches. */
  cdns: string;
}

export const CLIENT_KINDS = ['browsers', 'apiClients', 'crawlers', 'monitors', 'cdns'] as const;

export const CLIENT_LABELS: Record<keyof ClientTreatment, string> = {
  browsers: 'Browsers',
  apiClients: 'API clients (fetch, axios, curl, SDKs)',
  crawlers: 'Crawlers',
  monitors: 'Uptime monitors',
  cdns: 'CDNs and proxies',
};

export interface HeaderNote {
  name: string;
  note: string;
}

export interface RelatedCode {
  code: number;
  note: string;
}

/** What the knowledge base says about one status code, as written in a codes/*.ts file. */
export interface CodeKnowledge {
  code: number;
  /** What the code means, in a few sentences. */
  meaning: string;
  guarantees: string[];
  nonGuarantees: string[];
  useWhen: string[];
  misuses: string[];
  headers: HeaderNote[];
  /** Rarer codes may leave some kinds of client to their class's default (see codes/classDefaults.ts). */
  clients: Partial<ClientTreatment>;
  retry: string;
  /** How monitoring and alerting should count it (success, client error, outage …). */
  monitoring: string;
  related: RelatedCode[];
}

/** A code entry as explained: the knowledge merged with the registry data and the class defaults. */
export interface CodeExplanation extends Omit<CodeKnowledge, 'clients'> {
  name: string;
  status: 'registered' | 'unofficial' | 'unassigned';
  /** Registry flags: reserved, obsolete or temporary registration. */
  flags: string[];
  /** For unofficial codes: who sends it. */
  usedBy?: string;
  ref: string;
  url: string;
  clients: ClientTreatment;
}

export { FRAMEWORKS, FRAMEWORK_LABELS, type Breakage, type Framework, type RuleKnowledge } from '../engine/explanation';
import type { RuleKnowledge } from '../engine/explanation';

export interface RuleExplanation extends RuleKnowledge {
  id: string;
  category: string;
  severity: string;
  title: string;
  why: string;
  fix: string;
  ref: { label: string; url: string };
}
