import { defineRule } from '../../src/engine/rule';
import { mediaTypeListFindings } from './_mediaTypeList';

export default defineRule({
  meta: {
    id: 'headers/invalid-accept-patch',
    category: 'headers',
    severity: 'error',
    title: 'Accept-Patch is not a list of media types',
    ref: { label: 'RFC 5789 §3.1', url: 'https://www.rfc-editor.org/rfc/rfc5789#section-3.1' },
    why: 'Accept-Patch tells clients which patch formats PATCH accepts (`1#media-type`). A value that does not parse leaves clients to guess between JSON Patch, JSON Merge Patch and others, so generated clients and API tools send a format the server rejects with 415.',
    fix: 'List full media types separated by commas, e.g. `Accept-Patch: application/json-patch+json, application/merge-patch+json` (parameters as `;name=value`, no bare words).',
  },
  check(exchange) {
    return mediaTypeListFindings(exchange, 'accept-patch', true);
  },
});
