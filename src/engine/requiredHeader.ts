// A header that a status code requires (401 → WWW-Authenticate, 405 → Allow, 426 → Upgrade, …): the finding
// when it is missing or empty, with the status line as evidence. Shared by every rule of that shape.
import { missingHeaderEvidence, statusLineLocation } from './evidence';
import type { RuleFinding } from './rule';
import { headersNamed, type ResponseMessage } from '../exchange';

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
      evidence: missingHeaderEvidence(res, required.name),
      location: statusLineLocation(res),
    },
  ];
}
