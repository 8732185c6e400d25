import { ruleTable } from '../../helpers/ruleTable';

const ID = 'headers/invalid-accept-patch';
const withField = (line: string) => `HTTP/1.1 204 No Content\r\n${line}\r\n\r\n`;

ruleTable(ID, {
  fires: [
    {
      name: 'a bare word',
      input: { response: withField('Accept-Patch: json-patch') },
      count: 1,
      severity: 'error',
      message: 'Accept-Patch: "json-patch" is not a media type: "json-patch" has no "/" between type and subtype',
      evidence: 'Accept-Patch: json-patch at byte 25',
      location: { part: 'header', offset: 25, header: 'Accept-Patch' },
    },
    { name: 'a parameter without a value', input: { response: withField('Accept-Patch: application/merge-patch+json; charset') }, message: 'parameter "charset" has no "="' },
    { name: 'an empty list', input: { response: withField('Accept-Patch: ,') }, message: 'the list is empty' },
  ],
  quiet: [
    { name: 'two patch formats', input: { response: withField('Accept-Patch: application/json-patch+json, application/merge-patch+json') } },
    { name: 'a parameter and an empty list element', input: { response: withField('Accept-Patch: text/example;charset=utf-8, ,application/example') } },
  ],
});
