import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

const CSP = "Content-Security-Policy: script-src 'self' 'unsafe-eval'";

ruleTable('security/csp-unsafe-eval', {
  fires: [
    {
      name: "script-src 'unsafe-eval'",
      input: res([CSP]),
      severity: 'info',
      message: "Content-Security-Policy script-src allows 'unsafe-eval': strings reaching eval() or new Function() run as script",
      evidence: `script-src 'self' 'unsafe-eval' in ${CSP} at byte 17`,
      location: { part: 'header', offset: 17, header: 'Content-Security-Policy' },
    },
    { name: 'default-src fallback', input: res(["Content-Security-Policy: default-src 'self' 'unsafe-eval'"]), message: 'default-src' },
  ],
  quiet: [
    { name: "'wasm-unsafe-eval'", input: res(["Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'"]) },
    { name: "default-src 'unsafe-eval' overridden by script-src", input: res(["Content-Security-Policy: default-src 'unsafe-eval'; script-src 'self'"]) },
  ],
});
