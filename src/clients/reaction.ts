// What one real client did with a replayed response: the shape shared by the runners and the reports.

export type ClientOutcome = 'ok' | 'error' | 'timeout';

export interface ClientReaction {
  /** "undici", "Node fetch", "curl". */
  name: string;
  version: string;
  /** ok: the client returned a response and read its whole body; error: it threw or failed; timeout: neither in time. */
  outcome: ClientOutcome;
  /** In words, e.g. "200, 6 body bytes", "throws UND_ERR_RES_CONTENT_LENGTH_MISMATCH: …", "exit 8: Header without colon". */
  detail: string;
  /** The status the client reported, when it got that far. */
  status: number | null;
  /** The client's error code: an undici code (UND_ERR_…), the error's name when it has no code, or "exit N" for curl. */
  code: string | null;
  /**
   * The keep-alive replay: the captured response, then a clean second response on the same connection — what
   * the client got for the second request. Absent when the response cannot be followed on its connection.
   */
  keepAlive?: KeepAliveReaction;
}

/** What a client got for a second request after the captured response, and whether it reused the connection. */
export interface KeepAliveReaction extends ClientResult {
  /** True: the second request went on the same connection; false: the client opened a new one; null: never sent. */
  sameConnection: boolean | null;
}

/** What a runner returns for one replay; the caller adds name and version. */
export type ClientResult = Omit<ClientReaction, 'name' | 'version'>;

/** The request a runner sends to the replay server. */
export interface ReplayRequest {
  url: string;
  method: string;
  body?: Buffer;
  timeoutMs: number;
}

export interface ClientRunner {
  name: string;
  /** The client's version, or undefined when it is not available on this machine (the entry is left out). */
  version(): Promise<string | undefined>;
  run(request: ReplayRequest): Promise<ClientResult>;
  /** Two requests one after the other, reusing the connection as the client normally would (keep-alive replay). */
  runTwice?(first: ReplayRequest, second: ReplayRequest): Promise<[ClientResult, ClientResult]>;
}

export function okResult(status: number, bodyBytes: number): ClientResult {
  return { outcome: 'ok', detail: `${status}, ${bodyBytes} body byte${bodyBytes === 1 ? '' : 's'}`, status, code: null };
}
