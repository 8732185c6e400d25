import { describe, expect, it } from 'vitest';
import type { RuleSetting } from '../../src/engine/rule';
import { effectiveSetting, findingSeverity, profileMembership, profilesText, severityIn, type Profile } from '../../src/engine/profile';
import { runRules } from '../../src/engine/run';
import { exchangeOf, ruleById } from '../helpers/exchange';

const error = { severity: 'error' } as const;
const warning = { severity: 'warning' } as const;
const info = { severity: 'info' } as const;

describe('severity profiles', () => {
  it('recommended keeps every rule at its own severity', () => {
    expect(effectiveSetting(error, 'recommended')).toBe('error');
    expect(effectiveSetting(warning, 'recommended')).toBe('warning');
    expect(effectiveSetting(info, 'recommended')).toBe('info');
  });

  it('minimal keeps only rules whose default severity is error', () => {
    expect(effectiveSetting(error, 'minimal')).toBe('error');
    expect(effectiveSetting(warning, 'minimal')).toBe('off');
    expect(effectiveSetting(info, 'minimal')).toBe('off');
  });

  it('strict raises advice to warning and leaves warnings and errors', () => {
    expect(effectiveSetting(info, 'strict')).toBe('warning');
    expect(effectiveSetting(warning, 'strict')).toBe('warning');
    expect(effectiveSetting(error, 'strict')).toBe('error');
    expect(severityIn('strict', 'info')).toBe('warning');
    expect(severityIn('recommended', 'info')).toBe('info');
  });

  it('the user\'s own setting always wins, in every profile', () => {
    expect(effectiveSetting(warning, 'minimal', 'warning')).toBe('warning');
    expect(effectiveSetting(info, 'minimal', 'info')).toBe('info');
    expect(effectiveSetting(error, 'minimal', 'off')).toBe('off');
    expect(effectiveSetting(info, 'strict', 'info')).toBe('info');
    expect(effectiveSetting(error, 'recommended', 'warning')).toBe('warning');
  });

  it('a finding keeps its own milder variant, raised by strict, overridden by the user, dropped when off', () => {
    expect(findingSeverity(warning, 'recommended', undefined, 'info')).toBe('info');
    expect(findingSeverity(warning, 'strict', undefined, 'info')).toBe('warning');
    expect(findingSeverity(error, 'minimal', undefined, 'warning')).toBe('warning');
    expect(findingSeverity(warning, 'minimal', undefined, 'info')).toBeNull();
    expect(findingSeverity(warning, 'recommended', 'error', 'info')).toBe('error');
    expect(findingSeverity(warning, 'strict', 'off')).toBeNull();
    expect(findingSeverity(info, 'strict', undefined)).toBe('warning');
  });

  it('describes membership per profile', () => {
    expect(profileMembership(error)).toEqual({ minimal: 'error', recommended: 'error', strict: 'error' });
    expect(profileMembership(info)).toEqual({ minimal: 'off', recommended: 'info', strict: 'warning' });
    expect(profilesText(error)).toBe('minimal, recommended, strict');
    expect(profilesText(warning)).toBe('recommended, strict');
    expect(profilesText(info)).toBe('recommended, strict (as warning)');
  });
});

describe('the engine applies the profile', () => {
  // content/charset-mismatch is a warning rule whose unknown-label finding is a milder info variant.
  const exchange = exchangeOf({ response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf8mb4\r\nContent-Length: 2\r\n\r\nhi' });
  const rule = ruleById('content/charset-mismatch');
  const severities = (profile: Profile, settings = new Map<string, RuleSetting>()) =>
    runRules([exchange], [rule], { settings, maxBody: 1024, profile })[0]!.map((f) => f.severity);

  it('keeps the info variant in recommended, raises it in strict, drops the rule in minimal', () => {
    expect(severities('recommended')).toEqual(['info']);
    expect(runRules([exchange], [rule], { settings: new Map(), maxBody: 1024 })[0]!.map((f) => f.severity)).toEqual(['info']);
    expect(severities('strict')).toEqual(['warning']);
    expect(severities('minimal')).toEqual([]);
  });

  it('lets a user setting bring a rule back into minimal', () => {
    expect(severities('minimal', new Map([['content/charset-mismatch', 'warning']]))).toEqual(['warning']);
  });
});
