import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/connection-reuse-desync';
const OK = wire('HTTP/1.1 200 OK', [DATE], 'hello');
const NO_CONTENT = wire('HTTP/1.1 204 No Content', [DATE]);
const reuse = (first: string, second: string) =>
  probedExchanges(
    { response: OK },
    { probe: { name: 'reuse', of: 0 }, connection: { position: 1, closedAfter: false }, response: first },
    { probe: { name: 'reuse', of: 0 }, connection: { position: 2, closedAfter: false }, response: second },
  );

ruleTable(ID, {
  fires: [
    {
      name: 'a 204 with a body: its stray bytes start the second response',
      input: () => reuse(`${NO_CONTENT}oops\n`, `oops\n${OK}`),
      index: 2,
      severity: 'error',
      message: 'the first response left 5 stray bytes on the connection; a client reads them as the start of the second response',
      evidence: /^where the second status line should start: \d+ bytes: 6f 6f 70 73 0a 48 54 54 50 .*\("oops\.HTTP/,
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'a second response that is not HTTP', input: () => reuse(OK, 'garbage\r\n\r\n'), index: 2, message: 'does not start with a status line' },
  ],
  quiet: [
    { name: 'two clean responses', input: () => reuse(OK, OK), index: 2 },
    { name: 'judged on the second request only', input: () => reuse(`${NO_CONTENT}oops\n`, `oops\n${OK}`), index: 1 },
  ],
});
