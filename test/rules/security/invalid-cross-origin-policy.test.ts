import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/invalid-cross-origin-policy', {
  fires: [
    {
      name: 'an unknown COOP token',
      input: res(['Cross-Origin-Opener-Policy: same-site']),
      severity: 'error',
      message: 'Cross-Origin-Opener-Policy "same-site" is not one of same-origin, same-origin-allow-popups, noopener-allow-popups, unsafe-none; browsers ignore it',
      evidence: 'Cross-Origin-Opener-Policy: same-site at byte 17',
      location: { part: 'header', offset: 17, header: 'Cross-Origin-Opener-Policy' },
    },
    { name: 'COEP in the wrong case (tokens are case-sensitive)', input: res(['Cross-Origin-Embedder-Policy: Require-Corp']), message: '"Require-Corp"' },
    { name: 'COEP as a string', input: res(['Cross-Origin-Embedder-Policy: "require-corp"']), message: 'Cross-Origin-Embedder-Policy' },
    { name: 'an unknown CORP value', input: res(['Cross-Origin-Resource-Policy: same-site-only']), message: 'Cross-Origin-Resource-Policy "same-site-only"' },
    { name: 'CORP on two lines', input: res(['Cross-Origin-Resource-Policy: same-origin', 'Cross-Origin-Resource-Policy: same-site']), message: '"same-origin, same-site"' },
    { name: 'CORP in upper case', input: res(['Cross-Origin-Resource-Policy: Same-Origin']) },
  ],
  quiet: [
    { name: 'the cross-origin isolation idiom', input: res(['Cross-Origin-Opener-Policy: same-origin', 'Cross-Origin-Embedder-Policy: require-corp', 'Cross-Origin-Resource-Policy: same-origin']) },
    { name: 'COOP with a report-to parameter', input: res(['Cross-Origin-Opener-Policy: same-origin-allow-popups; report-to="coop"']) },
    { name: 'COEP credentialless', input: res(['Cross-Origin-Embedder-Policy: credentialless']) },
    { name: 'a COOP that does not parse (headers/invalid-structured-field)', input: res(["Cross-Origin-Opener-Policy: 'same-origin'"]) },
  ],
});
