import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/206-missing-headers';
const BODY = '0123456789abcdefghij';
const FULL = wire('HTTP/1.1 200 OK', [DATE, 'Cache-Control: max-age=60', 'ETag: "v1"', 'Accept-Ranges: bytes'], BODY);
const part = (headers: string[]) =>
  probedExchanges({ response: FULL }, { requestHeaders: [['Range', 'bytes=6-13']], probe: { name: 'range', of: 0 }, response: wire('HTTP/1.1 206 Partial Content', [...headers, 'Content-Range: bytes 6-13/20'], BODY.slice(6, 14)) });

ruleTable(ID, {
  fires: [
    {
      name: 'the 206 drops the ETag',
      input: () => part([DATE, 'Cache-Control: max-age=60']),
      count: 1,
      severity: 'warning',
      message: 'the 206 has no ETag, which the 200 carried ("v1")',
      evidence: /^status line "HTTP\/1.1 206 Partial Content" at byte 0; no ETag among 4 header lines; the 200 had ETag: "v1" at byte \d+$/,
    },
    { name: 'the 206 drops Date, Cache-Control and ETag', input: () => part([]), count: 3 },
  ],
  quiet: [
    { name: 'a 206 with the 200\'s fields', input: () => part([DATE, 'Cache-Control: max-age=60', 'ETag: "v1"']) },
  ],
});
