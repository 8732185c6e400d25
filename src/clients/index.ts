// --clients: replay each exchange's captured response bytes to real clients over loopback and record what
// each one did. Never re-sends anything to the inspected server.
import type { Exchange } from '../exchange';
import { curlRunner } from './curlClient';
import type { ClientReaction, ClientRunner, KeepAliveReaction } from './reaction';
import { replayPlanOf } from './replayPlan';
import { startReplayServer } from './replayServer';
import { nodeFetchRunner, undiciRunner } from './undiciClients';
import { curlH2Runner, nodeHttp2Runner, undiciH2Runner } from './h2Clients';
import { startH2ReplayServer } from './h2ReplayServer';

export type { ClientReaction } from './reaction';

export interface ClientsOptions {
  /** Per client, for the whole replay (default 5 s). */
  timeoutMs?: number;
  /** How long the replay holds the connection open when the real server held it (default 1 s). */
  holdMs?: number;
  /** The curl binary (default "curl" on PATH); a binary that cannot run leaves curl out. */
  curlPath?: string;
  /** Replaces the default clients (tests). */
  runners?: ClientRunner[];
}

export function defaultRunners(options: Pick<ClientsOptions, 'curlPath'> = {}): ClientRunner[] {
  return [undiciRunner, nodeFetchRunner, curlRunner(options.curlPath)];
}

/** The clients an HTTP/2 response is replayed to: Node's http2 (nghttp2), undici with allowH2, curl --http2. */
export function defaultH2Runners(options: Pick<ClientsOptions, 'curlPath'> = {}): ClientRunner[] {
  return [nodeHttp2Runner, undiciH2Runner, curlH2Runner(options.curlPath)];
}

const isH2 = (exchange: Exchange) => exchange.protocol === 'h2' || exchange.protocol === 'h2c';

/** The runners available here, with their versions (unavailable ones left out). */
export async function availableRunners(runners: readonly ClientRunner[]): Promise<Array<{ runner: ClientRunner; version: string }>> {
  const found = await Promise.all(runners.map(async (runner) => ({ runner, version: await runner.version().catch(() => undefined) })));
  return found.filter((f): f is { runner: ClientRunner; version: string } => f.version !== undefined);
}

/**
 * What each client does with this exchange's response, or null when nothing was received to replay.
 * Each client gets its own replay server (one connection's worth of the same bytes); they run in parallel.
 */
export async function reactionsOf(exchange: Exchange, options: ClientsOptions = {}, runners?: Array<{ runner: ClientRunner; version: string }>): Promise<ClientReaction[] | null> {
  const plan = replayPlanOf(exchange);
  if (!plan) return null;
  const timeoutMs = options.timeoutMs ?? 5000;
  const h2 = isH2(exchange);
  const clients = h2 && !options.runners ? await availableRunners(defaultH2Runners(options)) : (runners ?? (await availableRunners(options.runners ?? defaultRunners(options))));
  return Promise.all(
    clients.map(async ({ runner, version }) => {
      const serverOptions = { bytes: plan.bytes, end: plan.end, holdMs: options.holdMs ?? 1000 };
      const server = h2 ? await startH2ReplayServer(serverOptions) : await startReplayServer(serverOptions);
      try {
        const result = await runner.run({ url: server.url, method: plan.method, body: plan.body, timeoutMs });
        const note = plan.truncated ? ` (replayed only the first ${plan.bytes.length} bytes kept by --max-body)` : '';
        const reaction: ClientReaction = { name: runner.name, version, ...result, detail: result.detail + note };
        if (plan.reusable && runner.runTwice) reaction.keepAlive = await keepAliveReaction(runner, plan, timeoutMs);
        return reaction;
      } catch (err) {
        // A runner bug must not cost the report; say what happened instead.
        const message = err instanceof Error ? err.message : String(err);
        return { name: runner.name, version, outcome: 'error' as const, detail: `could not run: ${message}`, status: null, code: null };
      } finally {
        await server.close();
      }
    }),
  );
}

/** Reactions for every exchange, one exchange at a time (keyed by the exchange object). */
export async function clientReactions(exchanges: readonly Exchange[], options: ClientsOptions = {}): Promise<Map<Exchange, ClientReaction[] | null>> {
  const runners = await availableRunners(options.runners ?? defaultRunners(options));
  const result = new Map<Exchange, ClientReaction[] | null>();
  for (const exchange of exchanges) result.set(exchange, await reactionsOf(exchange, options, runners));
  return result;
}

/** A clean response for the second request of the keep-alive replay. */
export const SECOND_RESPONSE = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 16\r\n\r\nsecond response\n', 'latin1');

/**
 * The keep-alive replay: the captured bytes answer the first request and the connection stays open; a GET
 * follows and gets a clean 200. What the client made of that second response is the harm stray bytes do.
 */
async function keepAliveReaction(runner: ClientRunner, plan: NonNullable<ReturnType<typeof replayPlanOf>>, timeoutMs: number): Promise<KeepAliveReaction> {
  const server = await startReplayServer({ bytes: plan.bytes, end: 'close', holdMs: 0, second: SECOND_RESPONSE, splitAt: plan.responseEnd });
  try {
    const [, second] = await runner.runTwice!({ url: server.url, method: plan.method, body: plan.body, timeoutMs }, { url: server.url, method: 'GET', timeoutMs });
    const on = server.secondRequest?.();
    return { ...second, sameConnection: on === undefined ? null : on === 'same-connection' };
  } finally {
    await server.close();
  }
}
