import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/304-changed-validator';
const OK = wire('HTTP/1.1 200 OK', [DATE, 'ETag: "v1"', 'Last-Modified: Tue, 01 Sep 2026 10:00:00 GMT'], 'hello');
const revalidated = (response: string, header: [string, string] = ['If-None-Match', '"v1"']) =>
  probedExchanges({ response: OK }, { requestHeaders: [header], probe: { name: 'conditional', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'the 304 carries another ETag',
      input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE, 'ETag: "v2"'])),
      severity: 'warning',
      message: 'the 304 carries ETag "v2", but the 200 it validates had "v1"',
      evidence: 'ETag: "v2" at byte 64; the 200 had ETag: "v1" at byte 54',
      location: { part: 'header', offset: 64, header: 'ETag' },
    },
    { name: 'also after If-Modified-Since', input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE, 'ETag: W/"v1"']), ['If-Modified-Since', 'Tue, 01 Sep 2026 10:00:00 GMT']), count: 1 },
  ],
  quiet: [
    { name: 'the same ETag', input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE, 'ETag: "v1"'])) },
    { name: 'no ETag on the 304 (304-missing-headers says so)', input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE])) },
  ],
});
