import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/unknown-disposition-type';
const cd = (value: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Disposition: ${value}\r\nContent-Length: 2\r\n\r\nhi`;

ruleTable(ID, {
  fires: [
    {
      name: 'a misspelled attachment',
      input: { response: cd('attachement; filename="a.pdf"') },
      count: 1,
      severity: 'info',
      message: 'disposition type "attachement" is neither inline nor attachment: browsers treat it as attachment',
      evidence: 'Content-Disposition: attachement; filename="a.pdf" at byte 48',
      location: { part: 'header', offset: 48, header: 'Content-Disposition' },
    },
    { name: 'form-data in a response', input: { response: cd('form-data; name="file"; filename="a.pdf"') }, message: 'form-data belongs to multipart/form-data bodies' },
  ],
  quiet: [
    { name: 'attachment in any case', input: { response: cd('ATTACHMENT; filename="a.pdf"') } },
    { name: 'inline', input: { response: cd('inline') } },
    { name: 'a value that does not parse (invalid-content-disposition reports it)', input: { response: cd('download filename=a') } },
  ],
});
