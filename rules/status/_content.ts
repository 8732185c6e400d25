// 413 and 415 judge the request's content: both mean nothing when the request had none.
import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import type { RuleContext, RuleFinding } from '../../src/engine/rule';
import type { Exchange } from '../../src/exchange';
import { requestFields, requestHasContent, requestHeadersUnknown, requestLineText } from '../../src/engine/pairedRequest';

export function statusWithoutContentFindings(exchange: Exchange, context: RuleContext, status: number, message: string): RuleFinding[] {
  const res = exchange.response;
  if (!res || res.status !== status) return [];
  const unknown = requestHeadersUnknown(exchange);
  if (unknown) return context.notEvaluated(unknown);
  if (requestHasContent(exchange)) return [];
  // A Content-Type or Content-Encoding on an empty request is itself judged by the server: stay quiet.
  if (requestFields(exchange, 'content-type').length > 0 || requestFields(exchange, 'content-encoding').length > 0) return [];
  return [
    {
      message,
      evidence: `${statusLineEvidence(res)}; the ${requestLineText(exchange)} had no content (no body, Content-Length or Transfer-Encoding)`,
      location: statusLineLocation(res),
    },
  ];
}
