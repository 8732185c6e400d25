import { ruleTable } from '../../helpers/ruleTable';
import { HTTPS, cookies } from './_response';

ruleTable('cookies/invalid-prefix', {
  fires: [
    { name: '__Secure- without Secure', input: cookies(['__Secure-id=1; Path=/'], { url: HTTPS }), severity: 'error', message: 'cookie "__Secure-id" has the __Secure- prefix but it lacks Secure' },
    {
      name: '__Host- with a Domain (evidence at Domain)',
      input: cookies(['__Host-sid=1; Secure; Path=/; Domain=app.example.com'], { url: HTTPS }),
      message: 'has the __Host- prefix but it has Domain=app.example.com',
      evidence: 'Set-Cookie: __Host-sid=1; Secure; Path=/; Domain=app.example.com at byte 17: "Domain=app.example.com" at byte 59',
    },
    { name: '__Host- without Path', input: cookies(['__Host-sid=1; Secure'], { url: HTTPS }), message: 'it has no Path=/' },
    {
      name: '__Host- with Path=/app (evidence at Path)',
      input: cookies(['__Host-sid=1; Secure; Path=/app'], { url: HTTPS }),
      message: 'its path is "/app", not "/"',
      evidence: /: "Path=\/app" at byte 51$/,
    },
    { name: 'prefix matched case-insensitively', input: cookies(['__HOST-sid=1; Path=/'], { url: HTTPS }), message: 'lacks Secure' },
    { name: 'nameless cookie whose value looks prefixed', input: cookies(['=__Secure-x=1; Secure'], { url: HTTPS }), message: 'a nameless cookie whose value starts with the prefix "__Secure-"' },
  ],
  quiet: [
    { name: '__Host- done right', input: cookies(['__Host-sid=1; Secure; Path=/; HttpOnly; SameSite=Lax'], { url: HTTPS }) },
    { name: '__Secure- with a Domain', input: cookies(['__Secure-id=1; Domain=example.com; Secure'], { url: HTTPS }) },
    { name: 'a name merely containing Host-', input: cookies(['my__Host-x=1; Path=/']) },
  ],
});
