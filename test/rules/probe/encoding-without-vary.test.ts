import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/encoding-without-vary';
const BODY = 'hello hello hello hello';
const GZ = gzipSync(BODY).toString('latin1');
const plain = (extra: string[] = []) => wire('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain; charset=utf-8', ...extra], BODY);
const gzipped = (extra: string[] = []) => wire('HTTP/1.1 200 OK', [DATE, 'Content-Type: text/plain; charset=utf-8', 'Content-Encoding: gzip', ...extra], GZ);
const probe = (coding: string, response: string) => ({ requestHeaders: [['Accept-Encoding', coding]] as Array<[string, string]>, probe: { name: 'encoding', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'gzip for gzip, identity otherwise, and the identity response has no Vary',
      input: () => probedExchanges({ response: plain() }, probe('gzip', gzipped(['Vary: Accept-Encoding'])), probe('br', plain())),
      index: 1,
      count: 1,
      severity: 'warning',
      message: 'the server sends gzip to Accept-Encoding: gzip and identity otherwise, but the identity response has no Vary: Accept-Encoding',
      evidence: 'identity response: status line "HTTP/1.1 200 OK" at byte 0; no Vary: Accept-Encoding among 3 header lines',
    },
    {
      name: 'an explicit identity probe without Vary',
      input: () => probedExchanges({ requestHeaders: [['Accept-Encoding', 'gzip']], response: gzipped(['Vary: Accept-Encoding']) }, probe('identity', plain(['Vary: Origin'])), probe('gzip', gzipped(['Vary: Accept-Encoding']))),
      index: 2,
      count: 1,
    },
  ],
  quiet: [
    { name: 'Vary: Accept-Encoding on the identity response too', input: () => probedExchanges({ response: plain(['Vary: Accept-Encoding']) }, probe('gzip', gzipped(['Vary: Accept-Encoding']))), index: 1 },
    { name: 'never compressed: nothing varies', input: () => probedExchanges({ response: plain() }, probe('gzip', plain()), probe('br', plain())), index: 1 },
    { name: 'judged once: not on the second coded probe', input: () => probedExchanges({ response: plain() }, probe('gzip', gzipped()), probe('br', gzipped())), index: 2 },
  ],
});
