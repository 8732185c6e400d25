// Shared by the status rules that require a header with a status code (401 → WWW-Authenticate, 426 → Upgrade, …).
import type { RuleFinding } from '../../src/engine/rule';
import { headersNamed, type ResponseMessage } from '../../src/exchange';

export interface RequiredHeader {
  /** The header's canonical name, as the messages print it. */
  name: string;
  /** "405 response", "201 response to POST", "302 redirect": how the messages name the response. */
  subject: string;
  /** What is lost without it, appended to the "without" message (e.g. "clients have nowhere to go"). */
  consequence?: string;
  /** What an empty value means, or undefined when an empty value is acceptable (e.g. `Allow:` lists no methods). */
  emptyMeans?: string;
}

/** No finding when the header is present (non-empty, unless empty is fine); else one finding with exact evidence. */
export function missingHeaderFindings(res: ResponseMessage, required: RequiredHeader): RuleFinding[] {
  const fields = headersNamed(res.headers, required.name);
  if (fields.length > 0 && (required.emptyMeans === undefined || fields.some((h) => h.value !== ''))) return [];
  const empty = fields[0];
  if (empty) {
    return [
      {
        message: `${required.subject} has an empty ${required.name} header: ${required.emptyMeans}`,
        evidence: `${empty.raw} at byte ${empty.offset}`,
        location: { part: 'header', offset: empty.offset, header: empty.name },
      },
    ];
  }
  return [
    {
      message: `${required.subject} without a ${required.name} header${required.consequence ? `: ${required.consequence}` : ''}`,
      evidence: `status line "${res.statusLine}" at byte ${res.offset}; no ${required.name} among ${res.headers.length} header lines`,
      location: { part: 'status-line', offset: res.offset },
    },
  ];
}
