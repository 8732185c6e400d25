// Shared by the api rules: the Deprecation and Sunset fields of a response and the time the response states.
import { headerNamed, type Exchange, type RawHeader } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';
import { parseSfDate } from '../../src/http/sfDate';

export const RFC9745 = 'https://www.rfc-editor.org/rfc/rfc9745';
export const RFC8594 = 'https://www.rfc-editor.org/rfc/rfc8594';

export function field(exchange: Exchange, name: string): RawHeader | undefined {
  return exchange.response ? headerNamed(exchange.response.headers, name) : undefined;
}

/** The Deprecation field and its date, when it is valid. */
export function deprecationOf(exchange: Exchange): { header: RawHeader; date: Date } | undefined {
  const header = field(exchange, 'deprecation');
  const parsed = header ? parseSfDate(header.value) : undefined;
  return header && parsed?.ok ? { header, date: parsed.date } : undefined;
}

/** The Sunset field and its date, when it is an HTTP-date. */
export function sunsetOf(exchange: Exchange): { header: RawHeader; date: Date } | undefined {
  const header = field(exchange, 'sunset');
  const parsed = header ? parseHttpDate(header.value) : undefined;
  return header && parsed?.ok ? { header, date: parsed.date } : undefined;
}

/** "Now" as the response states it (a valid Date), else when the exchange started, else the clock. */
export function responseTime(exchange: Exchange): { time: number; from: string } {
  const date = field(exchange, 'date');
  const parsed = date ? parseHttpDate(date.value) : undefined;
  if (parsed?.ok) return { time: parsed.date.getTime(), from: "the response's Date" };
  return { time: exchange.startedAt ?? Date.now(), from: 'the time of the request' };
}

export function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'an invalid date' : date.toISOString().replace('.000Z', 'Z');
}
