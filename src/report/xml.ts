// XML 1.0 text and attribute escaping for reports that carry server text: such text may hold any byte,
// and a single character XML forbids (NUL, most C0 controls, U+FFFE, lone surrogates) makes the file unreadable.

// Everything outside XML 1.0's Char production (§2.2). With the u flag a lone surrogate is one unmatched code point.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Element content: the five predefined entities, forbidden characters dropped. */
export function xmlText(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c]!);
}

/** Attribute values: as text, plus TAB/LF/CR as references so attribute-value normalization keeps them. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `<name a="1" b="2">`-style attribute list, skipping undefined values. */
export function xmlAttrs(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttr(String(value))}"`)
    .join('');
}
