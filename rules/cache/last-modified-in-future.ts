import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';

export default defineRule({
  meta: {
    id: 'cache/last-modified-in-future',
    category: 'cache',
    severity: 'warning',
    title: 'Last-Modified is later than Date',
    ref: { label: 'RFC 9110 §8.8.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.2' },
    why: 'A modification time after the message was sent is impossible; it skews heuristic freshness and If-Modified-Since revalidation (a cache may keep asking with a future date or treat the resource as never changing). Usually the server clock or the timezone conversion is wrong.',
    fix: 'Send the real modification time in GMT, never later than Date: if the stored time is in the future, send the Date value instead (RFC 9110 §8.8.2.1).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const lmHeader = headerNamed(res.headers, 'last-modified');
    const dateHeader = headerNamed(res.headers, 'date');
    if (!lmHeader || !dateHeader) return [];
    const lm = parseHttpDate(lmHeader.value);
    const date = parseHttpDate(dateHeader.value);
    if (!lm.ok || !date.ok) return [];
    const ahead = (lm.date.getTime() - date.date.getTime()) / 1000;
    if (ahead <= 0) return [];
    return [
      {
        message: `Last-Modified is ${describe(ahead)} later than Date`,
        evidence: `${headerEvidence(lmHeader)}; ${headerEvidence(dateHeader)}`,
        location: headerLocation(lmHeader),
      },
    ];
  },
});

function describe(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86400)} days`;
}
