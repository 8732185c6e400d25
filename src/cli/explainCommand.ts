// `httpinspect explain <topic>`: the offline knowledge base for a status code or a rule id.
import { explainTopic, topicNames } from '../explain/topic';
import { renderExplainJson, renderExplainText } from '../explain/render';
import { colorsFor } from './colors';
import { closest } from '../options/suggest';
import { EXIT, UsageError } from '../options/usage';

/** A did-you-mean for a topic, also matching a rule's name without its category ("body-on-240"). */
function suggestion(topic: string): string {
  const names = topicNames();
  const match = closest(topic, names) ?? names.find((id) => closest(topic, [id.slice(id.indexOf('/') + 1)]) !== undefined && id.includes('/'));
  return match ? ` (did you mean "${match}"?)` : '';
}

export function runExplainCommand(topic: string, flags: { json?: boolean; color: boolean }): number {
  const explained = explainTopic(topic);
  if (!explained) {
    const hint = /^\d+$/.test(topic.trim()) ? ' (status codes run from 100 to 599)' : suggestion(topic.trim());
    throw new UsageError(`nothing to explain for "${topic}"${hint}; give a status code (e.g. 204) or a rule id (\`httpinspect rules\` lists them)`);
  }
  if (flags.json) {
    process.stdout.write(renderExplainJson(explained));
  } else {
    const chalk = colorsFor(process.stdout, flags.color);
    process.stdout.write(renderExplainText(explained, { chalk, width: process.stdout.columns || 100 }));
  }
  return EXIT.ok;
}
