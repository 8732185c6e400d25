// The "How clients react" section of the text report, and the `clients` entry of the JSON report.
// Pure and small: the reports import this without loading any client.
import type { ChalkInstance } from 'chalk';
import { visible } from '../text/escape';
import type { ClientReaction } from './reaction';

export function clientLabel(reaction: Pick<ClientReaction, 'name' | 'version'>): string {
  return reaction.name === 'Node fetch' ? `Node fetch (undici ${reaction.version})` : `${reaction.name} ${reaction.version}`;
}

/** Lines of the text section; empty when --clients was not asked for this exchange. */
export function clientsSection(reactions: readonly ClientReaction[] | null | undefined, chalk: ChalkInstance, mask: (text: string) => string = (t) => t): string[] {
  if (reactions === undefined) return [];
  const title = chalk.bold('  How clients react') + chalk.dim(' (the captured response replayed on 127.0.0.1):');
  if (reactions === null) return [title, chalk.dim('    nothing was received, so there is nothing to replay')];
  if (reactions.length === 0) return [title, chalk.dim('    no client available')];
  const width = Math.max(...reactions.map((r) => clientLabel(r).length));
  return [
    title,
    ...reactions.map((r) => {
      const word = r.outcome.padEnd(7);
      const mark = r.outcome === 'ok' ? chalk.green(`✔ ${word}`) : r.outcome === 'timeout' ? chalk.yellow(`⧗ ${word}`) : chalk.red(`✖ ${word}`);
      return `    ${clientLabel(r).padEnd(width)}  ${mark} ${visible(mask(r.detail))}`;
    }),
  ];
}

/** The JSON shape: exactly the reaction's fields, in a stable order. */
export function clientsJson(reactions: readonly ClientReaction[] | null | undefined, mask: (text: string) => string = (t) => t) {
  return reactions?.map((r) => ({ name: r.name, version: r.version, outcome: r.outcome, detail: mask(r.detail), status: r.status, code: r.code })) ?? null;
}
