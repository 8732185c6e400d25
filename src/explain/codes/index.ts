// Every status code entry, keyed by code, merged with the registry data (src/data/statusCodes.ts) and the
// class defaults. Codes 100–599 that are neither registered nor known unofficial get an "unassigned" entry.
import { statusCodeInfo, unofficialStatusInfo } from '../../data/statusCodes';
import type { CodeExplanation, CodeKnowledge } from '../types';
import { codes1xx } from './1xx';
import { codes2xx } from './2xx';
import { codes3xx } from './3xx';
import { codes4xxCommon } from './4xx-common';
import { codes4xxOther } from './4xx-other';
import { codes5xx } from './5xx';
import { CLASS_DEFAULTS } from './classDefaults';
import { codesUnofficial } from './unofficial';

export const CODE_KNOWLEDGE: ReadonlyMap<number, CodeKnowledge> = new Map(
  [...codes1xx, ...codes2xx, ...codes3xx, ...codes4xxCommon, ...codes4xxOther, ...codes5xx, ...codesUnofficial].map((k) => [k.code, k]),
);

function classOf(code: number): 1 | 2 | 3 | 4 | 5 {
  return Math.floor(code / 100) as 1 | 2 | 3 | 4 | 5;
}

function unassigned(code: number): CodeKnowledge {
  const x00 = classOf(code) * 100;
  return {
    code,
    meaning: `${code} is not in the IANA registry and no well-known software is known to send it. Clients must treat an unrecognized code as ${x00}, the generic code of its class (RFC 9110 §15).`,
    guarantees: [`Only the class: ${x00} semantics.`],
    nonGuarantees: ['Not any specific meaning: whatever the sender intends is invisible to generic clients, caches and monitors.'],
    useWhen: ['Never: pick the registered code that says what you mean.'],
    misuses: ['Inventing a status code for an application condition instead of using a registered code plus a problem details body (status/unregistered-code).'],
    headers: [{ name: 'Content-Type', note: 'Explain the condition in the body instead.' }],
    clients: {},
    retry: `As for ${x00}.`,
    monitoring: `Counted with its class (${x00}); investigate the sender.`,
    related: [{ code: x00, note: 'how clients will read it' }],
  };
}

/** The explanation of a code in 100–599, or undefined outside that range. */
export function explainCode(code: number): CodeExplanation | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  const registered = statusCodeInfo(code);
  const unofficial = registered ? undefined : unofficialStatusInfo(code);
  const knowledge = CODE_KNOWLEDGE.get(code) ?? unassigned(code);
  const flags: string[] = [];
  if (registered?.reserved) flags.push('reserved');
  if (registered?.obsolete) flags.push('obsolete');
  if (registered?.temporary) flags.push('temporary registration');
  return {
    ...knowledge,
    name: registered?.name ?? unofficial?.name ?? '(Unassigned)',
    status: registered ? 'registered' : unofficial ? 'unofficial' : 'unassigned',
    flags,
    usedBy: unofficial?.usedBy,
    ref: registered?.ref ?? (unofficial ? 'none: unofficial code (RFC 9110 §15 for unknown codes)' : 'RFC 9110 §15 (unrecognized codes)'),
    url: registered?.url ?? 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
    clients: { ...CLASS_DEFAULTS[classOf(code)], ...knowledge.clients },
  };
}
