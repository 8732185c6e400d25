import { ruleTable } from '../../helpers/ruleTable';

const ID = 'headers/invalid-accept-post';
const withField = (line: string) => `HTTP/1.1 204 No Content\r\n${line}\r\n\r\n`;

ruleTable(ID, {
  fires: [
    {
      name: 'a list separated by semicolons',
      input: { response: withField('Accept-Post: text/turtle; application/ld+json') },
      count: 1,
      severity: 'error',
      message: 'Accept-Post: "text/turtle; application/ld+json" is not a media type: parameter "application/ld+json" has no "="',
      evidence: 'Accept-Post: text/turtle; application/ld+json at byte 25',
      location: { part: 'header', offset: 25, header: 'Accept-Post' },
    },
    { name: 'an unterminated quoted parameter', input: { response: withField('Accept-Post: text/turtle;profile="a') }, message: 'not terminated' },
  ],
  quiet: [
    { name: 'media ranges with a wildcard', input: { response: withField('Accept-Post: text/turtle, application/ld+json, image/*') } },
    { name: 'an empty value (#media-range allows none)', input: { response: withField('Accept-Post: ') } },
  ],
});
