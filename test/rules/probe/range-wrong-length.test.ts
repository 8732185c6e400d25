import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/range-wrong-length';
const BODY = '0123456789abcdefghij';
const FULL = wire('HTTP/1.1 200 OK', [DATE, 'Accept-Ranges: bytes'], BODY);
const answer = (response: string, range = 'bytes=6-13') => probedExchanges({ response: FULL }, { requestHeaders: [['Range', range]], probe: { name: 'range', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'a 206 whose complete-length is one too many',
      input: () => answer(wire('HTTP/1.1 206 Partial Content', [DATE, 'Content-Range: bytes 6-13/21'], BODY.slice(6, 14))),
      severity: 'error',
      message: 'Content-Range says the full body is 21 bytes, but the 200 sent 20',
      evidence: 'Content-Range: bytes 6-13/21 at byte 67; the 200\'s body is 20 bytes',
      location: { part: 'header', offset: 67, header: 'Content-Range' },
    },
    { name: 'a 416 naming the wrong length', input: () => answer(wire('HTTP/1.1 416 Range Not Satisfiable', [DATE, 'Content-Range: bytes */200', 'Content-Length: 0']), 'bytes=20-'), count: 1 },
  ],
  quiet: [
    { name: 'the right complete-length', input: () => answer(wire('HTTP/1.1 206 Partial Content', [DATE, 'Content-Range: bytes 6-13/20'], BODY.slice(6, 14))) },
    { name: 'an unknown complete-length (*)', input: () => answer(wire('HTTP/1.1 206 Partial Content', [DATE, 'Content-Range: bytes 6-13/*'], BODY.slice(6, 14))) },
    { name: 'a 416 with bytes */20', input: () => answer(wire('HTTP/1.1 416 Range Not Satisfiable', [DATE, 'Content-Range: bytes */20', 'Content-Length: 0']), 'bytes=20-') },
  ],
});
