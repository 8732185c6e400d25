import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/unsafe-filename';
const cd = (value: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Disposition: ${value}\r\nContent-Length: 2\r\n\r\nhi`;

ruleTable(ID, {
  fires: [
    {
      name: 'a directory in filename',
      input: { response: cd('attachment; filename="../reports/2024.pdf"') },
      count: 1,
      severity: 'warning',
      message: 'filename "../reports/2024.pdf" holds the path character "/": clients save it under different names',
      evidence: 'Content-Disposition: attachment; filename="../reports/2024.pdf" at byte 48',
      location: { part: 'header', offset: 48, header: 'Content-Disposition' },
    },
    { name: 'a Windows path', input: { response: cd('attachment; filename="C:\\\\temp\\\\a.pdf"') }, message: 'the path character "\\"' },
    { name: 'a percent-escape in plain filename', input: { response: cd('attachment; filename="annual%20report.pdf"') }, message: 'the percent-escape "%20"' },
    { name: 'a slash decoded from filename*', input: { response: cd("attachment; filename*=UTF-8''a%2Fb.pdf") }, message: 'filename* "a/b.pdf" holds the path character "/"' },
  ],
  quiet: [
    { name: 'the RFC 6266 idiom: ASCII filename plus UTF-8 filename*', input: { response: cd(`attachment; filename="report.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`) } },
    { name: 'a percent sign that is not an escape', input: { response: cd('attachment; filename="100% done.pdf"') } },
    { name: 'spaces and dots in a quoted name', input: { response: cd('inline; filename="Q3 report v1.2.pdf"') } },
  ],
});
