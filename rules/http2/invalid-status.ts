import { defineRule } from '../../src/engine/rule';
import { RFC9113, fieldFinding, judgedBlocks } from './_h2';

// :status is exactly three digits (§8.3.2, RFC 9110 §15).
export default defineRule({
  meta: {
    id: 'http2/invalid-status',
    category: 'http2',
    severity: 'error',
    title: ':status is not a three-digit code',
    ref: RFC9113('8.3.2'),
    why: 'A :status that is not three digits (e.g. "200 OK", "2000", "") is malformed: clients reject the response and the application sees a network error instead of a status.',
    fix: 'Send only the three-digit code in :status; HTTP/2 has no reason phrase.',
  },
  check(exchange) {
    return judgedBlocks(exchange).flatMap((block) =>
      block.fields.filter((f) => f.name === ':status' && !/^[1-5]\d\d$/.test(f.value)).map((f) => fieldFinding(`:status is "${f.value}", not a three-digit code from 100 to 599`, f, block)),
    );
  },
});
