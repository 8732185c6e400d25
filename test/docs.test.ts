// Docs cannot drift: the README's rule table is exactly what the rules' metadata renders,
// and every rule's metadata is complete.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index';
import { withRulesTable } from '../src/engine/catalogue';
import { withOptionsTable } from '../src/options/docs';
import { OPTIONS } from '../src/options/table';

describe('rule metadata and docs', () => {
  it('the README rule table matches the rules (run `npm run docs` after changing a rule)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withRulesTable(readme, allRules)).toBe(readme);
  });

  it('the README option table matches the option table (run `npm run docs` after changing an option)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withOptionsTable(readme)).toBe(readme);
    for (const spec of OPTIONS) expect(readme, spec.flags).toContain(`\`${spec.flags.replace(/\|/g, '\\|')}\``);
  });

  it('every rule has a unique id matching its category, and complete metadata', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of allRules) {
      expect(meta.id).toMatch(/^[a-z][a-z0-9]*\/[a-z0-9-]+$/);
      expect(meta.id.split('/')[0]).toBe(meta.category);
      expect(['error', 'warning', 'info']).toContain(meta.severity);
      expect(meta.title.length, meta.id).toBeGreaterThan(10);
      expect(meta.why.length, meta.id).toBeGreaterThan(30);
      expect(meta.fix.length, meta.id).toBeGreaterThan(20);
      expect(meta.ref.url, meta.id).toMatch(/^https:\/\//);
    }
  });

  it('every rule of the public contract exists with its default severity', () => {
    const contract = JSON.parse(readFileSync(new URL('./fixtures/rule-contract.json', import.meta.url), 'utf8')) as {
      rules: Record<string, string>;
      amended?: Record<string, { severity: string; by: string }>;
    };
    const entries = Object.entries(contract.rules);
    expect(entries.length).toBeGreaterThan(60);
    for (const [id, severity] of entries) {
      const rule = allRules.find((r) => r.meta.id === id);
      expect(rule, `${id} from the contract`).toBeDefined();
      // A default severity changed by a later issue is recorded with the issue that changed it.
      const amended = contract.amended?.[id];
      expect(rule!.meta.severity, id).toBe(amended ? amended.severity : severity);
    }
    for (const [id, amendment] of Object.entries(contract.amended ?? {})) expect(amendment.by, id).toMatch(/^issue \d+/);
  });

  it('the contract snapshot agrees with shared/RULES.md where that file is beside the repo', () => {
    const path = new URL('../../shared/RULES.md', import.meta.url);
    const contract = JSON.parse(readFileSync(new URL('./fixtures/rule-contract.json', import.meta.url), 'utf8')) as { rules: Record<string, string> };
    const catalogue = existsSync(path) ? readFileSync(path, 'utf8') : null;
    const rows = catalogue === null ? Object.entries(contract.rules) : [...catalogue.matchAll(/^\| ([a-z]+\/[a-z0-9-]+) \| (error|warning|info)/gm)].map((m) => [m[1]!, m[2]!]);
    expect(Object.fromEntries(rows)).toEqual(contract.rules);
  });
});
