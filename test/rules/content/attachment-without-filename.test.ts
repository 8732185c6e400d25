import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/attachment-without-filename';
const cd = (value: string) => `HTTP/1.1 200 OK\r\nContent-Type: text/csv; charset=utf-8\r\nContent-Disposition: ${value}\r\nContent-Length: 4\r\n\r\na,b\n`;

ruleTable(ID, {
  fires: [
    {
      name: 'a bare attachment',
      input: { response: cd('attachment') },
      count: 1,
      severity: 'info',
      message: 'attachment without filename or filename*: the saved file is named after the URL',
      evidence: 'Content-Disposition: attachment at byte 56',
      location: { part: 'header', offset: 56, header: 'Content-Disposition' },
    },
    { name: 'attachment with another parameter only', input: { response: cd('Attachment; size=4') } },
  ],
  quiet: [
    { name: 'attachment with filename', input: { response: cd('attachment; filename="export.csv"') } },
    { name: 'attachment with filename* only', input: { response: cd("attachment; filename*=UTF-8''export.csv") } },
    { name: 'inline without a name', input: { response: cd('inline') } },
  ],
});
