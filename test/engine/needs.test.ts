import { describe, expect, it } from 'vitest';
import { defineRule, type Rule, type RuleMeta } from '../../src/engine/rule';
import { needsOf, unavailableOf } from '../../src/engine/needs';
import { allRules } from '../../rules/index';
import { notEvaluatedRules, runRules } from '../../src/engine/run';
import { exchangeOf } from '../helpers/exchange';

function alwaysFires(meta: Partial<RuleMeta> & { id: string }): Rule {
  return defineRule({
    meta: { category: 'headers', severity: 'warning', title: 't', ref: { label: 'r', url: 'https://x' }, why: 'w', fix: 'f', ...meta },
    check: () => [{ message: 'fired', evidence: '' }],
  });
}

const framing = alwaysFires({ id: 'framing/x', category: 'framing' });
const wire = alwaysFires({ id: 'headers/wire', needs: ['wire'] });
const content = alwaysFires({ id: 'content/x', category: 'content' });
const credentials = alwaysFires({ id: 'cors/x', category: 'cors', needs: ['credentials'] });
const plain = alwaysFires({ id: 'headers/plain' });
const rules = [framing, wire, content, credentials, plain];
const response = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

describe('needsOf', () => {
  it('derives wire from the framing category or a declared need, body from the content category, adds declared needs', () => {
    expect([...needsOf(framing.meta)]).toEqual(['wire']);
    expect([...needsOf(wire.meta)]).toEqual(['wire']);
    expect([...needsOf(content.meta)]).toEqual(['body']);
    expect([...needsOf(credentials.meta)]).toEqual(['credentials']);
    expect([...needsOf(plain.meta)]).toEqual([]);
  });
});

describe('notEvaluatedRules and runRules', () => {
  it('evaluates everything on a network exchange', () => {
    const ex = exchangeOf({ response });
    expect(notEvaluatedRules(ex, rules)).toEqual([]);
    expect(runRules([ex], rules, { settings: new Map(), maxBody: 1000 })[0]!.map((f) => f.ruleId).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });

  it('a HAR exchange lacks the wire bytes even when its importer did not say so', () => {
    const ex = { ...exchangeOf({ response }), source: 'har' as const };
    expect([...unavailableOf(ex)]).toEqual(['wire']);
    expect(notEvaluatedRules(ex, rules)).toEqual(['framing/x', 'headers/wire']);
  });

  it('skips exactly the rules needing what the exchange lacks, and reports them in rule order', () => {
    const ex = { ...exchangeOf({ response }), source: 'har' as const, unavailable: ['wire' as const, 'body' as const, 'credentials' as const] };
    expect(notEvaluatedRules(ex, rules)).toEqual(['framing/x', 'headers/wire', 'content/x', 'cors/x']);
    expect(runRules([ex], rules, { settings: new Map(), maxBody: 1000 })[0]!.map((f) => f.ruleId)).toEqual(['headers/plain']);
  });

  it('leaves rules set to off out of the not-evaluated list when settings are given', () => {
    const ex = { ...exchangeOf({ response }), source: 'raw' as const, unavailable: ['body' as const] };
    expect(notEvaluatedRules(ex, rules)).toEqual(['content/x']);
    expect(notEvaluatedRules(ex, rules, new Map([['content/x', 'off' as const]]))).toEqual([]);
  });
});

describe('needs declared by the rules themselves', () => {
  it('body-reading status rules and credential-dependent CORS rules say so in their metadata', () => {
    const needs = (id: string) => needsOf(allRules.find((r) => r.meta.id === id)!.meta);
    expect(needs('status/error-in-200-body').has('body')).toBe(true);
    expect(needs('status/delete-200-empty').has('body')).toBe(true);
    expect(needs('cors/wildcard-with-credentials').has('credentials')).toBe(true);
    expect(needs('headers/missing-date').size).toBe(0);
  });

  it('makes content-coding validity a wire-level question (a HAR body is already decoded)', () => {
    const rule = allRules.find((r) => r.meta.id === 'content/invalid-content-encoding')!;
    expect(needsOf(rule.meta).has('wire')).toBe(true);
  });
});
