import { defineRule } from '../../src/engine/rule';
import { mediaTypeListFindings } from './_mediaTypeList';

export default defineRule({
  meta: {
    id: 'headers/invalid-accept-post',
    category: 'headers',
    severity: 'error',
    title: 'Accept-Post is not a list of media ranges',
    ref: { label: 'W3C LDP 1.0 §7.1', url: 'https://www.w3.org/TR/ldp/#header-accept-post' },
    why: 'Accept-Post tells clients which media types a POST to this resource accepts (`#media-range`, as in Accept). A value that does not parse leaves Linked Data Platform and API clients guessing, so they send a format the server rejects with 415.',
    fix: 'List media ranges separated by commas, e.g. `Accept-Post: text/turtle, application/ld+json, image/*`.',
  },
  check(exchange) {
    return mediaTypeListFindings(exchange, 'accept-post', false);
  },
});
