// The README's generated tables: the rules (from their metadata) and the options (from the option table).
import { allRules } from '../rules/index';
import { withRulesTable } from '../src/engine/catalogue';
import { withOptionsTable } from '../src/options/docs';

export function withReadmeTables(readme: string): string {
  return withOptionsTable(withRulesTable(readme, allRules));
}
