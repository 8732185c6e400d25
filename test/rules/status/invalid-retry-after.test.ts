import { ruleTable } from '../../helpers/ruleTable';

const ID = 'status/invalid-retry-after';
const limited = (value: string) => ({ response: `HTTP/1.1 429 Too Many Requests\r\nRetry-After: ${value}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'a unit', input: limited('30s'), count: 1, severity: 'warning', message: 'Retry-After "30s" is not a whole number of seconds (digits only): clients ignore it', evidence: 'Retry-After: 30s at byte 32', location: { part: 'header', offset: 32, header: 'Retry-After' } },
    { name: 'a decimal', input: limited('1.5'), message: 'not a whole number of seconds' },
    { name: 'a negative number', input: limited('-1'), count: 1 },
    { name: 'an ISO 8601 date', input: limited('2030-01-01T00:00:00Z'), message: 'neither a number of seconds nor an HTTP-date (an ISO 8601 timestamp is not an HTTP-date)' },
    { name: 'empty', input: limited(''), message: 'Retry-After (empty)' },
  ],
  quiet: [
    { name: 'seconds', input: limited('120') },
    { name: 'an HTTP-date', input: limited('Fri, 31 Dec 1999 23:59:59 GMT') },
    { name: '0', input: limited('0') },
    { name: 'a 503 without Retry-After (status/missing-retry-after reports it)', input: { response: 'HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n' } },
  ],
});
