// Structured Field Values for HTTP (RFC 9651 §4.2): the parsing algorithms, followed step by step, reporting
// why and at which offset a value does not parse (a recipient ignores the whole field when it does not).
// Callers combine a field's lines with ", " first (§4.2: parsers MUST combine field lines before parsing).

export type BareItem =
  | { type: 'integer'; value: number }
  | { type: 'decimal'; value: number }
  | { type: 'string'; value: string }
  | { type: 'token'; value: string }
  | { type: 'binary'; value: Uint8Array }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: number }
  | { type: 'displaystring'; value: string };

/** Parameters in order; a repeated key keeps its first position and its last value (§4.2.3.2). */
export type Parameters = Map<string, BareItem>;

export interface Item {
  kind: 'item';
  bare: BareItem;
  params: Parameters;
}

export interface InnerList {
  kind: 'inner-list';
  items: Item[];
  params: Parameters;
}

export type Member = Item | InnerList;
export type Dictionary = Map<string, Member>;

/** `offset` is where parsing failed, in characters from the start of the text given. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; offset: number };

export function parseItem(text: string): Parsed<Item> {
  return parseTop(text, (p) => p.item());
}

export function parseList(text: string): Parsed<Member[]> {
  return parseTop(text, (p) => p.list());
}

export function parseDictionary(text: string): Parsed<Dictionary> {
  return parseTop(text, (p) => p.dictionary());
}

/** The combined value of several field lines, as §4.2 parses it. */
export function combineFieldLines(values: readonly string[]): string {
  return values.join(', ');
}

class Failure {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}

function parseTop<T>(text: string, parse: (p: Parser) => T): Parsed<T> {
  const p = new Parser(text);
  try {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 0x7e || (text.charCodeAt(i) < 0x20 && text[i] !== '\t')) {
        throw new Failure(`character 0x${text.charCodeAt(i).toString(16).padStart(2, '0')} is not visible ASCII`, i);
      }
    }
    p.skipSp();
    const value = parse(p);
    p.skipSp();
    if (!p.done()) throw new Failure(`unexpected "${text[p.pos]}" after the value`, p.pos);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, reason: e.reason, offset: e.offset };
    throw e;
  }
}

const DIGIT = /[0-9]/;
const ALPHA = /[A-Za-z]/;
const LCALPHA = /[a-z]/;
const KEY_CHAR = /[a-z0-9_\-.*]/;
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z:/]/;
const BASE64_CHAR = /[A-Za-z0-9+/=]/;
const LC_HEX = /[0-9a-f]/;

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos] ?? '';
  }

  fail(reason: string, offset = this.pos): never {
    throw new Failure(reason, offset);
  }

  skipSp(): void {
    while (this.peek() === ' ') this.pos++;
  }

  skipOws(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  /** §4.2.1 */
  list(): Member[] {
    const members: Member[] = [];
    while (!this.done()) {
      members.push(this.itemOrInnerList());
      this.skipOws();
      if (this.done()) return members;
      if (this.peek() !== ',') this.fail(`expected "," between list members, found "${this.peek()}"`);
      this.pos++;
      this.skipOws();
      if (this.done()) this.fail('trailing "," with no member after it');
    }
    return members;
  }

  /** §4.2.1.1 */
  itemOrInnerList(): Member {
    return this.peek() === '(' ? this.innerList() : this.item();
  }

  /** §4.2.1.2 */
  innerList(): InnerList {
    const start = this.pos;
    this.pos++; // "("
    const items: Item[] = [];
    while (!this.done()) {
      this.skipSp();
      if (this.peek() === ')') {
        this.pos++;
        return { kind: 'inner-list', items, params: this.parameters() };
      }
      items.push(this.item());
      const c = this.peek();
      if (c !== ' ' && c !== ')') this.fail(c === '' ? 'inner list is not closed with ")"' : `expected a space or ")" in the inner list, found "${c}"`);
    }
    return this.fail('inner list is not closed with ")"', start);
  }

  /** §4.2.2 */
  dictionary(): Dictionary {
    const dict: Dictionary = new Map();
    while (!this.done()) {
      const key = this.key();
      let member: Member;
      if (this.peek() === '=') {
        this.pos++;
        member = this.itemOrInnerList();
      } else {
        member = { kind: 'item', bare: { type: 'boolean', value: true }, params: this.parameters() };
      }
      dict.set(key, member);
      this.skipOws();
      if (this.done()) return dict;
      if (this.peek() !== ',') this.fail(`expected "," between dictionary members, found "${this.peek()}"`);
      this.pos++;
      this.skipOws();
      if (this.done()) this.fail('trailing "," with no member after it');
    }
    return dict;
  }

  /** §4.2.3 */
  item(): Item {
    const bare = this.bareItem();
    return { kind: 'item', bare, params: this.parameters() };
  }

  /** §4.2.3.1 */
  bareItem(): BareItem {
    const c = this.peek();
    if (c === '-' || DIGIT.test(c)) return this.number();
    if (c === '"') return this.string();
    if (c === '*' || ALPHA.test(c)) return this.token();
    if (c === ':') return this.byteSequence();
    if (c === '?') return this.boolean();
    if (c === '@') return this.date();
    if (c === '%') return this.displayString();
    if (c === '') return this.fail('a value is missing');
    return this.fail(`"${c}" cannot start an item (not a number, string, token, byte sequence, boolean, date or display string)`);
  }

  /** §4.2.3.2 */
  parameters(): Parameters {
    const params: Parameters = new Map();
    while (this.peek() === ';') {
      this.pos++;
      this.skipSp();
      const key = this.key();
      let value: BareItem = { type: 'boolean', value: true };
      if (this.peek() === '=') {
        this.pos++;
        value = this.bareItem();
      }
      params.set(key, value);
    }
    return params;
  }

  /** §4.2.3.3 */
  key(): string {
    const start = this.pos;
    const c = this.peek();
    if (!LCALPHA.test(c) && c !== '*') {
      this.fail(c === '' ? 'a key is missing' : `a key must start with a lowercase letter or "*", found "${c}"`);
    }
    while (KEY_CHAR.test(this.peek()) && !this.done()) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** §4.2.4 */
  number(): BareItem {
    const start = this.pos;
    let sign = 1;
    if (this.peek() === '-') {
      this.pos++;
      sign = -1;
    }
    if (!DIGIT.test(this.peek()) || this.done()) this.fail('a number needs a digit here');
    let digits = '';
    let decimal = false;
    while (!this.done()) {
      const c = this.peek();
      if (DIGIT.test(c)) digits += c;
      else if (!decimal && c === '.') {
        if (digits.length > 12) this.fail('a decimal has more than 12 digits before "."', start);
        digits += c;
        decimal = true;
      } else break;
      this.pos++;
      if (!decimal && digits.length > 15) this.fail('an integer has more than 15 digits', start);
      if (decimal && digits.length > 16) this.fail('a decimal has more than 16 characters', start);
    }
    if (!decimal) return { type: 'integer', value: sign * Number(digits) };
    if (digits.endsWith('.')) this.fail('a decimal ends with "."', this.pos - 1);
    if (digits.length - digits.indexOf('.') - 1 > 3) this.fail('a decimal has more than 3 fractional digits', start);
    return { type: 'decimal', value: sign * Number(digits) };
  }

  /** §4.2.5 */
  string(): BareItem {
    const start = this.pos;
    this.pos++;
    let out = '';
    while (!this.done()) {
      const c = this.text[this.pos++]!;
      if (c === '\\') {
        if (this.done()) break;
        const next = this.text[this.pos++]!;
        if (next !== '"' && next !== '\\') this.fail(`"\\${next}" is not an escape a string allows (only \\" and \\\\)`, this.pos - 2);
        out += next;
      } else if (c === '"') return { type: 'string', value: out };
      else if (c < ' ' || c > '~') this.fail('a string holds a control character', this.pos - 1);
      else out += c;
    }
    return this.fail('a string is not closed with \'"\'', start);
  }

  /** §4.2.6 */
  token(): BareItem {
    const start = this.pos;
    this.pos++;
    while (!this.done() && TOKEN_CHAR.test(this.peek())) this.pos++;
    return { type: 'token', value: this.text.slice(start, this.pos) };
  }

  /** §4.2.7: padding and pad bits are not checked (parsers SHOULD NOT fail on them). */
  byteSequence(): BareItem {
    const start = this.pos;
    const end = this.text.indexOf(':', start + 1);
    if (end < 0) this.fail('a byte sequence is not closed with ":"', start);
    for (let i = start + 1; i < end; i++) {
      if (!BASE64_CHAR.test(this.text[i]!)) this.fail(`"${this.text[i]}" is not a base64 character in a byte sequence`, i);
    }
    const content = this.text.slice(start + 1, end);
    const pad = content.indexOf('=');
    if (pad >= 0 && !/^=+$/.test(content.slice(pad))) this.fail('"=" padding inside a byte sequence, not at its end', start + 1 + pad);
    this.pos = end + 1;
    return { type: 'binary', value: new Uint8Array(Buffer.from(this.text.slice(start + 1, end), 'base64')) };
  }

  /** §4.2.8 */
  boolean(): BareItem {
    this.pos++;
    const c = this.peek();
    if (c !== '0' && c !== '1') this.fail('a boolean is ?0 or ?1');
    this.pos++;
    return { type: 'boolean', value: c === '1' };
  }

  /** §4.2.9 */
  date(): BareItem {
    const start = this.pos;
    this.pos++;
    const n = this.number();
    if (n.type !== 'integer') this.fail('a date is an integer number of seconds, not a decimal', start);
    return { type: 'date', value: n.value as number };
  }

  /** §4.2.10 */
  displayString(): BareItem {
    const start = this.pos;
    this.pos++;
    if (this.peek() !== '"') this.fail('a display string starts with %"');
    this.pos++;
    const bytes: number[] = [];
    while (!this.done()) {
      const c = this.text[this.pos++]!;
      if (c < ' ' || c > '~') this.fail('a display string holds a control character', this.pos - 1);
      if (c === '%') {
        const hex = this.text.slice(this.pos, this.pos + 2);
        if (hex.length < 2 || !LC_HEX.test(hex[0]!) || !LC_HEX.test(hex[1]!)) {
          this.fail('"%" in a display string must be followed by two lowercase hex digits', this.pos - 1);
        }
        bytes.push(parseInt(hex, 16));
        this.pos += 2;
      } else if (c === '"') {
        try {
          return { type: 'displaystring', value: new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)) };
        } catch {
          return this.fail('a display string is not valid UTF-8 once decoded', start);
        }
      } else bytes.push(c.charCodeAt(0));
    }
    return this.fail('a display string is not closed with \'"\'', start);
  }
}
