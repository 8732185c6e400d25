import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/options-not-supported';
const options = (response: string) =>
  probedExchanges({ response: wire('HTTP/1.1 200 OK', [DATE], 'hi') }, { method: 'OPTIONS', url: 'http://127.0.0.1:8080/index.html', probe: { name: 'options', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'nginx on a static file: 405 without Allow',
      input: () => options(wire('HTTP/1.1 405 Not Allowed', ['Server: nginx', DATE, 'Content-Type: text/html', 'Content-Length: 0'])),
      severity: 'info',
      message: 'OPTIONS /index.html was answered 405 Not Allowed',
      evidence: 'sent OPTIONS /index.html; got status line "HTTP/1.1 405 Not Allowed" at byte 0',
      location: { part: 'status-line', offset: 0 },
    },
    { name: '501 Not Implemented', input: () => options(wire('HTTP/1.1 501 Not Implemented', [DATE, 'Content-Length: 0'])), count: 1 },
  ],
  quiet: [
    { name: '204 with Allow', input: () => options(wire('HTTP/1.1 204 No Content', [DATE, 'Allow: GET, HEAD, OPTIONS'])) },
    { name: '200 without Allow (other rules may say so)', input: () => options(wire('HTTP/1.1 200 OK', [DATE, 'Content-Length: 0'])) },
    { name: 'a user OPTIONS answered 405 is not a probe', input: { method: 'OPTIONS', response: wire('HTTP/1.1 405 Method Not Allowed', [DATE, 'Allow: GET', 'Content-Length: 0']) } },
  ],
});
