// The members of every Vary line, in order, each with its line: Vary = #( "*" / field-name ) (RFC 9110 §12.5.5).
import type { RawHeader, ResponseMessage } from '../../src/exchange';
import { headersNamed } from '../../src/exchange';

export interface VaryMember {
  /** As received. */
  name: string;
  lower: string;
  header: RawHeader;
}

export function varyMembersOf(res: ResponseMessage): VaryMember[] {
  const members: VaryMember[] = [];
  for (const header of headersNamed(res.headers, 'vary')) {
    for (const part of header.value.split(',')) {
      const name = part.trim();
      if (name !== '') members.push({ name, lower: name.toLowerCase(), header });
    }
  }
  return members;
}
