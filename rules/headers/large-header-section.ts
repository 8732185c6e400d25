import { defineRule } from '../../src/engine/rule';
import { HEADER_SECTION_LIMIT, kib } from './_sizes';

export default defineRule({
  meta: {
    id: 'headers/large-header-section',
    category: 'headers',
    severity: 'warning',
    title: 'the response header section is larger than 32 KiB',
    ref: { label: 'RFC 9110 §5.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.4' },
    why: 'Proxies, CDNs and clients cap the size of a response head (32 KiB is a common ceiling, Node\'s http parser stops at 16 KiB): beyond it the response is replaced by a 502 or a "header overflow" error, so it works when tested directly and fails for users behind the proxy.',
    fix: 'Find the largest fields (usually Set-Cookie, Content-Security-Policy, Link or debug headers) and shrink or drop them; keep state on the server and data in the body.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const size = res.headerEnd - res.offset;
    if (size <= HEADER_SECTION_LIMIT) return [];
    // Name the fields that make up the bulk: the largest three (by line, combined per name).
    const byName = new Map<string, { name: string; bytes: number; lines: number }>();
    for (const h of res.headers) {
      const key = h.name.toLowerCase();
      const entry = byName.get(key) ?? { name: h.name, bytes: 0, lines: 0 };
      entry.bytes += h.raw.length + 2;
      entry.lines += 1;
      byName.set(key, entry);
    }
    const largest = [...byName.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    const top = largest.map((e) => `${e.name} ${e.bytes} bytes${e.lines > 1 ? ` in ${e.lines} lines` : ''}`).join(', ');
    const biggest = res.headers.find((h) => h.name.toLowerCase() === largest[0]?.name.toLowerCase());
    return [
      {
        message: `the header section is ${size} bytes (${kib(size)}), more than the ${kib(HEADER_SECTION_LIMIT)} many proxies accept; largest: ${top}`,
        evidence: `header section from byte ${res.offset} to byte ${res.headerEnd} (${size} bytes, ${res.headers.length} lines)`,
        location: { part: 'header', offset: res.offset, ...(biggest ? { header: biggest.name } : {}) },
      },
    ];
  },
});
