import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

const CSP = "Content-Security-Policy: script-src 'self'; img-src *; script-src https://cdn.example";

ruleTable('security/csp-duplicate-directive', {
  fires: [
    {
      name: 'script-src twice in one policy',
      input: res([CSP]),
      count: 1,
      severity: 'warning',
      message: 'Content-Security-Policy repeats script-src; browsers ignore the second one ("script-src https://cdn.example")',
      evidence: `script-src https://cdn.example in ${CSP} at byte 17`,
      location: { part: 'header', offset: 17, header: 'Content-Security-Policy' },
    },
    { name: 'in another case', input: res(["Content-Security-Policy: default-src 'self'; DEFAULT-SRC 'none'"]), message: 'repeats default-src' },
  ],
  quiet: [
    { name: 'two policies on two lines', input: res(["Content-Security-Policy: script-src 'self'", "Content-Security-Policy: script-src 'self' https://cdn.example"]) },
    { name: 'two comma-separated policies', input: res(["Content-Security-Policy: script-src 'self', script-src https://cdn.example"]) },
    { name: 'each directive once', input: res(["Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'"]) },
  ],
});
