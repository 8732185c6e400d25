import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/permissions-policy-unknown-feature', {
  fires: [
    {
      name: 'a misspelled feature',
      input: res(['Permissions-Policy: geolocaton=(), camera=()']),
      severity: 'info',
      message: 'Permissions-Policy names a feature browsers do not know: geolocaton (ignored)',
      evidence: 'Permissions-Policy: geolocaton=(), camera=() at byte 17',
      location: { part: 'header', offset: 17, header: 'Permissions-Policy' },
    },
    { name: 'the retired interest-cohort', input: res(['Permissions-Policy: interest-cohort=()']), message: 'interest-cohort' },
  ],
  quiet: [
    { name: 'known features', input: res(['Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()']) },
    { name: 'client hint features', input: res(['Permissions-Policy: ch-ua-model=(self), ch-dpr=*']) },
    { name: 'a header that does not parse (another rule)', input: res(["Permissions-Policy: foo 'none'"]) },
  ],
});
