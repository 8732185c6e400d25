// content-length-mismatch on HTTP/2 (not a rule itself): the DATA total must equal a valid Content-Length
// (RFC 9113 §8.1.1). Responses that have no content by definition (HEAD, 204, 304, 1xx) are left out:
// there Content-Length describes the representation, not DATA (and the body-on-* rules judge the DATA).
import type { Exchange } from '../../src/exchange';
import { headerNamed } from '../../src/exchange';
import type { RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';

export function h2LengthFindings(exchange: Exchange): RuleFinding[] {
  const res = exchange.response;
  if (!res || res.framing.length === undefined) return [];
  if ((exchange.request?.method ?? '').toUpperCase() === 'HEAD' || res.status === 204 || res.status === 304 || res.status < 200) return [];
  const declared = res.framing.length;
  const got = res.contentLength;
  const header = headerNamed(res.headers, 'content-length');
  const evidence = `${header ? headerEvidence(header) : `content-length: ${declared}`}; DATA received: ${got} byte${got === 1 ? '' : 's'} in ${exchange.h2?.data.filter((d) => !d.afterEnd).length ?? 0} frame(s)`;
  const location = header ? headerLocation(header) : { part: 'header' as const };
  if (!res.complete) {
    const code = exchange.error?.code;
    if (code === 'LIMIT' || code === 'TIMEOUT_TOTAL' || got >= declared) {
      if (got <= declared) return [];
    } else {
      return [{ message: `content-length says ${declared} bytes but only ${got} arrived before the stream ended without END_STREAM`, evidence, location }];
    }
  }
  if (got === declared) return [];
  return [{ message: `content-length says ${declared} bytes but the DATA frames carry ${got}`, evidence, location }];
}
