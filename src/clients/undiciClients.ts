// The two Node clients: the installed undici package (request()) and Node's built-in fetch (Node's own,
// bundled undici). undici is imported here only, lazily: plain inspection never loads it.
import { okResult, type ClientResult, type ClientRunner, type ReplayRequest } from './reaction';

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
}

/** The stable name of an error: undici's code (UND_ERR_…), or the class name (HTTPParserError has no code). */
function codeOf(err: ErrorLike): string {
  return typeof err.code === 'string' && err.code !== '' ? err.code : (err.name ?? 'Error');
}

/** Runs `attempt` with an abort signal that fires after the request's timeout; tells the two apart. */
async function bounded(request: ReplayRequest, attempt: (signal: AbortSignal) => Promise<ClientResult>, describe: (err: ErrorLike) => ClientResult): Promise<ClientResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  try {
    return await attempt(controller.signal);
  } catch (err) {
    if (timedOut) return { outcome: 'timeout', detail: `no complete response within ${request.timeoutMs} ms`, status: null, code: null };
    return describe((err ?? {}) as ErrorLike);
  } finally {
    clearTimeout(timer);
  }
}

// Node's fetch and the undici package share one global-dispatcher slot, and whichever loads first fills it:
// importing undici first would make Node's fetch run on the package's Agent. So Node's own dispatcher is
// created first (a data: fetch touches no network) and then passed to Node's fetch explicitly.
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
let nodeDispatcher: Promise<unknown> | undefined;
function nodeFetchDispatcher(): Promise<unknown> {
  nodeDispatcher ??= fetch('data:,').then(
    () => (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER],
    () => undefined,
  );
  return nodeDispatcher;
}

async function countBytes(body: AsyncIterable<Uint8Array>): Promise<number> {
  let total = 0;
  for await (const chunk of body) total += chunk.byteLength;
  return total;
}

/** The one place undici is imported (lazily: plain inspection never loads it). */
export async function loadUndici(): Promise<typeof import('undici')> {
  return await import('undici');
}

/** One request through an undici Agent (the package's request()). */
async function undiciOnce(request: ReplayRequest, { agent, undiciRequest }: UndiciClient): Promise<ClientResult> {
  let status: number | null = null;
  return bounded(
    request,
    async (signal) => {
      const res = await undiciRequest(request.url, { method: request.method, body: request.body, dispatcher: agent, signal });
      status = res.statusCode;
      return okResult(res.statusCode, await countBytes(res.body));
    },
    (err) => ({ outcome: 'error', detail: `throws ${codeOf(err)}: ${err.message ?? ''}`, status, code: codeOf(err) }),
  );
}

interface UndiciClient {
  agent: import('undici').Agent;
  undiciRequest: typeof import('undici').request;
}

async function undiciClient(request: ReplayRequest): Promise<UndiciClient> {
  await nodeFetchDispatcher();
  const { Agent, request: undiciRequest } = await loadUndici();
  // A private agent: nothing pooled outlives the run, and no proxy or global dispatcher is involved. One
  // connection, so a second request reuses it when undici considers it reusable.
  return { agent: new Agent({ headersTimeout: request.timeoutMs, bodyTimeout: request.timeoutMs, connections: 1 }), undiciRequest };
}

export const undiciRunner: ClientRunner = {
  name: 'undici',
  async version() {
    const { createRequire } = await import('node:module');
    try {
      return (createRequire(import.meta.url)('undici/package.json') as { version: string }).version;
    } catch {
      return undefined;
    }
  },
  async run(request) {
    const client = await undiciClient(request);
    try {
      return await undiciOnce(request, client);
    } finally {
      await client.agent.destroy().catch(() => undefined);
    }
  },
  async runTwice(first, second) {
    const client = await undiciClient(first);
    try {
      return [await undiciOnce(first, client), await undiciOnce(second, client)];
    } finally {
      await client.agent.destroy().catch(() => undefined);
    }
  },
};

async function fetchOnce(request: ReplayRequest): Promise<ClientResult> {
  const bodyAllowed = request.method !== 'GET' && request.method !== 'HEAD';
  const dispatcher = await nodeFetchDispatcher();
  let status: number | null = null;
  return bounded(
    request,
    async (signal) => {
      // redirect: 'manual' — a replayed Location must never send fetch anywhere but our loopback server.
      const res = await fetch(request.url, { method: request.method, body: bodyAllowed ? request.body : undefined, redirect: 'manual', signal, dispatcher } as RequestInit);
      status = res.status;
      return okResult(res.status, res.body ? await countBytes(res.body as unknown as AsyncIterable<Uint8Array>) : 0);
    },
    (err) => {
      // fetch rejects with a TypeError ("fetch failed", "terminated"); the client's real reason is the cause.
      const cause = (err.cause ?? undefined) as ErrorLike | undefined;
      const code = cause ? codeOf(cause) : codeOf(err);
      const why = cause ? ` (${code}: ${cause.message ?? ''})` : '';
      return { outcome: 'error', detail: `rejects: ${err.message ?? ''}${why}`, status, code };
    },
  );
}

export const nodeFetchRunner: ClientRunner = {
  name: 'Node fetch',
  async version() {
    return typeof globalThis.fetch === 'function' ? (process.versions.undici ?? process.version) : undefined;
  },
  run: fetchOnce,
  // Node's fetch pools connections per origin: the second fetch reuses the first one's connection if it can.
  async runTwice(first, second) {
    return [await fetchOnce(first), await fetchOnce(second)];
  },
};
