// Media type parsing per RFC 9110 §8.3.1: type "/" subtype *( OWS ";" OWS parameter ).
import { TOKEN } from './token';
import { indexOfUnquoted } from './quoted';

export interface MediaType {
  /** Lower-cased "type/subtype". */
  essence: string;
  type: string;
  subtype: string;
  /** Parameter names lower-cased; values unquoted. */
  parameters: Map<string, string>;
}

export type MediaTypeResult = { ok: true; mediaType: MediaType } | { ok: false; reason: string };

export function parseMediaType(value: string): MediaTypeResult {
  const text = value.trim();
  const semi = indexOfUnquoted(text, ';');
  const essence = (semi < 0 ? text : text.slice(0, semi)).trim();
  const slash = essence.indexOf('/');
  if (slash < 0) return { ok: false, reason: `"${essence}" has no "/" between type and subtype` };
  const type = essence.slice(0, slash);
  const subtype = essence.slice(slash + 1);
  if (!TOKEN.test(type)) return { ok: false, reason: `"${type}" is not a valid type token` };
  if (!TOKEN.test(subtype)) return { ok: false, reason: `"${subtype}" is not a valid subtype token` };
  const parameters = new Map<string, string>();
  let rest = semi < 0 ? '' : text.slice(semi + 1);
  while (rest.trim() !== '') {
    const next = indexOfUnquoted(rest, ';');
    const part = (next < 0 ? rest : rest.slice(0, next)).trim();
    rest = next < 0 ? '' : rest.slice(next + 1);
    if (part === '') continue; // RFC 9110 allows empty parameters between semicolons
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, reason: `parameter "${part}" has no "="` };
    const name = part.slice(0, eq);
    let paramValue = part.slice(eq + 1);
    if (!TOKEN.test(name)) return { ok: false, reason: `"${name}" is not a valid parameter name` };
    if (paramValue.startsWith('"')) {
      const unquoted = unquote(paramValue);
      if (unquoted === undefined) return { ok: false, reason: `parameter ${name} has an unterminated quoted string` };
      paramValue = unquoted;
    } else if (!TOKEN.test(paramValue)) {
      return { ok: false, reason: `the value of parameter ${name} is neither a token nor a quoted string` };
    }
    parameters.set(name.toLowerCase(), paramValue);
  }
  const lowerType = type.toLowerCase();
  const lowerSubtype = subtype.toLowerCase();
  return { ok: true, mediaType: { essence: `${lowerType}/${lowerSubtype}`, type: lowerType, subtype: lowerSubtype, parameters } };
}

/** application/json, or any type with a +json structured suffix (RFC 6839). */
export function isJsonMediaType(mediaType: MediaType): boolean {
  return mediaType.essence === 'application/json' || mediaType.subtype.endsWith('+json');
}


/** Removes the quotes and backslash escapes of a quoted-string; undefined when it is not one. */
export function unquote(text: string): string | undefined {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return undefined;
  let out = '';
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === '\\') {
      if (i + 1 >= text.length - 1) return undefined;
      out += text[++i];
    } else if (c === '"') return undefined;
    else out += c;
  }
  return out;
}

// RFC 6838 §4.2: restricted-name = restricted-name-first *126restricted-name-chars
const RESTRICTED_NAME = /^[A-Za-z0-9][A-Za-z0-9!#$&\-^_.+]{0,126}$/;

/**
 * Why a syntactically valid media type's type or subtype is not a media type name (RFC 6838 §4.2): a wildcard
 * (a media range), a character outside restricted-name-chars, or a name over 127 characters. Undefined when
 * both names are fine, registered or not.
 */
export function mediaTypeNameProblem(value: string): string | undefined {
  const parsed = parseMediaType(value);
  if (!parsed.ok) return undefined;
  const essence = (value.trim().split(';')[0] ?? '').trim();
  const [type = '', subtype = ''] = essence.split('/');
  if (type === '*' || subtype === '*') return `"${essence}" is a media range (it has "*"), which belongs in Accept, not a media type`;
  for (const [what, name] of [['type', type], ['subtype', subtype]] as const) {
    if (name.length > 127) return `the ${what} name is ${name.length} characters long (at most 127)`;
    if (RESTRICTED_NAME.test(name)) continue;
    const bad = /^[A-Za-z0-9]/.test(name) ? [...name].find((c) => !/[A-Za-z0-9!#$&\-^_.+]/.test(c))! : name[0]!;
    const position = /^[A-Za-z0-9]/.test(name) ? `contains "${bad}"` : `starts with "${bad}" (a name starts with a letter or digit)`;
    return `the ${what} name "${name}" ${position}, which RFC 6838 does not allow in a media type name`;
  }
  return undefined;
}
