// The URL and header syntax of the request options (-H, URL arguments, config targets): pure, below the CLI.
import { isToken } from '../http/token';
import { UsageError } from './usage';

export function parseUrl(text: string): URL {
  // curl accepts a bare host: "example.com/path" means http://example.com/path.
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new UsageError(`"${text}" is not a valid URL (expected e.g. https://api.example.com/users/42)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`unsupported scheme "${url.protocol.replace(/:$/, '')}" in ${text}: httpinspect speaks http and https`);
  }
  if (!url.hostname) throw new UsageError(`"${text}" has no host`);
  return url;
}

/** "Name: value" → [name, value]; "Name:" (empty) removes a default header, as in curl. */
export function parseHeader(text: string): [string, string] {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new UsageError(`-H expects "Name: value", not "${text}"`);
  const name = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  if (!isToken(name)) throw new UsageError(`"${name}" is not a valid header name`);
  if (/[\r\n\0]/.test(value)) throw new UsageError(`the value of header ${name} contains a line break or NUL`);
  // Header text from the command line is Unicode; on the wire it goes as UTF-8 bytes.
  return [name, Buffer.from(value, 'utf8').toString('latin1')];
}
