import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';

// RFC 9110 §14.2: range handling is defined for GET only (HEAD mirrors GET), and a server MUST ignore Range
// on any other method. A 206 to POST, PUT, DELETE… therefore applied a Range it had to ignore.
export default defineRule({
  meta: {
    id: 'range/206-to-unranged-method',
    category: 'range',
    severity: 'error',
    title: '206 Partial Content to a method other than GET or HEAD',
    ref: { label: 'RFC 9110 §14.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.2' },
    why: 'Range requests are defined only for GET; a server MUST ignore Range on other methods. A 206 to POST, PUT or DELETE hands the client part of a result it expected whole: clients take it as the complete response (truncated data), and intermediaries may cache the part.',
    fix: 'Ignore Range on methods other than GET (and HEAD) and answer with the full response and its normal status (200, 201, 204 …).',
  },
  check(exchange) {
    const res = exchange.response;
    const method = exchange.request.method.toUpperCase();
    if (!res || res.status !== 206 || method === 'GET' || method === 'HEAD') return [];
    return [
      {
        message: `206 Partial Content answers ${method}: range handling is only defined for GET, and Range must be ignored on ${method}`,
        evidence: `${statusLineEvidence(res)} in answer to ${method} ${exchange.request.target.slice(0, 100)}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
