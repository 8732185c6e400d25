import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/invalid-characters', {
  fires: [
    {
      name: 'raw JSON in the value',
      input: cookies(['prefs={"a":1,"b":2}; Path=/']),
      severity: 'warning',
      message: 'cookie "prefs": the value contains a double quote, which is not a cookie-octet',
      evidence: 'Set-Cookie: prefs={"a":1,"b":2}; Path=/ at byte 17: "prefs={"a":1,"b":2}" at byte 29',
    },
    { name: 'a space in the value', input: cookies(['msg=hello world']), message: 'a space' },
    { name: 'a name that is not a token', input: cookies(['user(id)=1']), message: 'the name contains "("' },
    { name: 'a control character (error)', input: cookies(['a=b\x01c']), severity: 'error', message: 'control character 0x01' },
  ],
  quiet: [
    { name: 'a quoted value', input: cookies(['a="quoted"']) },
    { name: 'Base64 with padding and percent-encoding', input: cookies(['t=YWJj+/9=; u=%7B%22a%22%7D']) },
    { name: 'ASP.NET Core name with dots', input: cookies(['.AspNetCore.Session=CfDJ8; path=/; samesite=lax; httponly']) },
  ],
});
