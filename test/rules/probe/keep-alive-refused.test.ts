import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/keep-alive-refused';
const first = (response: string, closedAfter: boolean) =>
  probedExchanges({ response: wire('HTTP/1.1 200 OK', [DATE], 'hi') }, { probe: { name: 'reuse', of: 0 }, connection: { position: 1, closedAfter }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'Connection: close on the response',
      input: () => first(wire('HTTP/1.1 200 OK', [DATE, 'Connection: close'], 'hi'), true),
      severity: 'info',
      message: 'says Connection: close: the connection is not reused',
      evidence: 'Connection: close at byte 54',
      location: { part: 'header', offset: 54, header: 'Connection' },
    },
    { name: 'the server just closed', input: () => first(wire('HTTP/1.1 200 OK', [DATE], 'hi'), true), message: 'the server closed the connection after a response', evidence: 'status line "HTTP/1.1 200 OK" at byte 0; then the server closed the connection' },
  ],
  quiet: [
    { name: 'the connection stayed open', input: () => first(wire('HTTP/1.1 200 OK', [DATE], 'hi'), false) },
    { name: 'the user\'s own request (sent with Connection: close) is not judged', input: { response: wire('HTTP/1.1 200 OK', [DATE, 'Connection: close'], 'hi') } },
  ],
});
