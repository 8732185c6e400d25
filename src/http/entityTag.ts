// Entity tags per RFC 9110 §8.8.3:
//   entity-tag = [ weak ] opaque-tag
//   weak       = %s"W/"                      (case-sensitive: "w/" is not weak, it is invalid)
//   opaque-tag = DQUOTE *etagc DQUOTE
//   etagc      = %x21 / %x23-7E / obs-text   (no space, no DQUOTE, no controls; obs-text is %x80-FF)

export interface EntityTag {
  weak: boolean;
  /** The opaque-tag without its quotes. */
  opaque: string;
  /** As received, e.g. `W/"abc"`. */
  text: string;
}

export type EntityTagResult = { ok: true; tag: EntityTag } | { ok: false; reason: string };

const ETAGC = /^[\x21\x23-\x7e\x80-\xff]*$/;

/** Parses one entity-tag (an ETag field value). Surrounding whitespace is not part of it. Never throws. */
export function parseEntityTag(value: string): EntityTagResult {
  if (typeof value !== 'string') return { ok: false, reason: 'not a string' };
  const text = value;
  if (text === '') return { ok: false, reason: 'the value is empty' };
  let weak = false;
  let rest = text;
  if (rest.startsWith('W/')) {
    weak = true;
    rest = rest.slice(2);
  } else if (rest.startsWith('w/')) {
    return { ok: false, reason: 'the weak prefix is case-sensitive: write W/ not w/' };
  }
  if (!rest.startsWith('"')) {
    return { ok: false, reason: `the ${weak ? 'opaque tag after W/' : 'entity-tag'} is not enclosed in double quotes (write ${weak ? 'W/' : ''}"${rest.replace(/"/g, '')}")` };
  }
  const close = rest.indexOf('"', 1);
  if (close < 0) return { ok: false, reason: 'the closing double quote is missing' };
  if (close !== rest.length - 1) {
    const after = rest.slice(close + 1);
    if (/^\s*,/.test(after)) return { ok: false, reason: 'the value is a list of entity-tags; ETag holds exactly one' };
    return { ok: false, reason: `unexpected characters after the closing quote: "${after}"` };
  }
  const opaque = rest.slice(1, close);
  if (!ETAGC.test(opaque)) {
    const bad = [...opaque].find((c) => !ETAGC.test(c)) ?? '';
    const code = bad.charCodeAt(0);
    const named = bad === ' ' ? 'a space' : bad === '\t' ? 'a tab' : code < 0x20 || code === 0x7f ? `control character 0x${code.toString(16).padStart(2, '0')}` : `"${bad}"`;
    return { ok: false, reason: `the opaque tag contains ${named}, which is not allowed in an entity-tag` };
  }
  return { ok: true, tag: { weak, opaque, text } };
}

/**
 * Parses a list of entity-tags as in If-None-Match / If-Match: `*` or #entity-tag.
 * Returns undefined when the list is malformed.
 */
export function parseEntityTagList(value: string): '*' | EntityTag[] | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '*') return '*';
  const tags: EntityTag[] = [];
  let rest = text;
  while (rest !== '') {
    const m = /^(W\/)?"[^"]*"/.exec(rest);
    if (!m) return undefined;
    const parsed = parseEntityTag(m[0]);
    if (!parsed.ok) return undefined;
    tags.push(parsed.tag);
    rest = rest.slice(m[0].length).replace(/^[ \t]*/, '');
    if (rest === '') break;
    if (!rest.startsWith(',')) return undefined;
    rest = rest.slice(1).replace(/^[ \t,]*/, '');
  }
  return tags;
}

/** Strong comparison (RFC 9110 §8.8.3.2): both strong and the same opaque tag. */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque;
}

/** Weak comparison: the same opaque tag, weakness ignored. */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}
