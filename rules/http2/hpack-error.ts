import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/hpack-error',
    category: 'http2',
    severity: 'error',
    title: 'HPACK decoding error',
    ref: RFC9113('4.3'),
    why: 'A header block that does not decode (an index outside the table, a bad Huffman string, a table size update above the advertised limit, a header list larger than the client accepts) is a COMPRESSION_ERROR that ends the whole connection: every request on it fails.',
    fix: 'Fix the HPACK encoder (or the proxy re-encoding headers): indexes within the table, valid Huffman padding, table size updates only at the start of a block and within SETTINGS_HEADER_TABLE_SIZE; keep header lists small.',
  },
  check(exchange) {
    return problemFindings(exchange, 'hpack-error');
  },
});
