import { ruleTable } from '../../helpers/ruleTable';

const ID = 'headers/obsolete-field';
const withField = (line: string) => `HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n${line}\r\nContent-Length: 2\r\n\r\nhi`;

ruleTable(ID, {
  fires: [
    {
      name: 'Warning',
      input: { response: withField('Warning: 110 - "Response is Stale"') },
      count: 1,
      severity: 'info',
      message: 'Warning is obsolete: RFC 9111 obsoleted Warning',
      evidence: 'Warning: 110 - "Response is Stale" at byte 58',
      location: { part: 'header', offset: 58, header: 'Warning' },
    },
    { name: 'Content-MD5', input: { response: withField('Content-MD5: Q2hlY2sgSW50ZWdyaXR5IQ==') }, message: 'Repr-Digest' },
    { name: 'P3P', input: { response: withField('P3P: CP="NOI DSP COR"') }, message: 'P3P is obsolete' },
    { name: 'Expect-CT in lower case', input: { response: withField('expect-ct: max-age=86400, enforce') }, message: 'expect-ct is obsolete' },
  ],
  quiet: [
    { name: 'current fields', input: { response: withField('Strict-Transport-Security: max-age=31536000') } },
    { name: 'Pragma: no-cache (not worth a note)', input: { response: withField('Pragma: no-cache') } },
    { name: 'a field whose name merely contains Warning', input: { response: withField('X-Api-Warning: deprecated') } },
  ],
});
