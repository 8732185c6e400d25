// `httpinspect rules`: the catalogue, straight from the rules' own metadata.
import { allRules } from '../../rules/index';
import { rulesMarkdown } from '../engine/catalogue';
import { profileMembership, profilesText } from '../engine/profile';
import { colorsFor } from './colors';
import { EXIT } from '../options/usage';

export function runRulesCommand(flags: { json?: boolean; markdown?: boolean }): number {
  if (flags.markdown) {
    process.stdout.write(`${rulesMarkdown(allRules)}\n`);
    return EXIT.ok;
  }
  if (flags.json) {
    const rules = allRules.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity, profiles: profileMembership(r.meta), title: r.meta.title, ref: r.meta.ref.label, url: r.meta.ref.url }));
    process.stdout.write(`${JSON.stringify({ schemaVersion: 1, rules }, null, 2)}\n`);
    return EXIT.ok;
  }
  const chalk = colorsFor(process.stdout, true);
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  const profilesWidth = Math.max(...allRules.map((r) => profilesText(r.meta).length));
  let category = '';
  const out: string[] = [];
  for (const rule of allRules) {
    if (rule.meta.category !== category) {
      category = rule.meta.category;
      out.push('', chalk.bold(category));
    }
    out.push(`  ${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${profilesText(rule.meta).padEnd(profilesWidth)}  ${rule.meta.title}  ${chalk.dim(`${rule.meta.ref.label} ${rule.meta.ref.url}`)}`);
  }
  const legend = 'Profiles (--profile): recommended is the default; minimal runs only error rules; strict raises info to warning.';
  process.stdout.write(`${out.join('\n').trimStart()}\n\n${allRules.length} rules\n${legend}\n`);
  return EXIT.ok;
}
