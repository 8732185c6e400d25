// http2/protocol-mismatch (--compare-protocols): fires on a different status, field or content between the
// HTTP/1.1 and HTTP/2 answers; quiet when only per-response or connection-specific fields differ.
import { ruleTable } from '../../helpers/ruleTable';
import { exchangeOf } from '../../helpers/exchange';
import { h2ExchangeOf } from '../../helpers/h2Exchange';
import { data, headers, type Field } from '../../../src/lab/h2/frames';
import type { Exchange } from '../../../src/exchange';

function pair(http1: string, h2: Field[], body = 'same'): () => Exchange[] {
  return () => {
    const a = exchangeOf({ url: 'https://127.0.0.1:8443/', response: http1 });
    const b = h2ExchangeOf([headers(h2), data(body)]);
    b.comparedTo = 0;
    return [a, b];
  };
}

const H1 = (extra = '', body = 'same') => `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nETag: "a"\r\n${extra}Content-Length: ${body.length}\r\n\r\n${body}`;

ruleTable('http2/protocol-mismatch', {
  fires: [
    { name: 'different status', input: pair(H1(), [[':status', '404'], ['content-type', 'text/plain'], ['etag', '"a"']]), message: 'status 200 over HTTP/1.1 but 404 over HTTP/2' },
    { name: 'a field only over HTTP/1.1', input: pair(H1('X-Frame-Options: DENY\r\n'), [[':status', '200'], ['content-type', 'text/plain'], ['etag', '"a"']]), message: 'x-frame-options only over HTTP/1.1', location: { header: 'x-frame-options' } },
    { name: 'a different ETag', input: pair(H1(), [[':status', '200'], ['content-type', 'text/plain'], ['etag', '"b"']]), evidence: 'HTTP/1.1: ""a""; HTTP/2: ""b""' },
    { name: 'different content', input: pair(H1(), [[':status', '200'], ['content-type', 'text/plain'], ['etag', '"a"']], 'SAME'), message: 'the content differs' },
  ],
  quiet: [
    {
      name: 'same answer; name case, Date, Connection, Alt-Svc and Content-Length differ',
      input: pair(H1('Date: Mon, 01 Jan 2024 00:00:00 GMT\r\nConnection: keep-alive\r\nAlt-Svc: h2=":443"\r\n'), [[':status', '200'], ['content-type', 'text/plain'], ['etag', '"a"'], ['date', 'Tue, 02 Jan 2024 00:00:00 GMT']]),
    },
    { name: 'an HTTP/2 exchange that compares to nothing', input: () => h2ExchangeOf([headers([[':status', '404']]), data('x')]) },
  ],
});
