import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/invalid-content-disposition';
const cd = (value: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Disposition: ${value}\r\nContent-Length: 2\r\n\r\nhi`;

ruleTable(ID, {
  fires: [
    {
      name: 'an unquoted file name with spaces (warning: browsers read up to ";")',
      input: { response: cd('attachment; filename=annual report.pdf') },
      count: 1,
      severity: 'warning',
      message: 'Content-Disposition does not parse: the value of parameter "filename" is neither a token nor a quoted string',
      evidence: 'Content-Disposition: attachment; filename=annual report.pdf at byte 48',
      location: { part: 'header', offset: 48, header: 'Content-Disposition' },
    },
    { name: 'an unquoted value followed by another error is an error', input: { response: cd('attachment; filename=annual report.pdf; size') }, severity: 'error', message: 'neither a token nor a quoted string' },
    { name: 'a repeated parameter', severity: 'error', input: { response: cd('attachment; filename="a.pdf"; filename="b.pdf"') }, message: '"filename" is repeated' },
    { name: 'a missing type', input: { response: cd('filename="a.pdf"') }, message: 'expected ";"' },
    { name: 'a quoted filename*', input: { response: cd(`attachment; filename*="UTF-8''a.pdf"`) }, message: 'filename* is not a valid RFC 8187 ext-value: it is a quoted string' },
    { name: 'filename* with raw non-ASCII', input: { response: cd("attachment; filename*=UTF-8''r\xc3\xa9sum\xc3\xa9.pdf") }, message: 'byte 0xc3 at position 8 must be percent-encoded' },
    { name: 'filename* whose bytes are not UTF-8', input: { response: cd("attachment; filename*=UTF-8''r%E9sum%E9.pdf") }, message: 'not valid UTF-8' },
    { name: 'filename* without the charset prefix', input: { response: cd('attachment; filename*=report.pdf') }, message: "charset'language'" },
    { name: 'filename* in ISO-8859-1 (RFC 5987): a warning', input: { response: cd("attachment; filename*=iso-8859-1''r%E9sum%E9.pdf") }, severity: 'warning', message: 'RFC 8187 requires UTF-8' },
  ],
  quiet: [
    { name: 'the RFC 6266 idiom: ASCII filename plus UTF-8 filename*', input: { response: cd(`attachment; filename="report.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`) } },
    { name: 'inline with a token filename', input: { response: cd('inline; filename=report.pdf') } },
    { name: 'whitespace around "=" and a trailing ";"', input: { response: cd('attachment ; filename = "a b.pdf" ;') } },
    { name: 'a bare type', input: { response: cd('inline') } },
    { name: 'filename* with a language tag', input: { response: cd("attachment; filename*=UTF-8'en'report%20final.pdf") } },
  ],
});
