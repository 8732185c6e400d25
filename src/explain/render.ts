// Renders an explain entry for a terminal (headings, wrapped paragraphs and bullets) or as JSON.
import type { ChalkInstance } from 'chalk';
import { statusCodeInfo, unofficialStatusInfo } from '../data/statusCodes';
import type { Explained } from './topic';
import { CLIENT_KINDS, CLIENT_LABELS, FRAMEWORKS, FRAMEWORK_LABELS, type CodeExplanation, type RuleExplanation } from './types';

export const EXPLAIN_SCHEMA_VERSION = 1;

/** Greedy word wrap; every line is prefixed with `indent`, the first with `first` when given. */
export function wrap(text: string, width: number, indent: string, first = indent): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

class Page {
  readonly lines: string[] = [];
  constructor(
    private readonly chalk: ChalkInstance,
    readonly width: number,
  ) {}
  heading(text: string): void {
    this.lines.push('', this.chalk.bold(text));
  }
  paragraph(text: string): void {
    this.lines.push(...wrap(text, this.width, '  '));
  }
  bullets(items: readonly string[]): void {
    for (const item of items) this.lines.push(...wrap(item, this.width, '    ', '  • '));
  }
  /** "  Label: text", wrapped on the plain text and then colored, so escape codes do not skew the width. */
  labelled(label: string, text: string): void {
    const [first = '', ...rest] = wrap(`${label}: ${text}`, this.width, '    ', '  ');
    this.lines.push(`  ${this.chalk.cyan(`${label}:`)}${first.slice(label.length + 3)}`, ...rest);
  }
}

function codeName(code: number): string {
  return statusCodeInfo(code)?.name ?? unofficialStatusInfo(code)?.name ?? '';
}

/** Renders a related topic: a code gets its name, a rule id is shown as is. */
function relatedLabel(topic: string): string {
  return /^\d{3}$/.test(topic) ? `${topic} ${codeName(Number(topic))}`.trim() : topic;
}

function renderCode(e: CodeExplanation, page: Page, chalk: ChalkInstance): void {
  const status = e.status === 'registered' ? `IANA-registered${e.flags.length ? `, ${e.flags.join(', ')}` : ''}` : e.status;
  page.lines.push(`${chalk.bold(`${e.code} ${e.name}`)}  ${chalk.dim(`(${status})`)}`);
  if (e.status === 'unofficial') page.lines.push(...wrap(`Unofficial: not in the IANA registry; used by ${e.usedBy}.`, page.width, '  ', '').map((l, i) => (i === 0 ? l.replace('Unofficial:', chalk.yellow('Unofficial:')) : l)));
  page.lines.push(chalk.dim(`Spec: ${e.ref}  ${e.url}`));
  page.heading('Meaning');
  page.paragraph(e.meaning);
  page.heading('Guarantees');
  page.bullets(e.guarantees);
  page.heading('Does not guarantee');
  page.bullets(e.nonGuarantees);
  page.heading('Use it when');
  page.bullets(e.useWhen);
  page.heading('Common misuses');
  page.bullets(e.misuses);
  page.heading('Headers that matter');
  page.bullets(e.headers.map((h) => `${h.name}: ${h.note}`));
  page.heading('How clients treat it');
  for (const kind of CLIENT_KINDS) page.labelled(CLIENT_LABELS[kind], e.clients[kind]);
  page.heading('Retries');
  page.paragraph(e.retry);
  page.heading('Monitoring');
  page.paragraph(e.monitoring);
  page.heading('Related codes');
  page.bullets(e.related.map((r) => `${relatedLabel(String(r.code))}: ${r.note}`));
}

function renderRule(e: RuleExplanation, page: Page, chalk: ChalkInstance): void {
  page.lines.push(`${chalk.bold(e.id)}  ${chalk.dim(`(${e.category}, default severity ${e.severity})`)}`);
  page.lines.push(...wrap(e.title, page.width, '', ''));
  page.lines.push(chalk.dim(`Spec: ${e.ref.label}  ${e.ref.url}`));
  page.heading('What it checks');
  page.paragraph(e.checks);
  page.heading('Why it matters');
  page.paragraph(e.why);
  page.heading('Which clients break, and how');
  page.bullets(e.breaks.map((b) => `${b.client}: ${b.effect}`));
  page.heading('How to fix it');
  page.paragraph(e.fix);
  for (const fw of FRAMEWORKS) page.labelled(FRAMEWORK_LABELS[fw], e.fixes[fw]);
  page.heading('Related');
  page.bullets(e.related.map(relatedLabel));
}

export function renderExplainText(explained: Explained, options: { chalk: ChalkInstance; width: number }): string {
  const width = Math.max(40, Math.min(options.width, 100));
  const page = new Page(options.chalk, width);
  if (explained.kind === 'code') renderCode(explained.entry, page, options.chalk);
  else renderRule(explained.entry, page, options.chalk);
  return `${page.lines.join('\n')}\n`;
}

export function renderExplainJson(explained: Explained): string {
  return `${JSON.stringify({ schemaVersion: EXPLAIN_SCHEMA_VERSION, kind: explained.kind, ...explained.entry }, null, 2)}\n`;
}
