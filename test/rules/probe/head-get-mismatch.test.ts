import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/head-get-mismatch';
const BODY = 'hello world';
const GET = wire('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain; charset=utf-8', 'Cache-Control: max-age=60', 'ETag: "v1"', 'Vary: Accept-Encoding'], BODY);
const head = (statusLine: string, headers: string[]) =>
  probedExchanges({ response: GET }, { method: 'HEAD', probe: { name: 'head', of: 0 }, response: wire(statusLine, headers) });
const SAME = [DATE, 'Content-Type: text/plain; charset=utf-8', 'Cache-Control: max-age=60', 'ETag: "v1"', 'Vary: Accept-Encoding'];

ruleTable(ID, {
  fires: [
    {
      name: 'HEAD lies about Content-Length',
      input: () => head('HTTP/1.1 200 OK', [...SAME, 'Content-Length: 9999']),
      severity: 'warning',
      message: 'HEAD and GET disagree: HEAD says Content-Length: 9999, GET sent 11 bytes',
      evidence: 'HEAD: status line "HTTP/1.1 200 OK" at byte 0; GET: status line "HTTP/1.1 200 OK" at byte 0',
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'HEAD refused while GET works', input: () => head('HTTP/1.1 405 Method Not Allowed', [DATE, 'Allow: GET', 'Content-Length: 0']), message: 'status 405 vs 200' },
    { name: 'HEAD with another Content-Type', input: () => head('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/html', 'Cache-Control: max-age=60', 'ETag: "v1"', 'Vary: Accept-Encoding']), message: 'Content-Type "text/html" vs "text/plain; charset=utf-8"' },
    { name: 'HEAD with another Cache-Control', input: () => head('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain; charset=utf-8', 'Cache-Control: no-store', 'ETag: "v1"', 'Vary: Accept-Encoding']), message: 'Cache-Control "no-store" vs "max-age=60"' },
    { name: 'HEAD with another ETag', input: () => head('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain; charset=utf-8', 'Cache-Control: max-age=60', 'ETag: "v2"', 'Vary: Accept-Encoding']), message: 'ETag "v2" vs "v1"' },
  ],
  quiet: [
    { name: 'the same fields and the right Content-Length', input: () => head('HTTP/1.1 200 OK', [...SAME, 'Content-Length: 11']) },
    { name: 'HEAD without Content-Length (allowed)', input: () => head('HTTP/1.1 200 OK', SAME) },
    { name: 'HEAD without the ETag computed from the body (allowed)', input: () => head('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain; charset=utf-8', 'Cache-Control: max-age=60', 'Vary: Accept-Encoding']) },
    { name: 'a max-age counted down from a fixed expiry ticks a second', input: () => head('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain; charset=utf-8', 'Cache-Control: max-age=59', 'ETag: "v1"', 'Vary: Accept-Encoding']) },
    { name: 'Vary listed in another order and case', input: () => head('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain;charset=utf-8', 'Cache-Control: max-age=60', 'ETag: "v1"', 'Vary: accept-encoding']) },
  ],
});
