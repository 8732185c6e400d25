// Shared by the http2 rules (not a rule itself: no default export): header blocks, fields and their evidence.
import type { Exchange } from '../../src/exchange';
import type { Location, RuleFinding } from '../../src/engine/rule';
import type { H2Field, H2HeaderBlock, H2Problem, H2ProblemId } from '../../src/http2/types';
import { printable } from '../framing/_anomaly';

export const RFC9113 = (section: string) => ({ label: `RFC 9113 §${section}`, url: `https://www.rfc-editor.org/rfc/rfc9113#section-${section}` });

/** Header blocks of stream 1 (the response, interim responses, trailers, unexpected ones), in order. */
export function streamBlocks(exchange: Exchange): H2HeaderBlock[] {
  return exchange.h2?.blocks.filter((b) => b.streamId === 1 && b.kind !== 'push-promise') ?? [];
}

const REPRESENTATION: Record<H2Field['representation'], string> = {
  indexed: 'indexed',
  'literal-with-indexing': 'literal with incremental indexing',
  'literal-without-indexing': 'literal without indexing',
  'literal-never-indexed': 'literal never indexed',
};

export function encodingOf(field: H2Field): string {
  return `${REPRESENTATION[field.representation]}${field.huffman ? ', Huffman' : ''}`;
}

/** `"connection: close" (literal without indexing) at byte 61, in the HEADERS frame at byte 40` */
export function fieldEvidence(field: H2Field, block: H2HeaderBlock): string {
  return `"${printable(field.name)}: ${printable(field.value)}" (${encodingOf(field)}) at byte ${field.offset}, in the HEADERS frame at byte ${block.offset}`;
}

export function fieldLocation(field: H2Field, block: H2HeaderBlock): Location {
  return { part: block.kind === 'trailers' ? 'trailer' : block.kind === 'interim' ? 'interim' : 'header', offset: field.offset, header: field.name };
}

export function fieldFinding(message: string, field: H2Field, block: H2HeaderBlock): RuleFinding {
  return { message, evidence: fieldEvidence(field, block), location: fieldLocation(field, block) };
}

export function problemsOf(exchange: Exchange, id: H2ProblemId): H2Problem[] {
  return exchange.h2?.problems.filter((p) => p.id === id) ?? [];
}

/** One finding per problem of that id (the first 20), located at the offending frame. */
export function problemFindings(exchange: Exchange, id: H2ProblemId): RuleFinding[] {
  return problemsOf(exchange, id)
    .slice(0, 20)
    .map((p) => ({
      message: p.detail,
      evidence: p.evidence ?? (p.offset === undefined ? p.detail : `at byte ${p.offset}`),
      location: { part: 'connection' as const, ...(p.offset === undefined ? {} : { offset: p.offset }) },
    }));
}

/** Blocks a response's fields are judged in: interim, the final response, trailers and unexpected ones. */
export function judgedBlocks(exchange: Exchange): H2HeaderBlock[] {
  return streamBlocks(exchange).filter((b) => b.kind !== 'other-stream');
}
