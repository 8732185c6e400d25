import type { Rule } from '../../src/engine/rule';

export const http2Rules: Rule[] = [];
