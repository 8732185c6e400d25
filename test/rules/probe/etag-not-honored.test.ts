import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/etag-not-honored';
const OK = wire('HTTP/1.1 200 OK', [DATE, 'Cache-Control: max-age=60', 'ETag: "v1"', 'Content-Type: text/plain; charset=utf-8'], 'hello');
const inm = (tag: string, response: string) => probedExchanges({ response: OK }, { requestHeaders: [['If-None-Match', tag]], probe: { name: 'conditional', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'a matching strong ETag gets 200 again',
      input: () => inm('"v1"', OK),
      severity: 'warning',
      message: 'If-None-Match: "v1" matches the current ETag',
      evidence: 'sent "If-None-Match: "v1""; got status line "HTTP/1.1 200 OK" at byte 0',
      location: { part: 'status-line', offset: 0 },
    },
    {
      name: 'a weak ETag matches by weak comparison and gets 200 again',
      input: () =>
        probedExchanges(
          { response: wire('HTTP/1.1 200 OK', [DATE, 'ETag: W/"v1"'], 'hello') },
          { requestHeaders: [['If-None-Match', 'W/"v1"']], probe: { name: 'conditional', of: 0 }, response: wire('HTTP/1.1 200 OK', [DATE, 'ETag: W/"v1"'], 'hello') },
        ),
      count: 1,
    },
  ],
  quiet: [
    { name: 'a 304 for the matching ETag', input: () => inm('"v1"', wire('HTTP/1.1 304 Not Modified', [DATE, 'ETag: "v1"', 'Cache-Control: max-age=60'])) },
    { name: 'a 200 with another ETag: the resource changed in between', input: () => inm('"v1"', wire('HTTP/1.1 200 OK', [DATE, 'ETag: "v2"'], 'hello!')) },
    { name: 'an exchange that is not a probe', input: { response: OK } },
    { name: 'the If-Modified-Since probe is not this rule\'s', input: () => probedExchanges({ response: OK }, { requestHeaders: [['If-Modified-Since', 'Sun, 29 Nov 2026 10:00:00 GMT']], probe: { name: 'conditional', of: 0 }, response: OK }) },
  ],
});
