// Exit codes (a contract; see README) and the one error type that means "the user asked for something wrong".
// Below the CLI so config/, input/ and the core can raise usage errors without importing src/cli/.

export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  nothingInspected: 3,
  interrupted: 130,
} as const;

export class UsageError extends Error {}
