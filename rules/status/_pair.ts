// Shared shape of the status rules that judge a response by what its request lacked (416 without Range, 417
// without Expect, …): not evaluated when the request is unknown, quiet when the request had the field.
import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import type { RuleContext, RuleFinding } from '../../src/engine/rule';
import type { Exchange } from '../../src/exchange';
import { requestFields, requestHeadersUnknown, requestLineText } from '../../src/engine/pairedRequest';

export interface MissingRequestField {
  status: number;
  /** Request fields any one of which justifies the status. */
  fields: readonly string[];
  /** How the evidence names the missing fields (default: all of `fields`). */
  named?: string;
  message: string;
}

export function missingRequestFieldFindings(exchange: Exchange, context: RuleContext, spec: MissingRequestField): RuleFinding[] {
  const res = exchange.response;
  if (!res || res.status !== spec.status) return [];
  const unknown = requestHeadersUnknown(exchange);
  if (unknown) return context.notEvaluated(unknown);
  if (spec.fields.some((name) => requestFields(exchange, name).length > 0)) return [];
  return [
    {
      message: spec.message,
      evidence: `${statusLineEvidence(res)}; the ${requestLineText(exchange)} had no ${spec.named ?? orList(spec.fields)}`,
      location: statusLineLocation(res),
    },
  ];
}

export function orList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
