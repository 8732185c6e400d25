import { exchangesFromRaw } from '../../../src/input/raw';
import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

const HSTS = 'Strict-Transport-Security: max-age=31536000; includeSubDomains';

ruleTable('security/hsts-over-http', {
  fires: [
    {
      name: 'HSTS on a plain http response',
      input: res([HSTS], { url: 'http://127.0.0.1:8080/' }),
      severity: 'info',
      message: 'Strict-Transport-Security received over plain http: browsers ignore it (fine if a TLS proxy in front serves it over https)',
      evidence: `${HSTS} at byte 17 (received over plain http)`,
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    { name: 'even when the value is invalid', input: res(['Strict-Transport-Security: max-age=abc'], { url: 'http://127.0.0.1:8080/' }) },
  ],
  quiet: [
    { name: 'HSTS over https', input: res([HSTS]) },
    { name: 'no HSTS over http', input: res(['Cache-Control: no-store'], { url: 'http://127.0.0.1:8080/' }) },
    { name: 'a raw file whose scheme is unknown (not evaluated)', input: () => exchangesFromRaw(Buffer.from(`HTTP/1.1 200 OK\r\n${HSTS}\r\nContent-Length: 0\r\n\r\n`)).exchanges },
  ],
});
