import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { trimOws } from '../../src/http1/framing';
import { printable } from './_anomaly';

const DIGITS = /^\d+$/;

function isValid(value: string): boolean {
  return DIGITS.test(value) && Number.isSafeInteger(Number(value));
}

// One finding per Content-Length line holding a value that is not a (representable) decimal integer.
// Lines that are valid but differ are framing/conflicting-content-length's business.
export default defineRule({
  meta: {
    id: 'framing/invalid-content-length',
    category: 'framing',
    severity: 'error',
    title: 'Content-Length is not a non-negative decimal integer',
    ref: { label: 'RFC 9110 §8.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    why: 'An invalid Content-Length leaves the body length unknown: Node, curl and browsers reject the response as a protocol error, while lenient parsers guess (e.g. parseInt("5 bytes") = 5) and split the stream differently from the server.',
    fix: 'Send Content-Length as plain decimal digits equal to the body length in bytes (no sign, unit, decimal point, hex or spaces), or omit it and use chunked encoding.',
  },
  check(exchange) {
    // Interim responses too: a 1xx's Content-Length is forbidden (framing-header-on-1xx) and, when invalid, also this.
    const messages = [...(exchange.interim ?? []), ...(exchange.response ? [exchange.response] : [])];
    const lines = messages.flatMap((m) => headersNamed(m.headers, 'content-length'));
    // Valid, but Node's llhttp rejects a Content-Length followed by a tab (HPE_INVALID_CONTENT_LENGTH): say so once.
    const tab = lines.find((h) => isValid(h.value) && /\d[ \t]*\t[ \t]*$/.test(h.raw));
    const nodeNote: RuleFinding[] = tab
      ? [{ message: 'the value is valid (trailing whitespace is not part of a field value, RFC 9110 §5.5), but Node\'s http client and fetch reject the response ("Invalid character in Content-Length"): drop the trailing tab', evidence: headerEvidence({ ...tab, raw: printable(tab.raw) }), location: headerLocation(tab), severity: 'info' }]
      : [];
    return [...nodeNote, ...lines
      .filter((h) => h.value.split(',').some((v) => !isValid(trimOws(v))))
      .map((h) => {
        const bad = h.value.split(',').map(trimOws).filter((v) => !isValid(v));
        const tooBig = bad.every((v) => DIGITS.test(v));
        const shown = bad.map((v) => `"${printable(v, 40)}"`).join(', ');
        return {
          message: tooBig
            ? `Content-Length ${shown} is too large to be a real length`
            : `Content-Length value ${shown} is not a non-negative decimal integer`,
          evidence: headerEvidence({ ...h, raw: printable(h.raw) }),
          location: headerLocation(h),
        };
      })];
  },
});
