// What `httpinspect explain http2/hpack-error` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires when a header block does not decode per RFC 7541: an index outside the table, invalid Huffman padding or EOS, a table size update above SETTINGS_HEADER_TABLE_SIZE or after the first field, or a header list larger than --max-header-size.',
  breaks: [{ client: 'every HTTP/2 client', effect: 'COMPRESSION_ERROR: the whole connection is closed and every request on it fails.' }],
  fixes: frameFixes('an undecodable header block'),
  related: ['http2/malformed-frame', 'framing/header-section-too-large'],
});
