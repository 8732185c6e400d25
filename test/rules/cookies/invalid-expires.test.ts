import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/invalid-expires', {
  fires: [
    {
      name: 'ISO 8601 date without a time',
      input: cookies(['pref=1; Expires=2027-01-01']),
      severity: 'warning',
      message: 'cookie "pref" has Expires "2027-01-01", which is not a date (browsers find no time (hh:mm:ss), no month name in it); browsers ignore it and keep a session cookie',
      evidence: 'Set-Cookie: pref=1; Expires=2027-01-01 at byte 17: "Expires=2027-01-01" at byte 37',
    },
    { name: 'a number', input: cookies(['pref=1; Expires=0']), message: 'Expires "0"' },
    { name: 'year before 1601', input: cookies(['pref=1; Expires=Mon, 01 Jan 1600 00:00:00 GMT']), message: 'year 1600 is before 1601' },
    { name: 'info when a valid Max-Age wins', input: cookies(['pref=1; Expires=soon; Max-Age=60']), severity: 'info' },
  ],
  quiet: [
    { name: 'IMF-fixdate', input: cookies(['pref=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT']) },
    { name: 'Netscape form with dashes (PHP, old Django)', input: cookies(['PHPSESSID=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0; path=/']) },
    { name: 'two-digit year, browsers read it', input: cookies(['pref=1; Expires=Wednesday, 21-Oct-26 07:28:00 GMT']) },
  ],
});
