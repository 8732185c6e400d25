// An HTTP/2 lab scenario: the server's frames, written byte by byte (server preface included, so a scenario
// can also get the preface wrong), and the findings it must produce.
import type { H2Request } from './serverConnection';

export interface H2Scenario {
  /** Served at /scenario/<name> on the lab's HTTP/2 listeners; names start with "h2-". */
  name: string;
  description: string;
  request?: { method?: string; headers?: Array<[string, string]> };
  /** Every rule id that must fire, and nothing else may (empty: a well-behaved response). */
  expect: string[];
  frames(req: H2Request): Buffer[];
}
