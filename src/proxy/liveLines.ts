// While the proxy runs: one line per finding (and per upstream failure) on stderr as each exchange is judged:
// "✖ DELETE /users/42 → 200 status/delete-200-empty".
import type { ChalkInstance } from 'chalk';
import type { Inspection } from '../judge';
import { visible } from '../text/escape';
import { maskUrl } from '../report/secrets';

function pathAndQuery(url: string): string {
  try {
    const u = new URL(maskUrl(url));
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

export function liveLines(inspection: Inspection, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  inspection.exchanges.forEach((exchange, k) => {
    const what = `${exchange.request.method} ${visible(pathAndQuery(exchange.url))}`;
    const status = exchange.response ? String(exchange.response.status) : 'no response';
    if (exchange.error && !exchange.response) lines.push(`${chalk.red('✖')} ${what} → ${status} ${chalk.dim(`[${exchange.error.code}]`)}`);
    for (const finding of inspection.findings[k] ?? []) {
      const mark = finding.severity === 'error' ? chalk.red('✖') : finding.severity === 'warning' ? chalk.yellow('⚠') : chalk.cyan('ℹ');
      lines.push(`${mark} ${what} → ${status} ${finding.ruleId}`);
    }
  });
  return lines;
}
