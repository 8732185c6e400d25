// http2/malformed-frame: fires on the defect, stays quiet on the near miss (RFC 9113).
import { ruleTable } from '../../helpers/ruleTable';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { encodeFrame, headers, data } from '../../../src/lab/h2/frames';

const ok = (extra: Array<[string, string]> = [], body = 'hi') => [headers([[':status', '200'], ['content-length', String(body.length)], ...extra]), data(body)];

ruleTable('http2/malformed-frame', {
  fires: [
    { name: 'a frame larger than SETTINGS_MAX_FRAME_SIZE', input: () => h2ExchangeOf([encodeFrame(0, 0, 1, Buffer.alloc(16385))]), message: 'exceeds SETTINGS_MAX_FRAME_SIZE (16384)', evidence: /^DATA frame <length=16385, flags=0x00, stream_id=1> at byte 24$/ },
    { name: 'a header block interrupted by DATA', input: () => h2ExchangeOf([headers([[':status', '200']], { endHeaders: false }), encodeFrame(0, 1, 1, Buffer.from('x'))]), message: 'in the middle of a header block' },
    { name: 'PING of 4 bytes', input: () => h2ExchangeOf([encodeFrame(6, 0, 0, Buffer.alloc(4)), ...ok()]), evidence: /byte \d+/ },
    { name: 'bad DATA padding', input: () => h2ExchangeOf([headers([[':status', '200']]), encodeFrame(0, 0x9, 1, Buffer.from([5, 0x61]))]), evidence: /byte \d+/ },
  ],
  quiet: [
    { name: 'near miss of PING of 4 bytes', input: () => h2ExchangeOf([encodeFrame(6, 0, 0, Buffer.alloc(8)), ...ok()]) },
    { name: 'near miss of bad DATA padding', input: () => h2ExchangeOf([headers([[':status', '200']]), encodeFrame(0, 0x9, 1, Buffer.from([1, 0x61, 0]))]) },
  ],
});
