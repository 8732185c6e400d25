import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-invalid-syntax', {
  fires: [
    {
      name: 'directives separated by commas (a value that is not a token)',
      input: res(['Strict-Transport-Security: max-age=31536000, includeSubDomains']),
      severity: 'error',
      message: 'directive "max-age=31536000, includeSubDomains" has a value that is neither a token nor a quoted string',
      evidence: 'Strict-Transport-Security: max-age=31536000, includeSubDomains at byte 17',
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    { name: '"=" without a value', input: res(['Strict-Transport-Security: max-age=']), message: 'has "=" but no value' },
    { name: 'a directive name that is not a token', input: res(['Strict-Transport-Security: max age=60']), message: '"max age" is not a directive name' },
    { name: 'an unterminated quoted string', input: res(['Strict-Transport-Security: max-age="60']), message: 'neither a token nor a quoted string' },
  ],
  quiet: [
    { name: 'one year, includeSubDomains and preload', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload']) },
    { name: 'trailing and doubled semicolons, spaces around "="', input: res(['Strict-Transport-Security: max-age = 63072000;; includeSubDomains;']) },
    { name: 'a quoted max-age (the grammar allows quoted-string)', input: res(['Strict-Transport-Security: max-age="31536000"']) },
    { name: 'an unknown extension directive with a value', input: res(['Strict-Transport-Security: max-age=31536000; report-uri="https://r.example/hsts"']) },
    { name: 'no HSTS at all', input: res(['Cache-Control: no-store']) },
  ],
});
