import { defineRule } from '../../src/engine/rule';
import { missingRequestFieldFindings } from './_pair';

export default defineRule({
  meta: {
    id: 'status/416-without-range',
    category: 'status',
    severity: 'warning',
    title: '416 Range Not Satisfiable to a request without Range',
    ref: { label: 'RFC 9110 §15.5.17', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17' },
    why: '416 says the ranges in the request\'s Range header cannot be satisfied. A request without Range asked for the whole representation, so the client cannot fix anything by changing its request; it is usually a server that kept a stale Range state or misuses 416 for an unrelated error.',
    fix: 'Answer a request without Range with 200 and the full representation (or the status that describes the real error, e.g. 404 or 400); send 416 only when the request\'s ranges are all outside the representation.',
  },
  check(exchange, context) {
    return missingRequestFieldFindings(exchange, context, {
      status: 416,
      fields: ['Range'],
      message: '416 Range Not Satisfiable answers a request that sent no Range: there was no range to reject',
    });
  },
});
