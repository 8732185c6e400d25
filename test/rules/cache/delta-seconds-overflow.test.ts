import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/delta-seconds-overflow';
const cc = (value: string) => ({ response: `HTTP/1.1 200 OK\r\nCache-Control: ${value}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'max-age past 2^31', input: cc('public, max-age=9999999999'), count: 1, severity: 'info', message: 'max-age=9999999999 is larger than 2^31', evidence: 'max-age=9999999999 in Cache-Control: public, max-age=9999999999 at byte 17', location: { part: 'header', offset: 17, header: 'Cache-Control' } },
    { name: 's-maxage one past the cap', input: cc('s-maxage=2147483649'), message: 's-maxage=2147483649' },
    { name: 'stale-while-revalidate with a huge value', input: cc('max-age=60, stale-while-revalidate=100000000000000000000'), count: 1 },
  ],
  quiet: [
    { name: 'one year, immutable', input: cc('public, max-age=31536000, immutable') },
    { name: 'exactly 2^31', input: cc('max-age=2147483648') },
    { name: 'an extension directive with a big number (not delta-seconds)', input: cc('max-age=60, x-build=99999999999999') },
    { name: 'a quoted number (cache/invalid-cache-control reports it)', input: cc('max-age="99999999999"') },
  ],
});
