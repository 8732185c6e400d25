import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { transferEncodingOf } from '../../src/http1/framing';
import { printable } from './_anomaly';

// Transfer-Encoding decides where a response ends, so any value two parsers could read differently is an
// error: a coding that is not a token (chunked followed by 0xA0), a parameter on chunked, chunked twice.
// A trailing empty list element ("chunked,") is valid (RFC 9110 §5.6.1) and not reported here.
export default defineRule({
  meta: {
    id: 'framing/invalid-transfer-encoding',
    category: 'framing',
    severity: 'error',
    title: 'Transfer-Encoding value is malformed or applies chunked twice',
    ref: { label: 'RFC 9112 §6.1, §7', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.1' },
    why: 'Transfer-Encoding tells every client and proxy where the response ends. A coding that is not a plain token, a parameter on chunked, or chunked applied twice is read differently by different parsers: one strips the odd byte and reads chunks, another reads to close or rejects the response. When a proxy and a client disagree about where a response ends, the bytes after it can be taken as the next response (response splitting, request smuggling).',
    fix: 'Send exactly `Transfer-Encoding: chunked` (or codings such as `gzip, chunked`, each a plain token), once, with no parameters on chunked and no other bytes around the value.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const codings = transferEncodingOf(res.headers);
    const findings: RuleFinding[] = [];
    const last = codings[codings.length - 1];
    for (const c of codings) {
      if (!c.invalid) continue;
      const looksChunked = c.name.replace(/[^a-z]/g, '') === 'chunked';
      const disagreement = c === last && looksChunked
        ? c.name === 'chunked'
          ? '; httpinspect reads chunks, parsers that do not accept it read to close or reject the response'
          : '; RFC 9112 §6.3 then reads the body to close, while a parser that strips the odd bytes reads chunks: the two disagree on where the response ends'
        : '';
      findings.push({
        message: `Transfer-Encoding element "${printable(c.element, 60)}" is invalid: ${c.invalid}${disagreement}`,
        evidence: headerEvidence({ ...c.header, raw: printable(c.header.raw) }),
        location: headerLocation(c.header),
      });
    }
    const chunked = codings.filter((c) => c.name === 'chunked');
    if (chunked.length > 1) {
      findings.push({
        message: `chunked is applied ${chunked.length} times; a sender must not apply chunked more than once (RFC 9112 §6.1), and a parser that de-chunks once sees chunk framing as content`,
        evidence: [...new Set(chunked.map((c) => c.header))].map((h) => headerEvidence({ ...h, raw: printable(h.raw) })).join('; '),
        location: headerLocation(chunked[1]!.header),
      });
    }
    // Valid, but Node's llhttp does not see chunked when a tab or an empty list element follows it and reads
    // the body to close instead: a Node client gets the chunk framing as content, or waits for the close.
    const lastLine = last?.header;
    if (res.framing.kind === 'chunked' && lastLine && findings.length === 0 && /chunked *[\t,][ \t,]*$/i.test(lastLine.raw)) {
      findings.push({
        message: 'the value is valid (OWS and empty list elements are allowed, RFC 9110 §5.6.1), but Node\'s http client and fetch do not see chunked when a tab or a comma follows it: they read the body to close and hand the chunk framing to the application',
        evidence: headerEvidence({ ...lastLine, raw: printable(lastLine.raw) }),
        location: headerLocation(lastLine),
        severity: 'info',
      });
    }
    return findings;
  },
});
