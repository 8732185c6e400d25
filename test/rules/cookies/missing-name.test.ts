import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/missing-name', {
  fires: [
    {
      name: '"=abc": empty name',
      input: cookies(['=abc; Path=/']),
      severity: 'warning',
      message: 'Set-Cookie "=abc" has an empty name',
      evidence: 'Set-Cookie: =abc; Path=/ at byte 17: "=abc" at byte 29',
    },
    { name: '"abc" without "="', input: cookies(['abc; Path=/']), message: 'has no "=": browsers store a nameless cookie with value "abc"' },
    { name: 'neither name nor value (error)', input: cookies(['=; Path=/']), severity: 'error', message: 'neither a name nor a value' },
  ],
  quiet: [
    { name: 'a name with an empty value (a deletion)', input: cookies(['sid=; Max-Age=0']) },
    { name: 'a normal cookie', input: cookies(['theme=dark']) },
  ],
});
