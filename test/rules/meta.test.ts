// The rule set keeps itself complete: every rule file is registered, has an explanation beside it, a test file
// with `fires` and `quiet` cases, and a lab scenario that fires it (or a stated reason why the lab cannot).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { ruleExplanations } from '../../rules/explanations';
import { allScenarios } from '../../src/lab/scenarios/index';

const ROOT = join(import.meta.dirname, '../..');

/** Rules the lab cannot fire, and why. Keep this list short: every entry is a rule demo never shows. */
const NO_LAB_SCENARIO: Readonly<Record<string, string>> = {
  'http2/not-negotiated': "needs a TLS server that does not offer h2 in ALPN; the lab's TLS listener offers it (tested against such a server in test/e2e/http2.e2e.test.ts)",
  'status/insecure-redirect': 'needs an https hop redirected to http; the lab serves plain http only (tested over TLS in test/hostile/redirects.test.ts)',
  'cookies/missing-secure': 'advice for cookies set over https; the lab serves plain http only (tested over TLS in test/e2e/cookies-api.e2e.test.ts)',
  'security/missing-hsts': 'fires only over https; the lab serves plain http only (tested over TLS in test/e2e/security.e2e.test.ts)',
};

/** rules/<category>/<name>.ts files that define a rule (helpers start with "_"; explanations and indexes are not rules). */
function ruleFiles(): string[] {
  const files: string[] = [];
  for (const category of readdirSync(join(ROOT, 'rules'), { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    for (const file of readdirSync(join(ROOT, 'rules', category.name))) {
      if (!file.endsWith('.ts') || file.startsWith('_') || file.endsWith('.explain.ts')) continue;
      if (file === 'index.ts' || file === 'explanations.ts') continue;
      files.push(`${category.name}/${file.slice(0, -3)}`);
    }
  }
  return files.sort();
}

describe('the rule set', () => {
  const ids = allRules.map((r) => r.meta.id);

  it('registers every rule file exactly once, under the id its path gives', () => {
    expect([...ids].sort()).toEqual(ruleFiles());
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of allRules) {
    const { id, category } = rule.meta;
    describe(id, () => {
      it('has complete metadata', () => {
        expect(id.split('/')[0]).toBe(category);
        expect(rule.meta.title.length).toBeGreaterThan(10);
        expect(rule.meta.why.length).toBeGreaterThan(40);
        expect(rule.meta.fix.length).toBeGreaterThan(20);
        expect(rule.meta.ref.url).toMatch(/^https:\/\//);
      });

      it('has an explanation beside it', () => {
        expect(existsSync(join(ROOT, 'rules', `${id}.explain.ts`)), `rules/${id}.explain.ts`).toBe(true);
        expect(ruleExplanations[id], `rules/${category}/explanations.ts registers ${id}`).toBeDefined();
      });

      it('has a test file with fires and quiet (near-miss) cases', () => {
        const file = join(ROOT, 'test/rules', `${id}.test.ts`);
        expect(existsSync(file), `test/rules/${id}.test.ts`).toBe(true);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain(id);
        expect(text).toMatch(/fires/i);
        expect(text).toMatch(/quiet/i);
      });

      it('is fired by a lab scenario (or says why the lab cannot)', () => {
        const scenario = allScenarios.find((s) => s.expect.includes(id));
        if (!scenario) expect(NO_LAB_SCENARIO[id], `no lab scenario expects ${id}`).toBeDefined();
        else expect(NO_LAB_SCENARIO[id], `${id} has a scenario: drop it from NO_LAB_SCENARIO`).toBeUndefined();
      });
    });
  }

  it('has no explanation for a rule that does not exist', () => {
    for (const id of Object.keys(ruleExplanations)) expect(ids, id).toContain(id);
  });
});
