// Cache-Control per RFC 9111 §5.2 and the list syntax of RFC 9110 §5.6.1:
//   Cache-Control   = #cache-directive
//   cache-directive = token [ "=" ( token / quoted-string ) ]
// Directive names compare case-insensitively. No whitespace is allowed around "=". Several field lines
// combine into one list. The parser never throws: every problem becomes an issue with a reason in words,
// and the directives that could be read are still returned.
import { TOKEN } from './token';
import type { RawHeader } from '../exchange';
import { unquote } from './mediaType';

const DIGITS = /^\d+$/;

/** What argument a known directive takes (RFC 9111 §5.2, RFC 5861, RFC 8246). */
export type DirectiveArgument =
  /** delta-seconds, required, token form (max-age=60). */
  | 'delta-seconds'
  /** delta-seconds, optional (max-stale). */
  | 'optional-delta-seconds'
  /** No argument at all. */
  | 'none'
  /** Optionally a quoted list of field names (no-cache="Set-Cookie", private="Authorization"). */
  | 'optional-field-names';

export const KNOWN_DIRECTIVES: ReadonlyMap<string, DirectiveArgument> = new Map<string, DirectiveArgument>([
  ['max-age', 'delta-seconds'],
  ['s-maxage', 'delta-seconds'],
  ['min-fresh', 'delta-seconds'],
  ['stale-while-revalidate', 'delta-seconds'],
  ['stale-if-error', 'delta-seconds'],
  ['max-stale', 'optional-delta-seconds'],
  ['must-revalidate', 'none'],
  ['must-understand', 'none'],
  ['no-store', 'none'],
  ['no-transform', 'none'],
  ['only-if-cached', 'none'],
  ['proxy-revalidate', 'none'],
  ['public', 'none'],
  ['immutable', 'none'],
  ['no-cache', 'optional-field-names'],
  ['private', 'optional-field-names'],
]);

export interface CacheDirective {
  /** Lower-cased directive name. */
  name: string;
  /** The name as received. */
  rawName: string;
  /** The argument with quotes and escapes removed; undefined when the directive has none. */
  argument?: string;
  /** The argument as received (quotes included). */
  rawArgument?: string;
  /** True when the argument was sent as a quoted-string. */
  quoted: boolean;
  /** The list element as received, without surrounding whitespace (e.g. `max-age=60`). */
  text: string;
}

export interface CacheControlIssue {
  /** Lower-cased name of the directive concerned, when one could be read. */
  directive?: string;
  /** The list element as received (trimmed). */
  element: string;
  reason: string;
}

export interface ParsedCacheControl {
  /** Every directive that could be read (syntactically valid ones, and known ones with a bad argument). */
  directives: CacheDirective[];
  issues: CacheControlIssue[];
}

/** Parses one Cache-Control field value. */
export function parseCacheControl(value: string): ParsedCacheControl {
  const directives: CacheDirective[] = [];
  const issues: CacheControlIssue[] = [];
  const split = splitList(typeof value === 'string' ? value : '');
  if (split.unterminated !== undefined) {
    issues.push({ element: split.unterminated, reason: 'a quoted string is not terminated' });
  }
  for (const element of split.elements) {
    // RFC 9110 §5.6.1: recipients accept and ignore empty list elements.
    if (element === '') continue;
    parseElement(element, directives, issues);
  }
  return { directives, issues };
}

export interface FieldDirective extends CacheDirective {
  header: RawHeader;
}
export interface FieldIssue extends CacheControlIssue {
  header: RawHeader;
}

/** Parses every Cache-Control line of a header list as one combined list, keeping each directive's line. */
export function cacheControlOf(headers: readonly RawHeader[]): {
  present: boolean;
  directives: FieldDirective[];
  issues: FieldIssue[];
} {
  const directives: FieldDirective[] = [];
  const issues: FieldIssue[] = [];
  let present = false;
  for (const header of headers) {
    if (header.name.toLowerCase() !== 'cache-control') continue;
    present = true;
    const parsed = parseCacheControl(header.value);
    for (const d of parsed.directives) directives.push({ ...d, header });
    for (const i of parsed.issues) issues.push({ ...i, header });
  }
  return { present, directives, issues };
}

/**
 * The delta-seconds of a directive (max-age=60 → 60), or undefined when it has no valid token-form
 * delta-seconds argument. Huge values are kept as numbers (RFC 9111 §1.2.2 caps their use at 2^31).
 */
export function deltaSecondsOf(directive: CacheDirective): number | undefined {
  if (directive.argument === undefined || directive.quoted || !DIGITS.test(directive.argument)) return undefined;
  return Number(directive.argument);
}

/** True when a directive has a field-name list argument (no-cache="Set-Cookie"): it then only qualifies those fields. */
export function isQualified(directive: CacheDirective): boolean {
  return directive.argument !== undefined;
}

function parseElement(element: string, directives: CacheDirective[], issues: CacheControlIssue[]): void {
  const eq = element.indexOf('=');
  const rawNamePart = eq < 0 ? element : element.slice(0, eq);
  const rawName = rawNamePart.replace(/[ \t]+$/, '');
  const name = rawName.toLowerCase();
  if (!TOKEN.test(rawName)) {
    const first = rawName.split(/[ \t;]/)[0] ?? '';
    issues.push({ directive: TOKEN.test(first) ? first.toLowerCase() : undefined, element, reason: badNameReason(rawName, element) });
    return;
  }
  if (eq < 0) {
    const directive: CacheDirective = { name, rawName, quoted: false, text: element };
    directives.push(directive);
    checkArgument(directive, issues);
    return;
  }
  const afterEq = element.slice(eq + 1);
  if (rawNamePart !== rawName || /^[ \t]/.test(afterEq)) {
    issues.push({ directive: name, element, reason: `whitespace around "=" is not allowed in a cache directive (write ${rawName}=${afterEq.trim()})` });
  }
  const rawArgument = afterEq.trim();
  if (rawArgument === '') {
    issues.push({ directive: name, element, reason: `${rawName} has "=" but no argument` });
    return;
  }
  let argument: string;
  let quoted = false;
  if (rawArgument.startsWith('"')) {
    const unquoted = unquote(rawArgument);
    if (unquoted === undefined) {
      issues.push({ directive: name, element, reason: `the argument of ${rawName} is not a valid quoted string` });
      return;
    }
    argument = unquoted;
    quoted = true;
  } else if (TOKEN.test(rawArgument)) {
    argument = rawArgument;
  } else {
    issues.push({ directive: name, element, reason: badArgumentReason(rawName, rawArgument) });
    return;
  }
  const directive: CacheDirective = { name, rawName, argument, rawArgument, quoted, text: element };
  directives.push(directive);
  checkArgument(directive, issues);
}

// What a known directive requires of its argument; unknown (extension) directives take anything well-formed.
function checkArgument(d: CacheDirective, issues: CacheControlIssue[]): void {
  const kind = KNOWN_DIRECTIVES.get(d.name);
  if (kind === undefined) return;
  const issue = (reason: string) => issues.push({ directive: d.name, element: d.text, reason });
  switch (kind) {
    case 'delta-seconds':
    case 'optional-delta-seconds':
      if (d.argument === undefined) {
        if (kind === 'delta-seconds') issue(`${d.rawName} requires a number of seconds (e.g. ${d.name}=60)`);
      } else if (d.quoted) {
        issue(
          DIGITS.test(d.argument)
            ? `${d.rawName}=${d.rawArgument} is quoted; delta-seconds must be sent in token form (${d.name}=${d.argument})`
            : `${d.rawName}=${d.rawArgument} is not a number of seconds`,
        );
      } else if (!DIGITS.test(d.argument)) {
        issue(`${d.rawName}=${d.argument} is not a number of seconds (delta-seconds: digits only)`);
      }
      return;
    case 'none':
      if (d.argument !== undefined) issue(`${d.rawName} takes no argument`);
      return;
    case 'optional-field-names':
      if (d.argument !== undefined) {
        const names = d.argument.split(',').map((n) => n.trim()).filter((n) => n !== '');
        const bad = names.find((n) => !TOKEN.test(n));
        if (bad !== undefined) issue(`the argument of ${d.rawName} must be a list of field names; "${bad}" is not one`);
      }
      return;
  }
}

function badNameReason(rawName: string, element: string): string {
  if (element.includes(';')) return `"${element}": directives are separated by commas, not semicolons`;
  if (rawName === '') return `"${element}" has no directive name before "="`;
  if (/[ \t]/.test(rawName)) return `"${element}": a directive name cannot contain whitespace (a missing comma?)`;
  if (rawName.startsWith('"')) return `"${element}": a directive name cannot be quoted`;
  return `"${rawName}" is not a valid directive name (token)`;
}

function badArgumentReason(rawName: string, rawArgument: string): string {
  if (rawArgument.includes(';')) return `${rawName}=${rawArgument}: directives are separated by commas, not semicolons`;
  if (/[ \t]/.test(rawArgument)) return `${rawName}=${rawArgument}: the argument contains whitespace (a missing comma?)`;
  return `the argument of ${rawName} ("${rawArgument}") is neither a token nor a quoted string`;
}

/** Splits a field value on commas outside quoted strings; elements are trimmed of OWS. */
export function splitList(value: string): { elements: string[]; unterminated?: string } {
  const elements: string[] = [];
  let start = 0;
  let quoted = false;
  let quoteStart = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
      quoteStart = i;
    } else if (c === ',') {
      elements.push(trimOws(value.slice(start, i)));
      start = i + 1;
    }
  }
  elements.push(trimOws(value.slice(start)));
  if (quoted) {
    const last = elements.pop() ?? '';
    return { elements, unterminated: last === '' ? value.slice(quoteStart) : last };
  }
  return { elements };
}

function trimOws(s: string): string {
  return s.replace(/^[ \t]+|[ \t]+$/g, '');
}
