import { ruleTable } from '../../helpers/ruleTable';

const ID = 'content/invalid-media-type-name';
const typed = (type: string) => `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: 2\r\n\r\nhi`;

ruleTable(ID, {
  fires: [
    {
      name: 'a media range */*',
      input: { response: typed('*/*') },
      count: 1,
      severity: 'warning',
      message: 'Content-Type "*/*": "*/*" is a media range (it has "*"), which belongs in Accept, not a media type',
      evidence: 'Content-Type: */* at byte 17',
      location: { part: 'header', offset: 17, header: 'Content-Type' },
    },
    { name: 'a subtype wildcard text/*', input: { response: typed('text/*; charset=utf-8') }, message: '"text/*" is a media range' },
    { name: 'a character RFC 6838 does not allow', input: { response: typed("application/json'") }, message: 'the subtype name "json\'" contains "\'"' },
    { name: 'a name that does not start with a letter or digit', input: { response: typed('application/.hidden') }, message: 'starts with "."' },
    { name: 'a subtype longer than 127 characters', input: { response: typed(`application/${'x'.repeat(128)}`) }, message: '128 characters long' },
  ],
  quiet: [
    { name: 'registered types', input: { response: typed('text/html; charset=utf-8') } },
    { name: 'unregistered but well-formed names', input: { response: typed('application/x-acme-report') } },
    { name: 'vendor tree with suffix and dots', input: { response: typed('application/vnd.api+json') } },
    { name: 'x-c++src with plus signs', input: { response: typed('text/x-c++src; charset=utf-8') } },
    { name: 'syntax errors are invalid-content-type\'s (not this rule)', input: { response: typed('application/json; charset') } },
  ],
});
