import { ruleTable } from '../../helpers/ruleTable';

const ID = 'headers/large-field-value';
const csp = `script-src ${"'sha256-x' ".repeat(817)}`.trim();
const withField = (name: string, value: string) => `HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n${name}: ${value}\r\nContent-Length: 2\r\n\r\nhi`;

ruleTable(ID, {
  fires: [
    {
      name: 'a 9000-byte Content-Security-Policy',
      input: { response: withField('Content-Security-Policy', csp) },
      count: 1,
      severity: 'warning',
      message: `Content-Security-Policy has a ${csp.length}-byte value (8.8 KiB), more than the 8.0 KiB many proxies accept per field`,
      evidence: "Content-Security-Policy: script-src 'sha256-x' 'sha256-x' 's… (9022 bytes) at byte 58",
      location: { part: 'header', offset: 58, header: 'Content-Security-Policy' },
    },
    { name: 'a large cookie, one finding per large line', input: { response: withField('Set-Cookie', `s=${'a'.repeat(9000)}\r\nSet-Cookie: t=${'b'.repeat(9000)}`) }, count: 2, message: 'Set-Cookie has a 9002-byte value' },
  ],
  quiet: [
    { name: 'a value of exactly 8 KiB', input: { response: withField('X-Trace', 'a'.repeat(8192)) } },
    { name: 'many ordinary fields', input: { response: withField('Link', '</a.css>; rel=preload; as=style, </b.js>; rel=preload; as=script') } },
  ],
});
