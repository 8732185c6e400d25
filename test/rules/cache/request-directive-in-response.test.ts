import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/request-directive-in-response';
const cc = (value: string) => ({ response: `HTTP/1.1 200 OK\r\nCache-Control: ${value}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'max-stale meant as "serve stale"', input: cc('max-age=60, max-stale=3600'), count: 1, severity: 'warning', message: 'max-stale=3600 is a request directive, ignored in a response: it lets a client accept a stale response', evidence: 'max-stale=3600 in Cache-Control: max-age=60, max-stale=3600 at byte 17', location: { part: 'header', offset: 17, header: 'Cache-Control' } },
    { name: 'min-fresh', input: cc('min-fresh=10'), message: 'min-fresh=10 is a request directive' },
    { name: 'only-if-cached and max-stale', input: cc('ONLY-IF-CACHED, max-stale'), count: 2, message: 'ONLY-IF-CACHED is a request directive' },
  ],
  quiet: [
    { name: 'stale-while-revalidate and stale-if-error', input: cc('max-age=60, stale-while-revalidate=30, stale-if-error=86400') },
    { name: 'Spring Security defaults', input: cc('no-cache, no-store, max-age=0, must-revalidate') },
    { name: 'an extension whose name contains a request directive', input: cc('x-max-stale=5') },
  ],
});
