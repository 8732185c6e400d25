import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

const CSP = "Content-Security-Policy: default-src 'self'; script-src 'self' https:";

ruleTable('security/csp-permissive-source', {
  fires: [
    {
      name: 'script-src https: (any https host)',
      input: res([CSP]),
      count: 1,
      severity: 'warning',
      message: 'Content-Security-Policy script-src allows scripts from any host (https:)',
      evidence: `script-src 'self' https: in ${CSP} at byte 17`,
      location: { part: 'header', offset: 17, header: 'Content-Security-Policy' },
    },
    { name: 'default-src * governs scripts and plugins', input: res(['Content-Security-Policy: default-src *']), count: 1, message: 'default-src allows scripts from any host (*)' },
    { name: 'object-src http:', input: res(["Content-Security-Policy: script-src 'self'; object-src http:"]), message: 'object-src allows plugins' },
    { name: 'script-src data:', input: res(["Content-Security-Policy: script-src 'self' data:"]), message: '(data:)' },
  ],
  quiet: [
    { name: "default-src * with strict script-src and object-src 'none'", input: res(["Content-Security-Policy: default-src *; script-src 'self'; object-src 'none'"]) },
    { name: "the strict-dynamic fallback idiom (https: ignored by browsers)", input: res(["Content-Security-Policy: script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'"]) },
    { name: 'named hosts', input: res(["Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.example *.example.com"]) },
    { name: 'img-src * is not judged', input: res(["Content-Security-Policy: default-src 'self'; img-src * data:"]) },
  ],
});
