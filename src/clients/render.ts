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
  const markOf = (outcome: ClientReaction['outcome']) => {
    const word = outcome.padEnd(7);
    return outcome === 'ok' ? chalk.green(`✔ ${word}`) : outcome === 'timeout' ? chalk.yellow(`⧗ ${word}`) : chalk.red(`✖ ${word}`);
  };
  return [
    title,
    ...reactions.flatMap((r) => {
      const line = `    ${clientLabel(r).padEnd(width)}  ${markOf(r.outcome)} ${visible(mask(r.detail))}`;
      if (!r.keepAlive) return [line];
      const k = r.keepAlive;
      const where = k.sameConnection === true ? 'on the same connection' : k.sameConnection === false ? 'on a new connection' : '(not received)';
      return [line, `    ${' '.repeat(width)}  ${chalk.dim(`then GET ${where}:`)} ${markOf(k.outcome)} ${visible(mask(k.detail))}`];
    }),
  ];
}

/** The JSON shape: exactly the reaction's fields, in a stable order. */
export function clientsJson(reactions: readonly ClientReaction[] | null | undefined, mask: (text: string) => string = (t) => t) {
  return (
    reactions?.map((r) => ({
      name: r.name,
      version: r.version,
      outcome: r.outcome,
      detail: mask(r.detail),
      status: r.status,
      code: r.code,
      // Added in 0.2: the keep-alive replay's second request (null when the response cannot be followed on its connection).
      keepAlive: r.keepAlive
        ? { outcome: r.keepAlive.outcome, detail: mask(r.keepAlive.detail), status: r.keepAlive.status, code: r.keepAlive.code, sameConnection: r.keepAlive.sameConnection }
        : null,
    })) ?? null
  );
}
