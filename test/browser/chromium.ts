// Debian's headless Chromium, driven with playwright-core, and a page server on its own loopback origin
// from which the page calls fetch() on the lab.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying to reach Google services.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves an empty HTML page at http://127.0.0.1:<port>/ (the page's origin). */
export async function startPageServer(): Promise<PageServer> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('<!doctype html><meta charset="utf-8"><title>httpinspect CORS page</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  page: Page;
  close(): Promise<void>;
}

export async function launchChromium(pageUrl: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'httpinspect-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pageUrl);
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FetchRequest {
  url: string;
  method: string;
  headers: Array<[string, string]>;
  body?: string;
  credentials: boolean;
}

/** What fetch() in the page did: the response was readable, or it failed with a network error (TypeError). */
export type FetchOutcome = { ok: true; status: number } | { ok: false; error: string };

export async function browserFetch(page: Page, request: FetchRequest): Promise<FetchOutcome> {
  return page.evaluate(async (r): Promise<FetchOutcome> => {
    try {
      const res = await fetch(r.url, {
        method: r.method,
        headers: r.headers,
        body: r.body,
        credentials: r.credentials ? 'include' : 'same-origin',
      });
      await res.arrayBuffer();
      return { ok: true, status: res.status };
    } catch (err) {
      return { ok: false, error: `${(err as Error).name}: ${(err as Error).message}` };
    }
  }, request);
}
