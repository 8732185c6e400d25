import { describe, expect, it } from 'vitest';
import { HpackDecoder } from '../../src/http2/hpackDecoder';
import { encodeBlock, encodeInteger } from '../../src/http2/hpackEncoder';
import { codeLength, huffmanCodes, huffmanDecode, huffmanEncode } from '../../src/http2/huffman';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const pairs = (block: ReturnType<HpackDecoder['decode']>) => block.fields.map((f) => [f.name, f.value]);

// RFC 7541 Appendix C, every example: the encoded bytes and the header list they decode to.
const C2: Array<[string, string, Array<[string, string]>, string]> = [
  ['C.2.1', '400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572', [['custom-key', 'custom-header']], 'literal-with-indexing'],
  ['C.2.2', '040c 2f73 616d 706c 652f 7061 7468', [[':path', '/sample/path']], 'literal-without-indexing'],
  ['C.2.3', '1008 7061 7373 776f 7264 0673 6563 7265 74', [['password', 'secret']], 'literal-never-indexed'],
  ['C.2.4', '82', [[':method', 'GET']], 'indexed'],
];

const REQUESTS: Array<Array<[string, string]>> = [
  [[':method', 'GET'], [':scheme', 'http'], [':path', '/'], [':authority', 'www.example.com']],
  [[':method', 'GET'], [':scheme', 'http'], [':path', '/'], [':authority', 'www.example.com'], ['cache-control', 'no-cache']],
  [[':method', 'GET'], [':scheme', 'https'], [':path', '/index.html'], [':authority', 'www.example.com'], ['custom-key', 'custom-value']],
];
const C3 = ['8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d', '8286 84be 5808 6e6f 2d63 6163 6865', '8287 85bf 400a 6375 7374 6f6d 2d6b 6579 0c63 7573 746f 6d2d 7661 6c75 65'];
const C4 = ['8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff', '8286 84be 5886 a8eb 1064 9cbf', '8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf'];
const REQUEST_TABLES: Array<Array<[string, string]>> = [
  [[':authority', 'www.example.com']],
  [['cache-control', 'no-cache'], [':authority', 'www.example.com']],
  [['custom-key', 'custom-value'], ['cache-control', 'no-cache'], [':authority', 'www.example.com']],
];

const DATE1 = 'Mon, 21 Oct 2013 20:13:21 GMT';
const DATE2 = 'Mon, 21 Oct 2013 20:13:22 GMT';
const COOKIE = 'foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1';
const RESPONSES: Array<Array<[string, string]>> = [
  [[':status', '302'], ['cache-control', 'private'], ['date', DATE1], ['location', 'https://www.example.com']],
  [[':status', '307'], ['cache-control', 'private'], ['date', DATE1], ['location', 'https://www.example.com']],
  [[':status', '200'], ['cache-control', 'private'], ['date', DATE2], ['location', 'https://www.example.com'], ['content-encoding', 'gzip'], ['set-cookie', COOKIE]],
];
const C5 = [
  '4803 3330 3258 0770 7269 7661 7465 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3120 474d 546e 1768 7474 7073 3a2f 2f77 7777 2e65 7861 6d70 6c65 2e63 6f6d',
  '4803 3330 37c1 c0bf',
  '88c1 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3220 474d 54c0 5a04 677a 6970 7738 666f 6f3d 4153 444a 4b48 514b 425a 584f 5157 454f 5049 5541 5851 5745 4f49 553b 206d 6178 2d61 6765 3d33 3630 303b 2076 6572 7369 6f6e 3d31',
];
const C6 = [
  '4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6 2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3',
  '4883 640e ffc1 c0bf',
  '88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab 77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f 9587 3160 65c0 03ed 4ee5 b106 3d50 07',
];
const RESPONSE_TABLES: Array<Array<[string, string]>> = [
  [['location', 'https://www.example.com'], ['date', DATE1], ['cache-control', 'private'], [':status', '302']],
  [[':status', '307'], ['location', 'https://www.example.com'], ['date', DATE1], ['cache-control', 'private']],
  [['set-cookie', COOKIE], ['content-encoding', 'gzip'], ['date', DATE2]],
];
const RESPONSE_SIZES = [222, 222, 215];

describe('HPACK decoder: RFC 7541 Appendix C', () => {
  it.each(C2)('%s decodes and reports the representation', (_name, bytes, expected, representation) => {
    const decoder = new HpackDecoder();
    const block = decoder.decode(hex(bytes));
    expect(block.error).toBeUndefined();
    expect(pairs(block)).toEqual(expected);
    expect(block.fields[0]!.representation).toBe(representation);
    expect(decoder.table.snapshot()).toEqual(representation === 'literal-with-indexing' ? expected : []);
  });

  for (const [section, blocks, huffman] of [['C.3', C3, false], ['C.4', C4, true]] as const) {
    it(`${section}: three requests on one connection${huffman ? ' (Huffman)' : ''}`, () => {
      const decoder = new HpackDecoder();
      blocks.forEach((bytes, i) => {
        const block = decoder.decode(hex(bytes));
        expect(block.error).toBeUndefined();
        expect(pairs(block)).toEqual(REQUESTS[i]);
        expect(decoder.table.snapshot()).toEqual(REQUEST_TABLES[i]);
        const literal = block.fields.find((f) => f.representation !== 'indexed')!;
        expect(literal.valueHuffman).toBe(huffman);
      });
      expect(decoder.table.size).toBe(164);
    });
  }

  for (const [section, blocks, huffman] of [['C.5', C5, false], ['C.6', C6, true]] as const) {
    it(`${section}: three responses with evictions (table size 256)${huffman ? ' (Huffman)' : ''}`, () => {
      const decoder = new HpackDecoder({ maxTableSize: 256, maxHeaderListSize: 65536 });
      blocks.forEach((bytes, i) => {
        const block = decoder.decode(hex(bytes));
        expect(block.error).toBeUndefined();
        expect(pairs(block)).toEqual(RESPONSES[i]);
        expect(decoder.table.snapshot()).toEqual(RESPONSE_TABLES[i]);
        expect(decoder.table.size).toBe(RESPONSE_SIZES[i]);
      });
    });
  }

  it('reports each field offset and length within the block', () => {
    const block = new HpackDecoder().decode(hex(C3[0]!));
    expect(block.fields.map((f) => [f.offset, f.length])).toEqual([[0, 1], [1, 1], [2, 1], [3, 17]]);
    expect(block.fields[3]).toMatchObject({ representation: 'literal-with-indexing', index: 1, valueHuffman: false });
  });
});

describe('Huffman code (RFC 7541 Appendix B)', () => {
  it.each([
    [0, 0x1ff8, 13],
    [1, 0x7fffd8, 23],
    [10, 0x3ffffffc, 30],
    [47, 0x18, 6],
    [58, 0x5c, 7],
    [97, 0x3, 5],
    [195, 0x7fff1, 19],
    [254, 0x7fffff0, 27],
    [255, 0x3ffffee, 26],
    [256, 0x3fffffff, 30],
  ])('symbol %i has code %s in %i bits', (sym, code, len) => {
    expect(huffmanCodes()[sym]).toBe(code);
    expect(codeLength(sym)).toBe(len);
  });

  it('round-trips every byte value', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const decoded = huffmanDecode(huffmanEncode(all));
    expect(decoded.ok && decoded.bytes.equals(all)).toBe(true);
  });

  it('rejects EOS inside a string, long padding and padding with zeros', () => {
    expect(huffmanDecode(hex('ffffffff')).ok).toBe(false); // 30 one-bits = EOS
    expect(huffmanDecode(hex('1fff')).ok).toBe(false); // 'a' (00011) then 11 one-bits of padding
    expect(huffmanDecode(hex('18')).ok).toBe(false); // 'a' then 000 padding
    expect(huffmanDecode(hex('1f')).ok).toBe(true); // 'a' then 111
  });
});

describe('HPACK decoder: hostile input ends in an error, never a throw', () => {
  it.each([
    ['index 0', '80'],
    ['index past the table', 'ff00'],
    ['truncated integer', '7f'],
    ['integer overflow', '7fffffffffffff0f'],
    ['string running past the block', '400a6375'],
    ['size update above the advertised size', '3fe21f'],
    ['size update after a field', '8220'],
    ['bad Huffman in a value', '048118'],
  ])('%s', (_what, bytes) => {
    const block = new HpackDecoder().decode(hex(bytes));
    expect(block.error).toBeDefined();
    expect(typeof block.error!.reason).toBe('string');
  });

  it('bounds the decoded header list (an HPACK bomb of repeated indexed fields)', () => {
    const decoder = new HpackDecoder({ maxTableSize: 4096, maxHeaderListSize: 10_000 });
    const big = 'x'.repeat(4000);
    const first = encodeBlock([{ name: 'a', value: big, representation: 'literal-with-indexing', huffman: false }]);
    const bomb = Buffer.concat([first, Buffer.alloc(100, 0xbe)]); // index 62 again and again
    const block = decoder.decode(bomb);
    expect(block.error?.reason).toMatch(/exceeds 10000/);
    expect(block.fields.length).toBeLessThan(5);
  });

  it('once broken, later blocks report an error too (the table is out of sync)', () => {
    const decoder = new HpackDecoder();
    decoder.decode(hex('80'));
    expect(decoder.decode(hex('82')).error).toBeDefined();
  });
});

describe('HPACK encoder', () => {
  it('encodes integers as in C.1 (10 and 1337 on 5 bits, 42 on 8)', () => {
    expect(encodeInteger(10, 5, 0)).toEqual(hex('0a'));
    expect(encodeInteger(1337, 5, 0)).toEqual(hex('1f9a0a'));
    expect(encodeInteger(42, 8, 0)).toEqual(hex('2a'));
  });

  it('produces C.4.1 for its request with Huffman', () => {
    const block = encodeBlock([
      { name: ':method', value: 'GET' },
      { name: ':scheme', value: 'http' },
      { name: ':path', value: '/' },
      { name: ':authority', value: 'www.example.com', representation: 'literal-with-indexing' },
    ]);
    expect(block).toEqual(hex(C4[0]!));
  });

  it('round-trips through the decoder with every representation', () => {
    const fields = [
      { name: 'x-a', value: 'one', representation: 'literal-without-indexing' as const, huffman: false },
      { name: 'x-b', value: 'two', representation: 'literal-never-indexed' as const, huffman: true },
      { name: 'content-type', value: 'text/plain', representation: 'literal-with-indexing' as const },
      { name: ':status', value: '200' },
    ];
    const block = new HpackDecoder().decode(encodeBlock(fields));
    expect(block.error).toBeUndefined();
    expect(block.fields.map((f) => [f.name, f.value, f.representation])).toEqual(fields.map((f) => [f.name, f.value, f.representation ?? 'indexed']));
    expect(block.fields[1]!.valueHuffman).toBe(true);
  });
});
