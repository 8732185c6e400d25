// Locates the first syntax error in a JSON text (RFC 8259), for evidence. Not a rule.
// JSON.parse stays the verdict; V8's messages do not always carry a position ("Unexpected token 'x', ...")
// and change between Node versions, so the position and wording come from this small scanner.
// Iterative (no recursion), so deeply nested input cannot overflow the stack.

export interface JsonError {
  /** Index (UTF-16 code units) in the text where the error is. */
  index: number;
  problem: string;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

export function jsonErrorAt(s: string): JsonError | undefined {
  const stack: Array<'{' | '['> = [];
  let i = 0;
  let state: State = 'value';
  for (;;) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (!top) return i < s.length ? { index: i, problem: 'unexpected data after the JSON value' } : undefined;
      const close = top === '{' ? '}' : ']';
      if (i >= s.length) return { index: i, problem: `the document ends inside an unclosed ${top === '{' ? 'object' : 'array'}` };
      if (s[i] === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (s[i] === close) {
        stack.pop();
        i++;
      } else {
        return { index: i, problem: `expected "," or "${close}"` };
      }
      continue;
    }
    if (i >= s.length) {
      const top = stack[stack.length - 1];
      if (top) return { index: i, problem: `the document ends inside an unclosed ${top === '{' ? 'object' : 'array'}` };
      return { index: i, problem: 'the document has no value' };
    }
    const c = s[i]!;
    if (state === 'colon') {
      if (c !== ':') return { index: i, problem: 'expected ":" after the property name' };
      i++;
      state = 'value';
      continue;
    }
    if (state === 'key' || state === 'key-or-close') {
      if (c === '}' && state === 'key-or-close') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c !== '"') return { index: i, problem: 'expected a double-quoted property name' };
      const end = stringEnd(s, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'colon';
      continue;
    }
    // state is 'value' or 'value-or-close'
    if (c === ']' && state === 'value-or-close') {
      stack.pop();
      i++;
      state = 'after';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      state = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    state = 'after';
    if (c === '"') {
      const end = stringEnd(s, i);
      if (typeof end !== 'number') return end;
      i = end;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(s);
      if (!m) return { index: i, problem: 'invalid number' };
      i += m[0].length;
      continue;
    }
    const literal = ['true', 'false', 'null'].find((l) => s.startsWith(l, i));
    if (literal) {
      i += literal.length;
      continue;
    }
    return { index: i, problem: 'expected a JSON value' };
  }
}

/** Index just past the closing quote of the string starting at `start`, or the error inside it. */
function stringEnd(s: string, start: number): number | JsonError {
  let j = start + 1;
  for (;;) {
    if (j >= s.length) return { index: j, problem: 'unterminated string' };
    const code = s.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return { index: j, problem: 'unescaped control character in a string' };
    if (code === 0x5c) {
      const next = s[j + 1];
      if (next !== undefined && '"\\/bfnrt'.includes(next)) j += 2;
      else if (next === 'u' && HEX4.test(s.slice(j + 2, j + 6))) j += 6;
      else return { index: j, problem: 'invalid escape sequence in a string' };
      continue;
    }
    j++;
  }
}
