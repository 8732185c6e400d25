import { defineRule } from '../../src/engine/rule';
import { missingRequestFieldFindings } from './_pair';

// RFC 9110 §13.1: If-Match, If-None-Match (for methods other than GET/HEAD) and If-Unmodified-Since fail with
// 412; If-Modified-Since fails with 304 and If-Range never fails. To stay conservative every conditional field
// (and WebDAV's If and Overwrite, CalDAV's If-Schedule-Tag-Match, which also yield 412) counts as a precondition.
const PRECONDITIONS = ['If-Match', 'If-None-Match', 'If-Unmodified-Since', 'If-Modified-Since', 'If-Range', 'If', 'Overwrite', 'If-Schedule-Tag-Match'];
// Vendor preconditions that also yield 412: S3's x-amz-copy-source-if-match, Azure's x-ms-if-tags, …
const VENDOR_CONDITION = /(^|-)if-/i;

export default defineRule({
  meta: {
    id: 'status/412-without-precondition',
    category: 'status',
    severity: 'warning',
    title: '412 Precondition Failed to a request without a precondition',
    ref: { label: 'RFC 9110 §15.5.13', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13' },
    why: '412 says a condition the client put in the request (If-Match, If-Unmodified-Since, If-None-Match) evaluated to false. A request with no condition cannot fail one: clients that handle 412 by refetching and retrying (optimistic concurrency) loop or give up, and the real error is hidden.',
    fix: 'Send 412 only when a request precondition fails. To demand one, answer 428 Precondition Required (RFC 6585); for other failures use 400, 409 or 422.',
  },
  check(exchange, context) {
    if (exchange.request.headers.some((h) => VENDOR_CONDITION.test(h.name) && h.value.trim() !== '')) return [];
    return missingRequestFieldFindings(exchange, context, {
      status: 412,
      fields: PRECONDITIONS,
      named: 'conditional header (If-Match, If-None-Match, If-Unmodified-Since, If-Modified-Since, …)',
      message: '412 Precondition Failed answers a request that carried no precondition: nothing could fail (to require one, send 428)',
    });
  },
});
