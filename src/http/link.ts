// The Link header field (RFC 8288 §3), parsed with the position of every piece so findings can point at it.
//
//   Link       = #link-value
//   link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
//   link-param = token BWS [ "=" BWS ( token / quoted-string ) ]
//
// Pure and never throws: a syntax error becomes a problem (what, where) and parsing resumes at the next link-value.
import { checkUriReference } from './uriReference';

export interface LinkParam {
  /** Parameter name as written (compare case-insensitively). */
  name: string;
  /** Unquoted value; undefined for a parameter without "=". */
  value?: string;
  /** The parameter as written, and its offset in the field value. */
  text: string;
  offset: number;
}

export interface LinkValue {
  /** The URI-Reference between "<" and ">". */
  target: string;
  /** Offset of "<" in the field value. */
  offset: number;
  /** The link-value as written. */
  text: string;
  params: LinkParam[];
  /** False when a syntax error cut the link-value short (its parameters may be missing). */
  complete: boolean;
}

export interface LinkProblem {
  offset: number;
  message: string;
  /** True for a violation common parsers (browsers included) accept, e.g. an unquoted `type=font/woff2`. */
  tolerated?: boolean;
}

export interface ParsedLink {
  links: LinkValue[];
  problems: LinkProblem[];
}

const OWS = /[ \t]/;
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/** Parses one Link field value. */
export function parseLink(field: string): ParsedLink {
  const links: LinkValue[] = [];
  const problems: LinkProblem[] = [];
  let i = 0;
  const skipOws = () => {
    while (i < field.length && OWS.test(field[i]!)) i++;
  };
  /** Skips to the next "," outside quotes and "<…>" (error recovery). */
  const skipToComma = () => {
    let quoted = false;
    let bracket = false;
    for (; i < field.length; i++) {
      const c = field[i]!;
      if (quoted) {
        if (c === '\\') i++;
        else if (c === '"') quoted = false;
      } else if (bracket) {
        if (c === '>') bracket = false;
      } else if (c === '"') quoted = true;
      else if (c === '<') bracket = true;
      else if (c === ',') return;
    }
  };

  while (i < field.length) {
    skipOws();
    if (field[i] === ',') {
      i++;
      continue; // empty list elements are allowed (RFC 9110 §5.6.1.2)
    }
    if (i >= field.length) break;
    const start = i;
    if (field[i] !== '<') {
      problems.push({ offset: i, message: `the link target must be enclosed in "<" and ">" (found "${snippet(field, i)}")` });
      skipToComma();
      continue;
    }
    const close = field.indexOf('>', i + 1);
    if (close < 0) {
      problems.push({ offset: i, message: 'the "<" that opens the link target is never closed by ">"' });
      break;
    }
    const target = field.slice(i + 1, close);
    const uri = checkUriReference(target);
    if (!uri.ok) problems.push({ offset: i + 1, message: `the link target "${snippet(target, 0)}" is not a URI reference: ${uri.reason}` });
    i = close + 1;
    const params: LinkParam[] = [];
    let broken = false;
    for (;;) {
      skipOws();
      if (i >= field.length || field[i] === ',') break;
      if (field[i] !== ';') {
        problems.push({ offset: i, message: `expected ";" or "," after the link target or a parameter, found "${snippet(field, i)}"` });
        broken = true;
        break;
      }
      i++;
      skipOws();
      if (i >= field.length || field[i] === ',' || field[i] === ';') continue; // a stray ";": tolerated by every parser
      const paramStart = i;
      while (i < field.length && TCHAR.test(field[i]!)) i++;
      const name = field.slice(paramStart, i);
      if (name === '') {
        problems.push({ offset: i, message: `a parameter name must be a token, found "${snippet(field, i)}"` });
        broken = true;
        break;
      }
      skipOws();
      if (field[i] !== '=') {
        params.push({ name, text: name, offset: paramStart });
        continue;
      }
      i++;
      skipOws();
      let value: string;
      if (field[i] === '"') {
        const parsed = quotedString(field, i);
        if (!parsed) {
          problems.push({ offset: i, message: `the quoted value of "${name}" is never closed` });
          i = field.length;
          broken = true;
          break;
        }
        value = parsed.value;
        i = parsed.end;
      } else {
        const valueStart = i;
        while (i < field.length && TCHAR.test(field[i]!)) i++;
        value = field.slice(valueStart, i);
        if (value === '') {
          problems.push({ offset: i, message: `parameter "${name}" has "=" but no value (a token or a quoted string)` });
          broken = true;
          break;
        }
        let after = i;
        skipOws();
        if (i < field.length && field[i] !== ';' && field[i] !== ',') {
          // An unquoted value with separators but no space, quote, ";" or "," (`type=font/woff2`, `anchor=/a`):
          // outside the grammar, yet read whole by browsers and most libraries.
          const loose = after === i ? (/^[^\s;,"]+/.exec(field.slice(after))?.[0] ?? '') : '';
          const rest = field.slice(after + loose.length);
          if (loose !== '' && /^[ \t]*(?:[;,]|$)/.test(rest)) {
            value += loose;
            after += loose.length;
            problems.push({ offset: valueStart, tolerated: true, message: `the value of "${name}" (${value}) must be quoted: it is not a token (most parsers accept it, strict ones reject the link)` });
          } else {
            problems.push({ offset: after, message: `the value of "${name}" must be a token or a quoted string: quote values with spaces or separators ("${snippet(field, valueStart)}")` });
            broken = true;
            break;
          }
        }
        i = after;
      }
      params.push({ name, value, text: field.slice(paramStart, i), offset: paramStart });
    }
    if (broken) skipToComma();
    links.push({ target, offset: start, text: field.slice(start, i).replace(/[ \t]+$/, ''), params, complete: !broken && uri.ok });
  }
  return { links, problems };
}

function quotedString(field: string, open: number): { value: string; end: number } | undefined {
  let value = '';
  for (let i = open + 1; i < field.length; i++) {
    const c = field[i]!;
    if (c === '\\') {
      if (i + 1 >= field.length) return undefined;
      value += field[++i];
    } else if (c === '"') return { value, end: i + 1 };
    else value += c;
  }
  return undefined;
}

function snippet(text: string, from: number): string {
  const s = text.slice(from, from + 30);
  return text.length > from + 30 ? `${s}…` : s;
}

/** The first parameter with that name (RFC 8288 §3: later rel, type, media, title occurrences are ignored). */
export function linkParam(link: LinkValue, name: string): LinkParam | undefined {
  const lower = name.toLowerCase();
  return link.params.find((p) => p.name.toLowerCase() === lower);
}

/** The relation types of a link: its first `rel`, split on whitespace, lower-cased (RFC 8288 §3.3). */
export function relationTypes(link: LinkValue): string[] {
  const rel = linkParam(link, 'rel')?.value;
  return rel === undefined ? [] : rel.split(/[ \t]+/).filter(Boolean).map((r) => r.toLowerCase());
}
