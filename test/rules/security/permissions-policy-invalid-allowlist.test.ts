import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/permissions-policy-invalid-allowlist', {
  fires: [
    {
      name: 'none as a token',
      input: res(['Permissions-Policy: geolocation=none']),
      count: 1,
      severity: 'warning',
      message: 'Permissions-Policy geolocation: the token none is not an allowlist member (write () for "no origin"); browsers skip it',
      evidence: 'Permissions-Policy: geolocation=none at byte 17',
      location: { part: 'header', offset: 17, header: 'Permissions-Policy' },
    },
    { name: '"self" as a string', input: res(['Permissions-Policy: camera=("self")']), message: 'write the token self without quotes' },
    { name: 'a bare host string', input: res(['Permissions-Policy: camera=(self "maps.example")']), message: '"maps.example" is not an origin' },
    { name: 'src in a header', input: res(['Permissions-Policy: fullscreen=(src)']), message: 'iframe allow attribute' },
  ],
  quiet: [
    { name: 'the empty allowlist, self, * and origins', input: res(['Permissions-Policy: camera=(), geolocation=(self "https://maps.example"), fullscreen=*, payment=self']) },
    { name: 'a subdomain wildcard origin', input: res(['Permissions-Policy: camera=("https://*.example.com")']) },
  ],
});
