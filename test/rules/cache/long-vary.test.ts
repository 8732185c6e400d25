import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/long-vary';
const vary = (...values: string[]) => ({ response: `HTTP/1.1 200 OK\r\n${values.map((v) => `Vary: ${v}\r\n`).join('')}Content-Length: 0\r\n\r\n` });
const NINE = 'Accept, Accept-Encoding, Accept-Language, Cookie, Origin, Authorization, X-Tenant, X-Device, X-Region';

ruleTable(ID, {
  fires: [
    { name: 'nine fields on one line', input: vary(NINE), count: 1, severity: 'info', message: 'Vary lists 9 request fields', evidence: `Vary: ${NINE} at byte 17`, location: { part: 'header', offset: 17, header: 'Vary' } },
    { name: 'nine fields over two lines', input: vary('Accept, Accept-Encoding, Accept-Language, Cookie', 'Origin, Authorization, X-Tenant, X-Device, X-Region'), count: 1, message: 'Vary lists 9' },
  ],
  quiet: [
    { name: 'Spring CORS plus Accept-Encoding', input: vary('Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Accept-Encoding') },
    { name: 'Next.js router headers plus Accept-Encoding', input: vary('RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding') },
    { name: 'eight fields, some repeated', input: vary('Accept, Accept-Encoding, Accept-Language, Cookie, Origin, Authorization, X-Tenant, X-Device, Origin, accept') },
  ],
});
