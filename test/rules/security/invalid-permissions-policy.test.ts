import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/invalid-permissions-policy', {
  fires: [
    {
      name: 'Feature-Policy syntax',
      input: res(["Permissions-Policy: camera 'none'; geolocation 'self'"]),
      severity: 'error',
      message: `Permissions-Policy does not parse as a dictionary: expected "," between dictionary members, found "'" at character 7 (this looks like Feature-Policy syntax); browsers ignore the whole header`,
      evidence: "Permissions-Policy: camera 'none'; geolocation 'self' at byte 17",
      location: { part: 'header', offset: 17, header: 'Permissions-Policy' },
    },
    { name: 'an uppercase feature name', input: res(['Permissions-Policy: Camera=()']), message: 'lowercase' },
    { name: 'a trailing comma', input: res(['Permissions-Policy: camera=(),']), message: 'trailing' },
  ],
  quiet: [
    { name: 'a valid policy', input: res(['Permissions-Policy: camera=(), microphone=(), geolocation=(self "https://maps.example"), fullscreen=*']) },
    { name: 'split over two lines', input: res(['Permissions-Policy: camera=()', 'Permissions-Policy: geolocation=(self)']) },
    { name: 'unknown tokens are other rules', input: res(['Permissions-Policy: geolocation=none']) },
  ],
});
