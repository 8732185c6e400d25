// The report formats, registered by name. Each is a pure `Formatter` in its own file; all but the default (text)
// are loaded only when asked for, so plain inspection parses none but the one it prints.
import type { Formatter, StreamingFormatter } from './format';
// The default format is on every plain inspection's path: loading it with the CLI saves a chunk round trip.
import { renderText, textStream } from './text';

export const FORMATS = ['text', 'json', 'ndjson', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const LOADERS: Record<Format, () => Promise<Formatter>> = {
  text: async () => renderText,
  json: async () => (await import('./json')).renderJson,
  ndjson: async () => (await import('./ndjson')).renderNdjson,
  sarif: async () => (await import('./sarif')).renderSarif,
  junit: async () => (await import('./junit')).renderJunit,
  github: async () => (await import('./github')).renderGithub,
};

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

export function loadFormatter(format: Format): Promise<Formatter> {
  return LOADERS[format]();
}

/** The Markdown job summary that goes with the `github` format (the CLI appends it to $GITHUB_STEP_SUMMARY). */
export async function loadGithubSummary(): Promise<Formatter> {
  return (await import('./github')).renderGithubSummary;
}

/** Formats written as the run goes, one inspection at a time (so memory stays flat with the number of targets). */
export async function loadStreamingFormatter(format: Format): Promise<StreamingFormatter | undefined> {
  if (format === 'text') return textStream;
  if (format === 'ndjson') return (await import('./ndjson')).ndjsonStream;
  return undefined;
}
