import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/invalid-cdn-cache-control';
const cdn = (...values: string[]) => ({ response: `HTTP/1.1 200 OK\r\nCache-Control: max-age=60\r\n${values.map((v) => `CDN-Cache-Control: ${v}\r\n`).join('')}Content-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'whitespace around "="', input: cdn('max-age = 3600'), count: 1, severity: 'error', message: 'CDN-Cache-Control does not parse as a structured dictionary (expected "," between dictionary members, found "=", near "max-age = 3600"); no whitespace is allowed around "=": CDNs ignore the whole field', evidence: 'CDN-Cache-Control: max-age = 3600 at byte 44', location: { part: 'header', offset: 44, header: 'CDN-Cache-Control' } },
    { name: 'whitespace after "="', input: cdn('max-age= 3600'), message: '; no whitespace is allowed around "="' },
    { name: 'an uppercase directive', input: cdn('Max-Age=3600'), message: '; directive names must be lowercase' },
    { name: 'a trailing comma', input: cdn('max-age=3600,'), message: '; a trailing comma is not allowed' },
    { name: 'an unquoted field-name list', input: cdn('private=Set-Cookie, max-age=60'), message: 'private: takes no value or a quoted list of field names, not the token Set-Cookie' },
    { name: 'a quoted number', input: cdn('max-age="3600"'), message: 'max-age: needs a bare integer number of seconds, not the string "3600"' },
    { name: 'a decimal number', input: cdn('s-maxage=1.5'), message: 'not a decimal (1.5)' },
    { name: 'a negative number', input: cdn('max-age=-1'), message: 'non-negative' },
    { name: 'no-store=?0', input: cdn('no-store=?0'), message: 'no-store: takes no value, not the boolean ?0' },
    { name: 'a directive written after ";" becomes an ignored parameter (milder)', input: cdn('max-age=60; public'), count: 1, severity: 'warning', message: 'CDN-Cache-Control max-age carries the parameter ";public", which CDNs ignore: directives are separated by ",", not ";"' },
    { name: 'two lines joined into one dictionary, one bad', input: cdn('max-age=60', 'Public'), count: 1, evidence: 'CDN-Cache-Control: max-age=60 at byte 44; CDN-Cache-Control: Public at byte 75' },
  ],
  quiet: [
    { name: 'max-age and stale-while-revalidate', input: cdn('max-age=3600, stale-while-revalidate=60') },
    { name: 'no-store', input: cdn('no-store') },
    { name: 'private with a quoted field name', input: cdn('private="set-cookie", max-age=0') },
    { name: 'a parameter on an unknown extension directive', input: cdn('max-age=60, x-vendor;ttl=5') },
    { name: 'an unknown extension with any value', input: cdn('x-custom=(a b), other=:aGk=:') },
    { name: 'several lines', input: cdn('max-age=60', 'stale-if-error=300') },
    { name: 'no CDN-Cache-Control at all', input: { response: 'HTTP/1.1 200 OK\r\nCache-Control: max-age = 60\r\nContent-Length: 0\r\n\r\n' } },
  ],
});
