import { gzipSync } from 'node:zlib';
import { exchangeOf } from '../../helpers/exchange';
import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/unaccepted-encoding';
const gz = gzipSync('{"id":1}');
const coded = (coding: string, status = '200 OK') =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Encoding: ${coding}\r\nVary: Accept-Encoding\r\nContent-Length: ${gz.length}\r\n\r\n`), gz]);
const ae = (value: string): Array<[string, string]> => [['Accept-Encoding', value]];

ruleTable(ID, {
  fires: [
    {
      name: 'gzip to a request that accepts only identity',
      input: { requestHeaders: ae('identity'), response: coded('gzip') },
      count: 1,
      severity: 'error',
      message: 'the response is coded with gzip, which the request\'s Accept-Encoding ("identity") does not accept',
      evidence: 'Content-Encoding: gzip at byte 49; request sent "Accept-Encoding: identity"',
      location: { part: 'header', offset: 49, header: 'Content-Encoding' },
    },
    { name: 'br to a request that lists gzip and deflate only', input: { requestHeaders: ae('gzip, deflate'), response: coded('br') }, message: 'coded with br' },
    { name: 'gzip refused with q=0', input: { requestHeaders: ae('gzip;q=0, br'), response: coded('gzip') } },
    { name: 'gzip excluded by *;q=0', input: { requestHeaders: ae('identity, *;q=0'), response: coded('gzip') } },
    {
      name: 'an empty Accept-Encoding (no coding wanted)',
      input: () => {
        // The request serializer drops empty headers (curl's "Name:" idiom), so add the empty line as a raw one would.
        const exchange = exchangeOf({ response: coded('gzip') });
        exchange.request.headers.push({ name: 'Accept-Encoding', value: '', raw: 'Accept-Encoding:', offset: 0 });
        return exchange;
      },
      message: 'Accept-Encoding ("") does not accept',
    },
  ],
  quiet: [
    { name: 'no Accept-Encoding in the request: any coding is acceptable', input: { response: coded('gzip') } },
    { name: 'gzip accepted', input: { requestHeaders: ae('gzip, deflate, br, zstd'), response: coded('gzip') } },
    { name: 'x-gzip answers gzip', input: { requestHeaders: ae('gzip'), response: coded('x-gzip') } },
    { name: 'a coding covered by *', input: { requestHeaders: ae('br, *;q=0.1'), response: coded('gzip') } },
    { name: 'identity only (no content coding) to identity;q=0 is not this rule', input: { requestHeaders: ae('identity;q=0'), response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nhi' } },
    {
      name: 'the response to the encoding probe (probe/encoding-not-requested reports it)',
      input: () => {
        const exchange = exchangeOf({ requestHeaders: ae('identity'), response: coded('gzip') });
        exchange.probe = { name: 'encoding', of: 0 };
        return exchange;
      },
    },
    { name: 'a 304 (no content sent)', input: { requestHeaders: ae('identity'), response: 'HTTP/1.1 304 Not Modified\r\nContent-Encoding: gzip\r\nETag: "a"\r\n\r\n' } },
  ],
});
