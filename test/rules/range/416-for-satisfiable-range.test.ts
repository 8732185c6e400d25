import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { exchangeOf } from '../../helpers/exchange';
import { expectNotEvaluatedOnRaw } from '../status/_raw';

const ID = 'range/416-for-satisfiable-range';
const UNSATISFIABLE = 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */11\r\nContent-Length: 0\r\n\r\n';
const asking = (range: string) => ({ requestHeaders: [['Range', range]] as Array<[string, string]>, response: UNSATISFIABLE });

ruleTable(ID, {
  fires: [
    { name: 'bytes=0-4 of 11 bytes', input: asking('bytes=0-4'), count: 1, severity: 'error', message: '416 Range Not Satisfiable, yet the requested Range: bytes=0-4 starts inside the stated length of 11 bytes', evidence: 'Content-Range: bytes */11 at byte 36; the request had Range: bytes=0-4', location: { part: 'header', offset: 36, header: 'Content-Range' } },
    { name: 'a last position past the end (it is clamped, not refused)', input: asking('bytes=5-100'), count: 1 },
    { name: 'an open range inside the length', input: asking('bytes=10-'), count: 1 },
    { name: 'a suffix range', input: asking('bytes=-500'), count: 1 },
  ],
  quiet: [
    { name: 'a range starting at the length', input: asking('bytes=11-') },
    { name: 'a range past the end', input: asking('bytes=1000-2000') },
    { name: 'a zero suffix', input: asking('bytes=-0') },
    { name: 'several ranges (servers may refuse those)', input: asking('bytes=0-1,3-4,6-7') },
    { name: 'another unit', input: asking('items=0-4') },
    { name: 'a 416 without a stated length', input: { requestHeaders: [['Range', 'bytes=0-4']], response: 'HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\n\r\n' } },
    { name: 'a malformed Range', input: asking('bytes=abc') },
    {
      name: 'a --probe range probe (probe/range-wrong-length judges the length against the full response)',
      input: () => [exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789' }), { ...exchangeOf(asking('bytes=10-')), probe: { name: 'range', of: 0 } }],
    },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, UNSATISFIABLE));
