// Shared by the probe rules: which exchanges a probe sent, what it checks, and why a probe could not judge.
import type { Exchange, RawHeader, ResponseMessage } from '../../src/exchange';
import { headerNamed, headersNamed } from '../../src/exchange';
import type { RuleContext } from '../../src/engine/rule';
import { statusLineEvidence } from '../../src/engine/evidence';

/** Whether `exchange` was sent by probe `name` (and carries request header `header`, when given). */
export function isProbe(exchange: Exchange, name: string, header?: string): boolean {
  if (exchange.probe?.name !== name) return false;
  return header === undefined || headerNamed(exchange.request.headers, header) !== undefined;
}

export function requestHeader(exchange: Exchange, name: string): RawHeader | undefined {
  return headerNamed(exchange.request.headers, name);
}

/** The exchange a probe exchange checks (its baseline). */
export function checkedOf(exchange: Exchange, context: RuleContext): Exchange | undefined {
  return exchange.probe ? context.exchanges[exchange.probe.of] : undefined;
}

/** Exchanges of probe `name` that check exchange `of`. */
export function probesOf(context: RuleContext, of: number, name: string): Exchange[] {
  return context.exchanges.filter((e) => e.probe?.name === name && e.probe.of === of);
}

/**
 * Why probe `name` could not send what this rule needs (recorded on the checked exchange), or undefined. With
 * several `requests`, only when every one of them was skipped.
 */
export function skippedReason(exchange: Exchange, name: string, requests: readonly string[]): string | undefined {
  const skips = (exchange.probesSkipped ?? []).filter((s) => s.name === name);
  const reasons = requests.map((r) => skips.find((s) => s.request === r || s.request === '*')?.reason);
  if (reasons.some((r) => r === undefined)) return undefined;
  return `the ${name} probe was not sent: ${[...new Set(reasons)].join('; ')}`;
}

/** Why a probe exchange cannot be judged: its request failed. */
export function failedReason(exchange: Exchange): string | undefined {
  if (exchange.response) return undefined;
  return `the ${exchange.probe?.name ?? ''} probe request got no response${exchange.error ? `: ${exchange.error.message}` : ''}`;
}

/** `sent "If-None-Match: "v1""; got status line "HTTP/1.1 200 OK" at byte 0` */
export function answerEvidence(sent: RawHeader | string, res: ResponseMessage): string {
  return `sent ${typeof sent === 'string' ? sent : `"${sent.raw}"`}; got ${statusLineEvidence(res)}`;
}

/** Header fields the baseline response had that `res` lacks, among `names` (RFC 9110 §15.3.7, §15.4.5). */
export function missingFrom(baseline: ResponseMessage, res: ResponseMessage, names: readonly string[]): RawHeader[] {
  return names.flatMap((name) => {
    const had = headerNamed(baseline.headers, name);
    return had && headersNamed(res.headers, name).length === 0 ? [had] : [];
  });
}

/** Lower-cased list members of every field with this name ("Vary: Accept-Encoding, Origin" → two). */
export function listOf(headers: readonly RawHeader[], name: string): string[] {
  return headersNamed(headers, name)
    .flatMap((h) => h.value.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');
}

/** A field's value, trimmed, or undefined when absent (several fields joined with ", "). */
export function valueOf(headers: readonly RawHeader[], name: string): string | undefined {
  const fields = headersNamed(headers, name);
  return fields.length === 0 ? undefined : fields.map((h) => h.value.trim()).join(', ');
}

/**
 * Why a rule that judges `statuses` (a 304, a 206) has nothing to judge: said once, on the first exchange of
 * probe `name`, when no exchange of that probe got one of those statuses; otherwise undefined.
 */
export function nothingToJudge(exchange: Exchange, context: RuleContext, name: string, statuses: readonly number[]): string | undefined {
  const siblings = probesOf(context, exchange.probe!.of, name);
  if (siblings[0] !== exchange || siblings.some((e) => e.response && statuses.includes(e.response.status))) return undefined;
  if (siblings.every((e) => !e.response)) return undefined;
  const got = [...new Set(siblings.map((e) => e.response?.status).filter((s) => s !== undefined))].join(', ');
  return `no ${name} probe got a ${statuses.join(' or ')} to check (the server answered ${got})`;
}

/** What a rule judging one probe's answer (a 304, a 206) gets once the shared preconditions hold. */
export type ProbeAnswer = { notEvaluated: string } | { res: ResponseMessage; checked: Exchange; baseline: ResponseMessage } | undefined;

/**
 * The shared start of the rules that judge probe `name`'s answers with one of `statuses`: not evaluated when the
 * probe was not sent, got no response, or no probe got such a status (said once); undefined when this exchange
 * is not such an answer; else the answer and the response it checks.
 */
export function probeAnswer(exchange: Exchange, context: RuleContext, name: string, requests: readonly string[], statuses: readonly number[]): ProbeAnswer {
  const skipped = skippedReason(exchange, name, requests);
  if (skipped) return { notEvaluated: skipped };
  if (!isProbe(exchange, name)) return undefined;
  const failed = failedReason(exchange);
  if (failed) return { notEvaluated: failed };
  const nothing = nothingToJudge(exchange, context, name, statuses);
  if (nothing) return { notEvaluated: nothing };
  const checked = checkedOf(exchange, context);
  const res = exchange.response!;
  if (!statuses.includes(res.status) || !checked?.response) return undefined;
  return { res, checked, baseline: checked.response };
}
