import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

const CSP = "Content-Security-Policy: default-src 'self'; report-uri /csp";

ruleTable('security/csp-report-uri-only', {
  fires: [
    {
      name: 'report-uri alone',
      input: res([CSP]),
      severity: 'info',
      message: 'Content-Security-Policy reports with report-uri only; add report-to (report-uri is deprecated)',
      evidence: `report-uri /csp in ${CSP} at byte 17`,
      location: { part: 'header', offset: 17, header: 'Content-Security-Policy' },
    },
    { name: 'in a report-only policy', input: res(["Content-Security-Policy-Report-Only: default-src 'self'; report-uri https://r.example/csp"]), message: 'Content-Security-Policy-Report-Only' },
  ],
  quiet: [
    { name: 'report-uri beside report-to', input: res(["Content-Security-Policy: default-src 'self'; report-uri /csp; report-to csp", 'Reporting-Endpoints: csp="/csp"']) },
    { name: 'no reporting', input: res(["Content-Security-Policy: default-src 'self'"]) },
  ],
});
