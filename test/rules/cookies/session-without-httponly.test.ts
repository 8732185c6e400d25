import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/session-without-httponly', {
  fires: [
    {
      name: 'PHPSESSID without HttpOnly',
      input: cookies(['PHPSESSID=abc; path=/']),
      severity: 'info',
      message: 'cookie "PHPSESSID" looks like a session identifier but lacks HttpOnly',
      evidence: 'Set-Cookie: PHPSESSID=abc; path=/ at byte 17',
    },
    { name: 'JSESSIONID', input: cookies(['JSESSIONID=1; Path=/; Secure']) },
    { name: 'connect.sid', input: cookies(['connect.sid=s%3A1; Path=/']) },
    { name: 'a Rails-style *_session', input: cookies(['_myapp_session=1; path=/']) },
    { name: '__Host-session', input: cookies(['__Host-session=1; Secure; Path=/']) },
  ],
  quiet: [
    { name: 'csrftoken (must be readable by scripts)', input: cookies(['csrftoken=abc; Path=/; SameSite=Lax']) },
    { name: 'XSRF-TOKEN', input: cookies(['XSRF-TOKEN=abc; Path=/']) },
    { name: 'Express session cookie with HttpOnly', input: cookies(['connect.sid=s%3Aabc; Path=/; HttpOnly; Secure; SameSite=Lax']) },
    { name: 'a logout deletion without HttpOnly', input: cookies(['sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/']) },
    { name: 'names that only contain "session"', input: cookies(['session_tracking_consent=yes', 'sessions_seen=3']) },
  ],
});
