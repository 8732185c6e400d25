import { httpDate, response, type Scenario } from '../scenario';

const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];
const BODY = '{"id":1,"name":"widget"}';

export const headersScenarios: Scenario[] = [
  {
    name: 'missing-date',
    description: 'a 200 without a Date header',
    expect: ['headers/missing-date'],
    respond: () => [response(200, [['Cache-Control', 'no-store'], JSON_TYPE], BODY, { baseline: false })],
  },
  {
    name: 'invalid-date',
    description: 'Date as an ISO 8601 timestamp',
    expect: ['headers/invalid-date'],
    respond: () => [response(200, [['Date', new Date().toISOString()], JSON_TYPE], BODY)],
  },
  {
    name: 'invalid-date-obsolete',
    description: 'Date in the obsolete asctime format (warning)',
    expect: ['headers/invalid-date'],
    respond: () => [response(200, [['Date', asctime(new Date())], JSON_TYPE], BODY)],
  },
  {
    name: 'duplicate-singleton',
    description: 'the Server header sent twice (by the app and by a proxy)',
    expect: ['headers/duplicate-singleton'],
    respond: () => [response(200, [['Server', 'gunicorn'], JSON_TYPE, ['Server', 'nginx/1.25.3']], BODY)],
  },
  {
    name: 'invalid-location',
    description: 'a 302 whose Location contains a raw space',
    expect: ['headers/invalid-location'],
    respond: () => [response(302, [['Location', '/search results?q=a b'], ['Content-Length', '0']])],
  },
  {
    name: 'relative-location-ok',
    description: 'a 302 to a relative reference with query, percent-encoding and fragment',
    expect: [],
    respond: () => [response(302, [['Location', '../login?next=%2Fhome&lang=fr#form'], ['Content-Length', '0']])],
  },
  {
    name: 'server-error-without-date-ok',
    description: 'a 500 without Date (Date is optional in 5xx)',
    expect: [],
    respond: () => [response(500, [['Cache-Control', 'no-store'], JSON_TYPE], '{"message":"internal error"}', { baseline: false })],
  },
  {
    name: 'dates-with-commas-ok',
    description: 'Date, Last-Modified and a comma-bearing Server comment: commas inside values are not lists',
    expect: [],
    respond: () => {
      const now = httpDate();
      return [response(200, [['Date', now], ['Last-Modified', now], ['Server', 'Apache/2.4.58 (Unix, OpenSSL/3.0)'], JSON_TYPE], BODY)];
    },
  },
  {
    name: 'large-field-value',
    description: 'a 9000-byte debug header (nginx as a proxy refuses heads over its 4–8 KiB buffer)',
    expect: ['headers/large-field-value'],
    respond: () => [response(200, [JSON_TYPE, ['X-Debug-Trace', 'a1b2c3d4'.repeat(1125)]], BODY)],
  },
  {
    name: 'large-header-section',
    description: 'six 6000-byte headers: a 36 KiB head',
    expect: ['headers/large-header-section'],
    respond: () => [response(200, [JSON_TYPE, ...Array.from({ length: 6 }, (_, i): [string, string] => [`X-Padding-${i}`, 'p'.repeat(6000)])], BODY)],
  },
  {
    name: 'non-ascii-value',
    description: 'a header value with raw UTF-8 bytes ("Grüße")',
    expect: ['headers/non-ascii-value'],
    respond: () => [response(200, [JSON_TYPE, ['X-Greeting', 'Gr\xc3\xbc\xc3\x9fe']], BODY)],
  },
  {
    name: 'obsolete-field',
    description: 'a response still sending P3P',
    expect: ['headers/obsolete-field'],
    respond: () => [response(200, [JSON_TYPE, ['P3P', 'CP="NOI DSP COR NID"']], BODY)],
  },
  {
    name: 'invalid-accept-patch',
    description: 'Accept-Patch naming a format by a bare word',
    expect: ['headers/invalid-accept-patch'],
    respond: () => [response(200, [JSON_TYPE, ['Accept-Patch', 'json-patch']], BODY)],
  },
  {
    name: 'invalid-accept-post',
    description: 'Accept-Post separating media types with ";"',
    expect: ['headers/invalid-accept-post'],
    respond: () => [response(200, [JSON_TYPE, ['Accept-Post', 'text/turtle; application/ld+json']], BODY)],
  },
  {
    name: 'accept-patch-post-ok',
    description: 'Accept-Patch and Accept-Post listing media types (with a wildcard range in Accept-Post)',
    expect: [],
    respond: () => [response(200, [JSON_TYPE, ['Accept-Patch', 'application/json-patch+json, application/merge-patch+json'], ['Accept-Post', 'application/ld+json, text/turtle, image/*']], BODY)],
  },
];

// "Sun Nov  6 08:49:37 1994"
function asctime(date: Date): string {
  const [day, , month, , time] = date.toUTCString().split(' ');
  const dom = String(date.getUTCDate()).padStart(2, ' ');
  return `${day!.slice(0, 3)} ${month} ${dom} ${time} ${date.getUTCFullYear()}`;
}
