import { describe, expect, it } from 'vitest';
import { linkParam, parseLink, relationTypes } from '../../src/http/link';

describe('parseLink (RFC 8288 §3)', () => {
  it('parses a list of links with offsets, unquoting values', () => {
    const { links, problems } = parseLink('<https://x/?page=2>; rel="next", </a,b>;rel=prev ; title="A \\"B\\""');
    expect(problems).toEqual([]);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ target: 'https://x/?page=2', offset: 0, complete: true });
    expect(links[0]!.params).toEqual([{ name: 'rel', value: 'next', text: 'rel="next"', offset: 21 }]);
    expect(links[1]).toMatchObject({ target: '/a,b', offset: 33 });
    expect(linkParam(links[1]!, 'TITLE')?.value).toBe('A "B"');
    expect(relationTypes(links[1]!)).toEqual(['prev']);
  });

  it('keeps valueless parameters and space-separated relation types', () => {
    const [link] = parseLink('</f.woff2>; rel="preload Prefetch"; as=font; crossorigin').links;
    expect(relationTypes(link!)).toEqual(['preload', 'prefetch']);
    expect(linkParam(link!, 'crossorigin')).toEqual({ name: 'crossorigin', text: 'crossorigin', offset: 45 });
  });

  it('tolerates empty list elements and stray semicolons', () => {
    const parsed = parseLink(' , </a>; rel=next;, ,</b>; ; rel=prev');
    expect(parsed.problems).toEqual([]);
    expect(parsed.links.map((l) => l.target)).toEqual(['/a', '/b']);
  });

  it('reports syntax errors with their offset and resumes at the next link-value', () => {
    const parsed = parseLink('https://x; rel=next, </ok>; rel=prev');
    expect(parsed.problems).toEqual([{ offset: 0, message: expect.stringContaining('enclosed in "<" and ">"') }]);
    expect(parsed.links.map((l) => l.target)).toEqual(['/ok']);

    expect(parseLink('</a>; rel=next page').problems[0]).toMatchObject({ offset: 14, message: expect.stringContaining('token or a quoted string') });
    expect(parseLink('</a>; rel="next').problems[0]!.message).toContain('never closed');
    expect(parseLink('</a').problems[0]!.message).toContain('never closed by ">"');
    expect(parseLink('</a>; =x').problems[0]!.message).toContain('must be a token');
    expect(parseLink('</a>; rel=').problems[0]!.message).toContain('no value');
    expect(parseLink('</a> rel=next').problems[0]!.message).toContain('expected ";" or ","');
    const loose = parseLink('</f>; rel=preload; type=font/woff2; as=font');
    expect(loose.problems).toEqual([{ offset: 24, tolerated: true, message: expect.stringContaining('must be quoted') }]);
    expect(loose.links[0]!.params.map((p) => [p.name, p.value])).toEqual([['rel', 'preload'], ['type', 'font/woff2'], ['as', 'font']]);
    expect(loose.links[0]!.complete).toBe(true);
    const badUri = parseLink('</a b>; rel=next');
    expect(badUri.problems[0]).toMatchObject({ offset: 1, message: expect.stringContaining('not a URI reference') });
    expect(badUri.links[0]!.complete).toBe(false);
  });

  it('never throws on hostile input', () => {
    for (const s of ['', '<', '>', '"', '<>;;;;', ';', ',,,', '<a>; rel="\\', 'x'.repeat(100000)]) expect(() => parseLink(s)).not.toThrow();
  });
});
