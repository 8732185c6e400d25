// The Dictionary of Structured Field Values (RFC 9651 §3.2, §4.2.2; RFC 8941 before it), as targeted cache
// fields such as CDN-Cache-Control use it (RFC 9213 §2.1). Strict like the spec's algorithm: any parsing error
// fails the whole field, with a reason in words and the offset where parsing stopped. Never throws.

export type BareItem =
  | { type: 'integer'; value: number }
  | { type: 'decimal'; value: number }
  | { type: 'string'; value: string }
  | { type: 'token'; value: string }
  | { type: 'byte-sequence'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: number }
  | { type: 'display-string'; value: string };

export interface Item {
  item: BareItem;
  params: Array<[string, BareItem]>;
}
export interface InnerList {
  innerList: Item[];
  params: Array<[string, BareItem]>;
}
export type Member = Item | InnerList;

export type DictionaryResult =
  | { ok: true; members: Array<[string, Member]> }
  | { ok: false; reason: string; offset: number };

// Sticky patterns: matched in place at the parser's position, so long values stay linear.
const WS_THEN_EQUALS = /[ \t]+=/y;
const NUMBER = /-?(\d+)(\.(\d*))?/y;

class SfError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(reason);
  }
}

/** Parses a Dictionary field value (several field lines must be joined with ", " first). */
export function parseSfDictionary(value: string): DictionaryResult {
  const p = new Parser(typeof value === 'string' ? value : '');
  try {
    p.skip(/[ ]/);
    const members = p.dictionary();
    p.skip(/[ ]/);
    if (!p.done()) p.fail('unexpected characters after the dictionary');
    return { ok: true, members };
  } catch (err) {
    if (err instanceof SfError) return { ok: false, reason: err.reason, offset: err.offset };
    return { ok: false, reason: String(err), offset: 0 };
  }
}

class Parser {
  pos = 0;
  constructor(readonly s: string) {}

  done(): boolean {
    return this.pos >= this.s.length;
  }
  peek(): string {
    return this.s[this.pos] ?? '';
  }
  fail(reason: string): never {
    throw new SfError(reason, this.pos);
  }
  /** True when the sticky pattern matches at the current position (no copying of the rest of the value). */
  lookingAt(sticky: RegExp): boolean {
    sticky.lastIndex = this.pos;
    return sticky.test(this.s);
  }
  skip(chars: RegExp): void {
    while (!this.done() && chars.test(this.peek())) this.pos++;
  }

  dictionary(): Array<[string, Member]> {
    const members: Array<[string, Member]> = [];
    if (this.done()) return members;
    for (;;) {
      const key = this.key();
      let member: Member;
      if (this.lookingAt(WS_THEN_EQUALS)) this.fail(`whitespace before "=" after "${key}" is not allowed`);
      if (this.peek() === '=') {
        this.pos++;
        if (/[ \t]/.test(this.peek())) this.fail(`whitespace after "${key}=" is not allowed`);
        member = this.peek() === '(' ? this.innerList() : this.item();
      } else {
        member = { item: { type: 'boolean', value: true }, params: this.params() };
      }
      members.push([key, member]);
      this.skip(/[ \t]/);
      if (this.done()) return members;
      if (this.peek() !== ',') this.fail(`expected "," after member "${key}", found "${this.peek()}"`);
      this.pos++;
      this.skip(/[ \t]/);
      if (this.done()) this.fail('a trailing "," ends the dictionary');
    }
  }

  key(): string {
    if (!/[a-z*]/.test(this.peek())) {
      const c = this.peek();
      this.fail(/[A-Z]/.test(c) ? `keys must be lowercase ("${c}" is uppercase)` : `a key must start with a lowercase letter or "*", found "${c === '' ? 'end of value' : c}"`);
    }
    const start = this.pos;
    this.skip(/[a-z0-9_\-.*]/);
    return this.s.slice(start, this.pos);
  }

  innerList(): InnerList {
    this.pos++; // "("
    const items: Item[] = [];
    for (;;) {
      this.skip(/[ ]/);
      if (this.peek() === ')') {
        this.pos++;
        return { innerList: items, params: this.params() };
      }
      if (this.done()) this.fail('an inner list is not closed with ")"');
      items.push(this.item());
      if (this.done()) this.fail('an inner list is not closed with ")"');
      if (this.peek() !== ' ' && this.peek() !== ')') this.fail('items of an inner list are separated by spaces');
    }
  }

  item(): Item {
    const item = this.bareItem();
    return { item, params: this.params() };
  }

  params(): Array<[string, BareItem]> {
    const params: Array<[string, BareItem]> = [];
    while (this.peek() === ';') {
      this.pos++;
      this.skip(/[ ]/);
      const key = this.key();
      let value: BareItem = { type: 'boolean', value: true };
      if (this.peek() === '=') {
        this.pos++;
        value = this.bareItem();
      }
      params.push([key, value]);
    }
    return params;
  }

  bareItem(): BareItem {
    const c = this.peek();
    if (c === '-' || /[0-9]/.test(c)) return this.number();
    if (c === '"') return { type: 'string', value: this.string() };
    if (/[A-Za-z*]/.test(c)) {
      const start = this.pos;
      this.skip(/[!#$%&'*+\-.^_`|~0-9A-Za-z:/]/);
      return { type: 'token', value: this.s.slice(start, this.pos) };
    }
    if (c === ':') {
      this.pos++;
      const start = this.pos;
      this.skip(/[A-Za-z0-9+/=]/);
      if (this.peek() !== ':') this.fail('a byte sequence must be base64 between colons');
      const value = this.s.slice(start, this.pos);
      this.pos++;
      return { type: 'byte-sequence', value };
    }
    if (c === '?') {
      this.pos++;
      const b = this.peek();
      if (b !== '0' && b !== '1') this.fail('a boolean is ?0 or ?1');
      this.pos++;
      return { type: 'boolean', value: b === '1' };
    }
    if (c === '@') {
      this.pos++;
      const n = this.number();
      if (n.type !== 'integer') this.fail('a date must be an integer number of seconds');
      return { type: 'date', value: n.value };
    }
    if (c === '%' && this.s[this.pos + 1] === '"') {
      this.pos++;
      return { type: 'display-string', value: this.string() };
    }
    if (c === '') this.fail('a value is missing');
    return this.fail(`"${c}" cannot start a value (a string must be in double quotes)`);
  }

  number(): BareItem {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) this.fail('"-" must be followed by a digit');
    const [text, intPart, dot, frac] = m;
    if (dot === undefined) {
      if (intPart!.length > 15) this.fail(`the integer ${text} has more than 15 digits`);
    } else {
      if (intPart!.length > 12) this.fail(`the decimal ${text} has more than 12 integer digits`);
      if (frac === '' || frac!.length > 3) this.fail(`the decimal ${text} must have 1 to 3 fractional digits`);
    }
    this.pos += text.length;
    return dot === undefined ? { type: 'integer', value: Number(text) } : { type: 'decimal', value: Number(text) };
  }

  string(): string {
    this.pos++; // opening quote
    let out = '';
    for (;;) {
      if (this.done()) this.fail('a string is not terminated');
      const c = this.peek();
      this.pos++;
      if (c === '"') return out;
      if (c === '\\') {
        const next = this.peek();
        if (next !== '"' && next !== '\\') this.fail('only \\" and \\\\ may be escaped in a string');
        out += next;
        this.pos++;
        continue;
      }
      const code = c.charCodeAt(0);
      if (code < 0x20 || code > 0x7e) this.fail('a string may only hold printable ASCII');
      out += c;
    }
  }
}
