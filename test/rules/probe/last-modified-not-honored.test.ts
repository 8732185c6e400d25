import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/last-modified-not-honored';
const LM = 'Tue, 01 Sep 2026 10:00:00 GMT';
const OK = wire('HTTP/1.1 200 OK', [DATE, 'Cache-Control: max-age=60', `Last-Modified: ${LM}`], 'hello');
const ims = (response: string, header: [string, string] = ['If-Modified-Since', LM]) =>
  probedExchanges({ response: OK }, { requestHeaders: [header], probe: { name: 'conditional', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'If-Modified-Since at Last-Modified gets 200 with the same Last-Modified',
      input: () => ims(OK),
      severity: 'warning',
      message: `If-Modified-Since: ${LM} is the resource's own Last-Modified`,
      evidence: `sent "If-Modified-Since: ${LM}"; got status line "HTTP/1.1 200 OK" at byte 0`,
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'a 200 without Last-Modified at all', input: () => ims(wire('HTTP/1.1 200 OK', [DATE], 'hello')), count: 1 },
  ],
  quiet: [
    { name: 'a 304', input: () => ims(wire('HTTP/1.1 304 Not Modified', [DATE, 'Cache-Control: max-age=60'])) },
    { name: 'a 200 with a later Last-Modified: the resource changed', input: () => ims(wire('HTTP/1.1 200 OK', [DATE, 'Last-Modified: Wed, 02 Sep 2026 10:00:00 GMT'], 'hello2')) },
    { name: 'the If-None-Match probe is not this rule\'s', input: () => ims(OK, ['If-None-Match', '"v1"']) },
  ],
});
