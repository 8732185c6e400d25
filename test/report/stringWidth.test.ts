// The bundled stand-in for string-width must measure exactly as string-width does (cli-table3 aligns by it).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const original = require('string-width') as (s: string) => number;
const ours = require('../../src/report/stringWidth.cjs') as (s: string) => number;

describe('stringWidth stand-in', () => {
  const samples = [
    '', 'plain ASCII', 'Content-Length: 5 at byte 38', '\x1b[31mred\x1b[39m', 'é and e\u0301', '日本語のテキスト', '한국어',
    'tab\there', '\\x1b]0;pwned\\x07', 'emoji 😀 and ❤️ and ©', '👍🏽 family 👨‍👩‍👧', '\u2764 heart', 'ｆｕｌｌ', 'bidi \u202e text',
    `${'x'.repeat(500)}日本`,
  ];
  it('agrees with string-width on ASCII, ANSI, combining marks, CJK, full-width and emoji', () => {
    for (const s of samples) expect(ours(s), JSON.stringify(s)).toBe(original(s));
  });
});
