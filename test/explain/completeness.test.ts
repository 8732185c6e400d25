// The explain knowledge base is complete: every registered and unofficial code and every rule has every
// section, non-empty, and the codes APIs commonly return are written in depth (no class defaults).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { REGISTERED_STATUS_CODES, UNOFFICIAL_STATUS_CODES } from '../../src/data/statusCodes';
import { CODE_KNOWLEDGE, explainCode } from '../../src/explain/codes/index';
import { RULE_KNOWLEDGE, explainRule } from '../../src/explain/rule';
import { CLIENT_KINDS, FRAMEWORKS, FRAMEWORK_LABELS, type CodeExplanation } from '../../src/explain/types';

const COMMON_API_CODES = [200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410, 412, 415, 422, 428, 429, 500, 502, 503, 504];
const ALL_CODES = [...REGISTERED_STATUS_CODES.map((c) => c.code), ...UNOFFICIAL_STATUS_CODES.map((c) => c.code)];
const RULE_IDS = allRules.map((r) => r.meta.id);

const filled = (text: string | undefined) => typeof text === "string" && text.trim().length >= 2;

function textOf(e: CodeExplanation): string {
  return [e.meaning, ...e.guarantees, ...e.nonGuarantees, ...e.useWhen, ...e.misuses, ...e.headers.flatMap((h) => [h.name, h.note]), ...Object.values(e.clients), e.retry, e.monitoring].join(' ');
}

/** A related topic must be something `explain` can show: a code with an entry or a rule id. */
function resolvable(topic: string): boolean {
  return /^\d{3}$/.test(topic) ? CODE_KNOWLEDGE.has(Number(topic)) || explainCode(Number(topic)) !== undefined : RULE_IDS.includes(topic);
}

describe('status code entries', () => {
  it.each(ALL_CODES)('%i has its own entry with every section filled', (code) => {
    expect(CODE_KNOWLEDGE.has(code), `no entry for ${code}`).toBe(true);
    const e = explainCode(code)!;
    expect(e.code).toBe(code);
    expect(filled(e.name) && filled(e.ref) && e.url.startsWith('https://')).toBe(true);
    expect(e.meaning.length).toBeGreaterThan(40);
    for (const list of [e.guarantees, e.nonGuarantees, e.useWhen, e.misuses]) {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(filled(item), `empty item in ${code}`).toBe(true);
    }
    expect(e.headers.length).toBeGreaterThan(0);
    for (const h of e.headers) expect(filled(h.name) && filled(h.note)).toBe(true);
    for (const kind of CLIENT_KINDS) expect(filled(e.clients[kind]), `${code}: ${kind}`).toBe(true);
    expect(filled(e.retry) && filled(e.monitoring)).toBe(true);
    expect(e.related.length).toBeGreaterThan(0);
    for (const r of e.related) {
      expect(filled(r.note)).toBe(true);
      expect(resolvable(String(r.code)), `${code} relates to unknown ${r.code}`).toBe(true);
    }
  });

  it('has no entry for a code that is neither registered nor a known unofficial one', () => {
    for (const code of CODE_KNOWLEDGE.keys()) expect(ALL_CODES, String(code)).toContain(code);
  });

  it.each(COMMON_API_CODES)('%i (commonly returned by APIs) is written in depth', (code) => {
    const own = CODE_KNOWLEDGE.get(code)!;
    // Every kind of client is described for this code itself, not left to the class default.
    for (const kind of CLIENT_KINDS) expect(filled(own.clients[kind]), `${code}: ${kind} left to the class default`).toBe(true);
    expect(own.misuses.length, `${code} misuses`).toBeGreaterThanOrEqual(2);
    expect(own.related.length, `${code} related`).toBeGreaterThanOrEqual(2);
    expect(own.guarantees.length + own.nonGuarantees.length).toBeGreaterThanOrEqual(3);
    expect(textOf(explainCode(code)!).length, `${code} is too short`).toBeGreaterThan(1200);
  });

  it('labels unofficial codes with who uses them, and registry flags', () => {
    for (const u of UNOFFICIAL_STATUS_CODES) {
      const e = explainCode(u.code)!;
      expect(e.status).toBe('unofficial');
      expect(e.usedBy).toBe(u.usedBy);
    }
    expect(explainCode(420)!.usedBy).toMatch(/Twitter/);
    expect(explainCode(306)!.flags).toContain('reserved');
    expect(explainCode(102)!.flags).toContain('obsolete');
    expect(explainCode(204)!.status).toBe('registered');
  });

  it('explains unassigned codes in 100–599 by their class, and nothing outside it', () => {
    const e = explainCode(512)!;
    expect(e.status).toBe('unassigned');
    expect(e.meaning).toContain('500');
    expect(e.related.map((r) => r.code)).toEqual([500]);
    expect(explainCode(99)).toBeUndefined();
    expect(explainCode(600)).toBeUndefined();
  });
});

describe('rule entries', () => {
  it.each(RULE_IDS)('%s has every section filled and a fix for every framework', (id) => {
    const rule = allRules.find((r) => r.meta.id === id)!;
    const e = explainRule(rule.meta);
    expect(e, `no explain entry for ${id}`).toBeDefined();
    expect(e!.checks.length).toBeGreaterThan(40);
    expect(filled(e!.why) && filled(e!.fix) && e!.ref.url.startsWith('https://')).toBe(true);
    expect(e!.breaks.length).toBeGreaterThan(0);
    for (const b of e!.breaks) expect(filled(b.client) && filled(b.effect)).toBe(true);
    for (const fw of FRAMEWORKS) {
      const fix = e!.fixes[fw];
      expect(filled(fix), `${id}: no ${fw} fix`).toBe(true);
      // "Same as X" must point at a framework that has its own text.
      if (/^Same as /.test(fix)) {
        const target = FRAMEWORKS.find((f) => fix.startsWith(`Same as ${FRAMEWORK_LABELS[f]}`));
        expect(target, `${id}: ${fw} says "${fix}"`).toBeDefined();
        expect(e!.fixes[target!]).not.toMatch(/^Same as /);
      }
    }
    expect(e!.related.length).toBeGreaterThan(0);
    for (const topic of e!.related) expect(resolvable(topic), `${id} relates to unknown ${topic}`).toBe(true);
  });

  it('has no entry for a rule that does not exist', () => {
    for (const id of Object.keys(RULE_KNOWLEDGE)) expect(RULE_IDS, id).toContain(id);
  });

  it('gives the Express 204 idiom for a body on 204', () => {
    const e = explainRule(allRules.find((r) => r.meta.id === 'framing/body-on-204')!.meta)!;
    expect(e.fixes.express).toContain('res.status(204).end()');
    expect(e.fixes.go).toContain('http.StatusNoContent');
  });
});
