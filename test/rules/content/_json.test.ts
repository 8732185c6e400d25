import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../../rules/content/_json';

const VALID = ['{}', '[]', ' {"a":[1,-2.5e+3,true,false,null,"x\\u00e9\\n"]} ', '"s"', '0', '-0.1E2', '{"a":{"b":{}}}', '[[],[[]]]', '"\\ud83d\\ude00"', '\t\r\n1\n'];
const INVALID: Array<[string, number, string]> = [
  ['', 0, 'the document has no value'],
  ['{"a":1,}', 7, 'expected a double-quoted property name'],
  ['[1,]', 3, 'expected a JSON value'],
  ['[1 2]', 3, 'expected "," or "]"'],
  ['{"a" 1}', 5, 'expected ":" after the property name'],
  ["{'a':1}", 1, 'expected a double-quoted property name'],
  ['{"a":tru}', 5, 'expected a JSON value'],
  ['{"a":1}x', 7, 'unexpected data after the JSON value'],
  ['[1,2', 4, 'the document ends inside an unclosed array'],
  ['"abc', 4, 'unterminated string'],
  ['"a\nb"', 2, 'unescaped control character in a string'],
  ['"\\x"', 1, 'invalid escape sequence in a string'],
  ['"\\u12G4"', 1, 'invalid escape sequence in a string'],
  ['NaN', 0, 'expected a JSON value'],
  ['01', 1, 'unexpected data after the JSON value'],
  ['-', 0, 'invalid number'],
  ['1.', 1, 'unexpected data after the JSON value'],
  ['{"a":', 5, 'the document ends inside an unclosed object'],
  ['{"a"', 4, 'the document ends inside an unclosed object'],
];

describe('jsonErrorAt', () => {
  it('finds no error in valid JSON (agreeing with JSON.parse)', () => {
    for (const text of VALID) {
      expect(() => JSON.parse(text), text).not.toThrow();
      expect(jsonErrorAt(text), text).toBeUndefined();
    }
  });

  it('locates the first error in invalid JSON (which JSON.parse rejects too)', () => {
    for (const [text, index, problem] of INVALID) {
      expect(() => JSON.parse(text), text).toThrow(SyntaxError);
      expect(jsonErrorAt(text), text).toEqual({ index, problem });
    }
  });

  it('handles deep nesting without recursion', () => {
    expect(jsonErrorAt('['.repeat(100000) + ']'.repeat(100000))).toBeUndefined();
    expect(jsonErrorAt('['.repeat(100000))).toEqual({ index: 100000, problem: 'the document ends inside an unclosed array' });
  });
});
