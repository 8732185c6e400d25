import { defineRule } from '../../src/engine/rule';
import { statusWithoutContentFindings } from './_content';

export default defineRule({
  meta: {
    id: 'status/415-without-content',
    category: 'status',
    severity: 'warning',
    title: '415 Unsupported Media Type to a request without content',
    ref: { label: 'RFC 9110 §15.5.16', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16' },
    why: '415 says the request content is in a format (Content-Type) or coding (Content-Encoding) the server does not support. A request without content has no format: clients change the Content-Type of a body they do not have, and the real problem, often an unacceptable Accept (406) or a wrong route, is hidden.',
    fix: 'Send 415 only when the request has content in an unsupported media type or coding; when the client\'s Accept cannot be met, send 406 (or just send the default representation).',
  },
  check(exchange, context) {
    return statusWithoutContentFindings(exchange, context, 415, '415 Unsupported Media Type answers a request that had no content and no Content-Type: there was no media type to reject');
  },
});
