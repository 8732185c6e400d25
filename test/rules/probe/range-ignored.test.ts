import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/range-ignored';
const BODY = '0123456789abcdefghij';
const full = (extra: string[] = []) => wire('HTTP/1.1 200 OK', [DATE, ...extra], BODY);
const ranged = (base: string, response: string, range = 'bytes=6-13') =>
  probedExchanges({ response: base }, { requestHeaders: [['Range', range]], probe: { name: 'range', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'Accept-Ranges: bytes, but the range gets 200 (warning)',
      input: () => ranged(full(['Accept-Ranges: bytes']), full(['Accept-Ranges: bytes'])),
      severity: 'warning',
      message: 'the resource advertises Accept-Ranges: bytes, but Range: bytes=6-13 got the whole body (200)',
      evidence: 'sent "Range: bytes=6-13"; got status line "HTTP/1.1 200 OK" at byte 0',
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'a suffix range gets 200 too', input: () => ranged(full(['Accept-Ranges: bytes']), full(['Accept-Ranges: bytes']), 'bytes=-5'), message: 'but Range: bytes=-5 got the whole body (200)' },
    { name: 'no Accept-Ranges: ranges are simply unsupported (info)', input: () => ranged(full(), full()), severity: 'info', message: 'does not support range requests' },
  ],
  quiet: [
    { name: 'a 206', input: () => ranged(full(['Accept-Ranges: bytes']), wire('HTTP/1.1 206 Partial Content', [DATE, 'Content-Range: bytes 6-13/20'], BODY.slice(6, 14))) },
    { name: 'Accept-Ranges: none says ranges are not served', input: () => ranged(full(['Accept-Ranges: none']), full(['Accept-Ranges: none'])) },
    { name: 'the range past the end is unsatisfiable-range\'s', input: () => ranged(full(['Accept-Ranges: bytes']), full(['Accept-Ranges: bytes']), 'bytes=20-') },
  ],
});
