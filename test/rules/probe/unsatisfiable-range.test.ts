import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/unsatisfiable-range';
const BODY = '0123456789abcdefghij';
const full = (extra: string[] = []) => wire('HTTP/1.1 200 OK', [DATE, ...extra], BODY);
const pastEnd = (base: string, response: string, inside?: string) =>
  probedExchanges(
    { response: base },
    ...(inside ? [{ requestHeaders: [['Range', 'bytes=6-13']] as Array<[string, string]>, probe: { name: 'range', of: 0 }, response: inside }] : []),
    { requestHeaders: [['Range', 'bytes=20-']], probe: { name: 'range', of: 0 }, response },
  );
const PART = wire('HTTP/1.1 206 Partial Content', [DATE, 'Content-Range: bytes 6-13/20'], BODY.slice(6, 14));

ruleTable(ID, {
  fires: [
    {
      name: 'ranges advertised, but the range past the end gets 200',
      input: () => pastEnd(full(['Accept-Ranges: bytes']), full(['Accept-Ranges: bytes'])),
      severity: 'warning',
      message: 'Range: bytes=20- starts past the end of the 20-byte body, but the server answered 200 instead of 416 Range Not Satisfiable',
      evidence: 'sent "Range: bytes=20-"; got status line "HTTP/1.1 200 OK" at byte 0',
    },
    { name: 'ranges honoured (no Accept-Ranges), past the end answered 206', input: () => pastEnd(full(), wire('HTTP/1.1 206 Partial Content', [DATE, 'Content-Range: bytes 0-19/20'], BODY), PART), count: 1 },
    { name: 'a 416 with a satisfied-range Content-Range', input: () => pastEnd(full(['Accept-Ranges: bytes']), wire('HTTP/1.1 416 Range Not Satisfiable', [DATE, 'Content-Range: bytes 0-19/20', 'Content-Length: 0'])), message: 'instead of Content-Range: bytes */20' },
  ],
  quiet: [
    { name: '416 with bytes */20', input: () => pastEnd(full(['Accept-Ranges: bytes']), wire('HTTP/1.1 416 Range Not Satisfiable', [DATE, 'Content-Range: bytes */20', 'Content-Length: 0'])) },
    { name: 'no range support at all: 200 is what a server that ignores Range sends', input: () => pastEnd(full(), full(), full()) },
    { name: 'a 416 without Content-Range is status/416-without-content-range\'s', input: () => pastEnd(full(['Accept-Ranges: bytes']), wire('HTTP/1.1 416 Range Not Satisfiable', [DATE, 'Content-Length: 0'])) },
  ],
});
