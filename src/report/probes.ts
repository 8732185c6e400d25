// The "Probes" section of the text report: one line per follow-up probe request — what was sent, what came
// back, and the verdict (its probe/* findings, "not evaluated" with the reason, or ok) — and one per probe
// request that could not be sent, with the reason. Pure.
import type { ChalkInstance } from 'chalk';
import type { Exchange } from '../exchange';
import { headerNamed } from '../exchange';
import type { Inspection } from '../judge';
import { visible } from '../text/escape';

const DISTINGUISHING = ['If-None-Match', 'If-Modified-Since', 'Range', 'Accept-Encoding'];

/** What distinguishes a probe request: `GET If-None-Match: "v1"`, `HEAD`, `GET (request 2 on one connection)`. */
export function probeSent(exchange: Exchange): string {
  const header = DISTINGUISHING.map((name) => headerNamed(exchange.request.headers, name)).find((h) => h !== undefined);
  const position = exchange.connection ? ` (request ${exchange.connection.position} on one kept-alive connection)` : '';
  return `${exchange.request.method}${header ? ` ${header.raw}` : ''}${position}`;
}

function probeAnswer(exchange: Exchange): string {
  const res = exchange.response;
  if (res) return `${res.status} ${res.reason}`.trim();
  return exchange.error ? `no response (${exchange.error.code})` : 'not HTTP';
}

function verdict(inspection: Inspection, k: number, chalk: ChalkInstance): string {
  const exchange = inspection.exchanges[k]!;
  const findings = (inspection.findings[k] ?? []).filter((f) => f.ruleId.startsWith('probe/'));
  if (findings.length > 0) {
    const mark = findings.some((f) => f.severity === 'error') ? chalk.red('✖') : findings.some((f) => f.severity === 'warning') ? chalk.yellow('⚠') : chalk.cyan('i');
    return `${mark} ${findings.map((f) => `${f.ruleId} (${f.severity})`).join(', ')}`;
  }
  if (exchange.error && !exchange.response) return `${chalk.yellow('?')} not evaluated: ${visible(exchange.error.message)}`;
  const skipped = (inspection.notEvaluated[k] ?? []).filter((n) => n.ruleId.startsWith('probe/'));
  if (skipped.length > 0) return `${chalk.dim('?')} ${skipped.map((n) => `${n.ruleId} not evaluated: ${visible(n.reason)}`).join('; ')}`;
  if (exchange.probe?.name === 'reuse' && exchange.connection?.position === 2) return `${chalk.green('✔')} connection reuse works`;
  if (exchange.probe?.name === 'baseline') return chalk.dim('(the GET the representation probes compare with)');
  return `${chalk.green('✔')} ok`;
}

/** The section's lines for one inspection; empty when no probe was asked for. */
export function probesSection(inspection: Inspection, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  inspection.exchanges.forEach((exchange, k) => {
    for (const skip of exchange.probesSkipped ?? []) {
      lines.push(`  ${skip.name.padEnd(11)} ${skip.request === '*' ? '' : `${visible(skip.request)} `}${chalk.dim(`not sent: ${visible(skip.reason)}`)}`);
    }
    if (!exchange.probe) return;
    const sent = visible(probeSent(exchange));
    lines.push(`  ${exchange.probe.name.padEnd(11)} ${sent} → ${visible(probeAnswer(exchange))}  ${verdict(inspection, k, chalk)}`);
  });
  return lines.length === 0 ? [] : [chalk.bold('Probes') + chalk.dim(' (follow-up requests: GET, HEAD and OPTIONS only):'), ...lines, ''];
}
