// -v: the raw exchange on stderr, in curl's style ("* " connection facts, "> " sent, "< " received),
// bytes as received with control characters made visible.
import type { ChalkInstance } from 'chalk';
import type { Exchange } from '../exchange';
import { visible } from '../text/escape';
import { maskerFor, type Masker } from './secrets';
import { renderH2Frames } from './verboseH2';

export interface VerboseOptions {
  chalk: ChalkInstance;
  showSecrets: boolean;
  /** Most bytes of a body shown (the rest is summarized). */
  maxShown: number;
  /** -v count: 2 (-vv) adds how each HTTP/2 field was encoded. */
  level?: number;
}

/** Splits bytes into lines, keeping whether each ended with CRLF, a bare LF, or nothing (last line). */
function lines(bytes: Buffer): Array<{ text: string; ending: 'crlf' | 'lf' | 'none' }> {
  const out: Array<{ text: string; ending: 'crlf' | 'lf' | 'none' }> = [];
  let start = 0;
  while (start < bytes.length) {
    const lf = bytes.indexOf(0x0a, start);
    if (lf < 0) {
      out.push({ text: bytes.toString('latin1', start), ending: 'none' });
      break;
    }
    const crlf = lf > start && bytes[lf - 1] === 0x0d;
    out.push({ text: bytes.toString('latin1', start, crlf ? lf - 1 : lf), ending: crlf ? 'crlf' : 'lf' });
    start = lf + 1;
  }
  return out;
}

function side(prefix: string, bytes: Buffer, headEnd: number, options: VerboseOptions, mask: Masker): string[] {
  const { chalk } = options;
  const shownEnd = Math.min(bytes.length, headEnd + options.maxShown);
  const out: string[] = [];
  // Every line is masked, not only the first head's: a 1xx, trailers or a body can carry secrets too.
  for (const line of lines(bytes.subarray(0, shownEnd))) {
    const text = visible(mask(line.text));
    // Only the unusual line endings are marked; CRLF is what HTTP expects.
    const mark = line.ending === 'lf' ? chalk.yellow('␊') : '';
    out.push(`${prefix} ${text}${mark}`.trimEnd());
  }
  if (bytes.length > shownEnd) out.push(chalk.dim(`* … ${bytes.length - shownEnd} more bytes not shown`));
  return out;
}

export function renderVerbose(exchange: Exchange, options: VerboseOptions): string {
  const { chalk } = options;
  const out: string[] = [];
  const mask = maskerFor(exchange, options.showSecrets);
  const star = (s: string) => out.push(chalk.dim(`* ${visible(mask(s))}`));
  const t = exchange.timings;
  if (exchange.probe) star(`probe ${exchange.probe.name} (checks exchange ${exchange.probe.of + 1} of this inspection)`);
  if (exchange.connection && exchange.connection.position > 1) star(`request ${exchange.connection.position} on the same kept-alive connection`);
  if (exchange.target.remoteAddress && !(exchange.connection && exchange.connection.position > 1)) {
    star(`Connected to ${exchange.target.host} (${exchange.target.remoteAddress}) port ${exchange.target.port}${t.connect !== undefined ? ` in ${t.connect.toFixed(1)} ms` : ''}`);
  }
  if (exchange.tls) {
    const tls = exchange.tls;
    star(`TLS ${tls.protocol ?? '?'} ${tls.cipher ?? ''} ALPN ${tls.alpn ?? 'none'}`);
    if (tls.certificate) {
      star(`certificate subject: ${tls.certificate.subject}`);
      star(`certificate issuer: ${tls.certificate.issuer}`);
      star(`certificate valid ${tls.certificate.validFrom} – ${tls.certificate.validTo}`);
    }
    star(tls.authorized ? 'certificate verified' : `certificate NOT verified: ${tls.authorizationError ?? 'unknown reason'}`);
  }
  if (exchange.h2) {
    star(`Using ${exchange.protocol === 'h2c' ? 'HTTP/2 with prior knowledge (h2c)' : 'HTTP/2 (ALPN h2)'}`);
    out.push(...renderH2Frames(exchange, { chalk, level: options.level ?? 1 }, mask));
    if (exchange.error) star(`error: ${exchange.error.message}`);
    return `${out.join('\n')}\n`;
  }
  if (exchange.protocolRequested === 'h2') star('the server did not pick h2 in ALPN: inspecting over HTTP/1.1');
  const requestHeadEnd = exchange.sent.indexOf('\r\n\r\n');
  out.push(...side('>', exchange.sent, requestHeadEnd < 0 ? exchange.sent.length : requestHeadEnd + 4, options, mask).map((l) => chalk.blue(l)));
  const headEnd = exchange.response?.headerEnd ?? exchange.received.length;
  out.push(...side('<', exchange.received, headEnd, options, mask));
  if (exchange.extra) star(`${exchange.extra.length} bytes after the end of the response (see findings)`);
  if (exchange.receivedTotal > exchange.received.length) star(`${exchange.receivedTotal - exchange.received.length} bytes counted but not kept (--max-body)`);
  if (exchange.error) star(`error: ${exchange.error.message}`);
  return `${out.join('\n')}\n`;
}
