import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/allow-inconsistent';
const options = (user: { method: string; response: string }, allow: string | null) =>
  probedExchanges(user, { method: 'OPTIONS', probe: { name: 'options', of: 0 }, response: wire('HTTP/1.1 204 No Content', allow === null ? [DATE] : [DATE, `Allow: ${allow}`]) });

ruleTable(ID, {
  fires: [
    {
      name: 'a PUT answered 204, but OPTIONS does not list PUT',
      input: () => options({ method: 'PUT', response: wire('HTTP/1.1 204 No Content', [DATE]) }, 'GET, HEAD, OPTIONS'),
      index: 1,
      severity: 'warning',
      message: 'OPTIONS says Allow: GET, HEAD, OPTIONS, but PUT was just answered 204',
      evidence: 'Allow: GET, HEAD, OPTIONS at byte 62; PUT got status line "HTTP/1.1 204 No Content"',
      location: { part: 'header', offset: 62, header: 'Allow' },
    },
    {
      name: 'a 405 that lists the refused method',
      input: () => options({ method: 'DELETE', response: wire('HTTP/1.1 405 Method Not Allowed', [DATE, 'Allow: GET, DELETE', 'Content-Length: 0']) }, 'GET, DELETE, OPTIONS'),
      index: 1,
      message: 'the DELETE was refused with 405, yet its Allow lists DELETE',
    },
    {
      name: 'a 405\'s Allow and OPTIONS\' Allow differ',
      input: () => options({ method: 'DELETE', response: wire('HTTP/1.1 405 Method Not Allowed', [DATE, 'Allow: GET, POST', 'Content-Length: 0']) }, 'GET, HEAD, OPTIONS'),
      index: 1,
      message: 'the 405 to DELETE says Allow: GET, POST, but OPTIONS says Allow: GET, HEAD, OPTIONS',
    },
  ],
  quiet: [
    { name: 'the PUT is listed', input: () => options({ method: 'PUT', response: wire('HTTP/1.1 204 No Content', [DATE]) }, 'GET, HEAD, PUT, OPTIONS'), index: 1 },
    { name: 'a 405 and OPTIONS agree, ignoring HEAD and OPTIONS', input: () => options({ method: 'DELETE', response: wire('HTTP/1.1 405 Method Not Allowed', [DATE, 'Allow: GET', 'Content-Length: 0']) }, 'GET, HEAD, OPTIONS'), index: 1 },
    { name: 'a HEAD answered 200 need not be listed', input: () => options({ method: 'HEAD', response: wire('HTTP/1.1 200 OK', [DATE, 'Content-Length: 5']) }, 'GET, OPTIONS'), index: 1 },
    { name: 'no Allow on OPTIONS: nothing to compare (not evaluated)', input: () => options({ method: 'PUT', response: wire('HTTP/1.1 204 No Content', [DATE]) }, null), index: 1 },
  ],
});
