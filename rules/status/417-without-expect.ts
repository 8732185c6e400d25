import { defineRule } from '../../src/engine/rule';
import { missingRequestFieldFindings } from './_pair';

export default defineRule({
  meta: {
    id: 'status/417-without-expect',
    category: 'status',
    severity: 'warning',
    title: '417 Expectation Failed to a request without Expect',
    ref: { label: 'RFC 9110 §15.5.18', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18' },
    why: '417 says the expectation in the request\'s Expect header cannot be met. Without Expect there was nothing to fail: clients that retry a 417 without `Expect: 100-continue` (curl, .NET, Java) have nothing to drop and the request just fails.',
    fix: 'Send 417 only to a request whose Expect header you cannot satisfy; for other failures use the status that describes them (400, 409, 422, …).',
  },
  check(exchange, context) {
    return missingRequestFieldFindings(exchange, context, {
      status: 417,
      fields: ['Expect'],
      message: '417 Expectation Failed answers a request that sent no Expect: there was no expectation to fail',
    });
  },
});
