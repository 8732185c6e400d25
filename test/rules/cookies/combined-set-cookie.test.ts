import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/combined-set-cookie', {
  fires: [
    {
      name: 'two cookies folded with ", "',
      input: cookies(['theme=dark; Path=/, lang=en; Path=/']),
      severity: 'error',
      message: 'this Set-Cookie holds cookie "theme" and, after ", ", "lang": browsers read one cookie and lose the other',
      evidence: 'Set-Cookie: theme=dark; Path=/, lang=en; Path=/ at byte 17: ", lang=en; Path=/" at byte 47',
      location: { part: 'header', offset: 47, header: 'Set-Cookie' },
    },
    { name: 'folded after an Expires date', input: cookies(['a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=2; Path=/']), message: '"b"' },
    { name: 'three cookies', input: cookies(['a=1, b=2, c=3']), message: '"b", "c"' },
  ],
  quiet: [
    { name: 'an Expires date with its comma', input: cookies(['a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/']) },
    { name: 'a comma list without spaces in a value', input: cookies(['ids=1,2,3']) },
    { name: 'a quoted value with ", x="', input: cookies(['a="x, y=z"; Path=/']) },
    { name: 'separate fields', input: cookies(['a=1; Path=/', 'b=2; Path=/']) },
  ],
});
