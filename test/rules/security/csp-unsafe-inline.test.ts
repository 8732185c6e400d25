import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

const CSP = "Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-inline'";

ruleTable('security/csp-unsafe-inline', {
  fires: [
    {
      name: "script-src 'unsafe-inline' without a nonce",
      input: res([CSP]),
      count: 1,
      severity: 'warning',
      message: "Content-Security-Policy script-src allows 'unsafe-inline' without a nonce or hash: injected inline scripts run",
      evidence: `script-src 'self' 'unsafe-inline' in ${CSP} at byte 17`,
      location: { part: 'header', offset: 17, header: 'Content-Security-Policy' },
    },
    { name: 'default-src governs scripts when script-src is absent', input: res(["Content-Security-Policy: default-src 'self' 'UNSAFE-INLINE'"]), message: 'default-src allows' },
    { name: 'script-src-attr', input: res(["Content-Security-Policy: script-src 'self'; script-src-attr 'unsafe-inline'"]), message: 'script-src-attr' },
    { name: 'a nonce in another directive does not count', input: res(["Content-Security-Policy: script-src 'unsafe-inline'; style-src 'nonce-abc'"]) },
  ],
  quiet: [
    { name: 'a nonce makes browsers ignore it', input: res(["Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-abc' 'unsafe-inline'"]) },
    { name: 'a hash makes browsers ignore it', input: res(["Content-Security-Policy: script-src 'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8=' 'unsafe-inline'"]) },
    { name: "'strict-dynamic' with a nonce", input: res(["Content-Security-Policy: script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'"]) },
    { name: "style-src 'unsafe-inline' (not judged)", input: res(["Content-Security-Policy: default-src 'self'; style-src 'self' 'unsafe-inline'"]) },
    { name: "default-src 'unsafe-inline' overridden by script-src", input: res(["Content-Security-Policy: default-src 'self' 'unsafe-inline'; script-src 'self'"]) },
    { name: 'report-only policies are not judged', input: res(["Content-Security-Policy-Report-Only: script-src 'unsafe-inline'"]) },
  ],
});
