import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';
import { DATE, probedExchanges, wire } from '../../helpers/probeExchanges';

const ID = 'probe/encoding-not-requested';
const BODY = 'hello hello hello';
const plain = wire('HTTP/1.1 200 OK', [DATE, 'Vary: Accept-Encoding'], BODY);
const coded = (coding: string) => wire('HTTP/1.1 200 OK', [DATE, 'Vary: Accept-Encoding', `Content-Encoding: ${coding}`], gzipSync(BODY).toString('latin1'));
const asked = (coding: string, response: string) => probedExchanges({ response: plain }, { requestHeaders: [['Accept-Encoding', coding]], probe: { name: 'encoding', of: 0 }, response });

ruleTable(ID, {
  fires: [
    {
      name: 'gzip to Accept-Encoding: identity',
      input: () => asked('identity', coded('gzip')),
      severity: 'error',
      message: 'the request said Accept-Encoding: identity, but the response is coded gzip',
      evidence: 'sent "Accept-Encoding: identity"; got Content-Encoding: gzip at byte 77',
      location: { part: 'header', offset: 77, header: 'Content-Encoding' },
    },
    { name: 'gzip to Accept-Encoding: br', input: () => asked('br', coded('gzip')), count: 1 },
  ],
  quiet: [
    { name: 'gzip to Accept-Encoding: gzip', input: () => asked('gzip', coded('gzip')) },
    { name: 'x-gzip to Accept-Encoding: gzip', input: () => asked('gzip', coded('x-gzip')) },
    { name: 'identity to Accept-Encoding: zstd (always acceptable)', input: () => asked('zstd', plain) },
    { name: 'the user\'s own request is not judged (no Accept-Encoding means any coding)', input: { response: coded('gzip') } },
  ],
});
