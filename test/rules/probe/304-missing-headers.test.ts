import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/304-missing-headers';
const OK = wire('HTTP/1.1 200 OK', [DATE, 'Cache-Control: max-age=60', 'ETag: "v1"', 'Vary: Accept-Encoding'], 'hello');
const revalidated = (response: string, base = OK) =>
  probedExchanges({ response: base }, { requestHeaders: [['If-None-Match', '"v1"']], probe: { name: 'conditional', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'the 304 drops the Vary the 200 had (nginx with gzip_vary on)',
      input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE, 'Cache-Control: max-age=60', 'ETag: "v1"'])),
      count: 1,
      severity: 'warning',
      message: 'the 304 has no Vary, which the 200 carried (Accept-Encoding)',
      evidence: 'status line "HTTP/1.1 304 Not Modified" at byte 0; no Vary among 3 header lines; the 200 had Vary: Accept-Encoding at byte 93',
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'one finding per dropped field', input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE])), count: 3 },
  ],
  quiet: [
    { name: 'a 304 with every field the 200 had', input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE, 'Cache-Control: max-age=60', 'ETag: "v1"', 'Vary: Accept-Encoding'])) },
    { name: 'fields the 200 did not have are not required', input: () => revalidated(wire('HTTP/1.1 304 Not Modified', [DATE, 'ETag: "v1"']), wire('HTTP/1.1 200 OK', [DATE, 'ETag: "v1"'], 'hi')) },
    { name: 'a 200 to the probe is another rule\'s concern', input: () => revalidated(wire('HTTP/1.1 200 OK', [DATE], 'hello')) },
  ],
});
