// Framing over real sockets: what the capture engine sees when servers misbehave (or behave) byte by byte.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { bytesServer, rawServer, type RawServer } from '../helpers/rawServer';

const DATE = `Date: ${new Date().toUTCString()}\r\n`;
let server: RawServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function inspectJson(args: string[]) {
  const r = await runCli([...args, '--json']);
  const report = JSON.parse(r.stdout);
  const ex = report.exchanges[0];
  return { r, ex, ids: ex.findings.map((f: { ruleId: string }) => f.ruleId) as string[] };
}

describe('bodyless responses', () => {
  it('catches body bytes that arrive 50 ms after the headers of a 204', async () => {
    server = await rawServer((socket) => {
      socket.write(`HTTP/1.1 204 No Content\r\n${DATE}\r\n`);
      setTimeout(() => socket.end('late!'), 50);
    });
    const { ex, ids } = await inspectJson([server.url, '-X', 'DELETE']);
    expect(ids).toContain('framing/body-on-204');
    expect(ex.extraBytes).toBe(5);
    const f = ex.findings.find((x: { ruleId: string }) => x.ruleId === 'framing/body-on-204');
    expect(f.evidence).toContain('6c 61 74 65 21');
  });

  it('a 204 whose server closes right away is clean', async () => {
    server = await bytesServer(`HTTP/1.1 204 No Content\r\n${DATE}\r\n`);
    const { r, ids } = await inspectJson([server.url, '-X', 'DELETE']);
    expect(ids).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('HEAD with Content-Length: 1234 and no body is correct', async () => {
    server = await bytesServer(`HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 1234\r\n\r\n`);
    const { ids, ex } = await inspectJson([server.url, '-X', 'HEAD']);
    expect(ids).toEqual([]);
    expect(ex.response.status).toBe(200);
  });

  it('HEAD answered with body bytes fires body-on-head', async () => {
    server = await bytesServer(`HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\nhello`);
    const { ids } = await inspectJson([server.url, '-X', 'HEAD']);
    expect(ids).toEqual(['framing/body-on-head']);
  });

  it('304 with ETag and no body is correct', async () => {
    server = await bytesServer(`HTTP/1.1 304 Not Modified\r\n${DATE}ETag: "v1"\r\nCache-Control: max-age=60\r\n\r\n`);
    const { ids } = await inspectJson([server.url, '-H', 'If-None-Match: "v1"']);
    expect(ids).toEqual([]);
  });

  it('a chunked 200 is correct and its content is reassembled', async () => {
    server = await rawServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n`);
      setTimeout(() => socket.end('6\r\n world\r\n0\r\n\r\n'), 20);
    });
    const { ids, ex } = await inspectJson([server.url]);
    expect(ids).toEqual([]);
    expect(ex.response.bodySize).toBe(11);
    expect(ex.response.framing).toBe('chunked');
  });
});

describe('responses strict clients reject still get a full report', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['204 with Content-Length: 5 and a body', `HTTP/1.1 204 No Content\r\n${DATE}Content-Length: 5\r\n\r\nhello`, ['DELETE'], ['framing/body-on-204', 'framing/content-length-on-204']],
    ['whitespace before a colon', `HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type : text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nhi`, ['GET'], ['framing/whitespace-before-colon']],
    ['differing duplicate Content-Length', `HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nhi`, ['GET'], ['framing/conflicting-content-length']],
    ['obs-fold', `HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain;\r\n charset=utf-8\r\nContent-Length: 2\r\n\r\nhi`, ['GET'], ['framing/obs-fold']],
  ];
  for (const [name, bytes, [method], expected] of cases) {
    it(name, async () => {
      server = await bytesServer(bytes);
      const { ex, ids, r } = await inspectJson([server.url, '-X', method!]);
      expect(ex.response.status).toBeGreaterThan(0);
      expect(ex.response.headers.length).toBeGreaterThan(1);
      for (const id of expected) expect(ids).toContain(id);
      expect(r.code).toBe(1);
    });
  }
});

describe('connection handling', () => {
  it('reports a server that ignores Connection: close (bounded by --extras-timeout)', async () => {
    server = await rawServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nhi`);
    });
    const started = Date.now();
    const { ids } = await inspectJson([server.url, '--extras-timeout', '300ms']);
    expect(ids).toEqual(['framing/connection-close-ignored']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a body cut short before EOF is a content-length mismatch, reported with what arrived', async () => {
    server = await bytesServer(`HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 10\r\n\r\nhalf`);
    const { ids, ex, r } = await inspectJson([server.url]);
    expect(ids).toContain('framing/content-length-mismatch');
    expect(ex.response.complete).toBe(false);
    expect(ex.response.bodySize).toBe(4);
    expect(r.code).toBe(1);
  });

  it('non-HTTP bytes are reported, not crashed on', async () => {
    server = await bytesServer('SSH-2.0-OpenSSH_9.6\r\n');
    const { ids, ex, r } = await inspectJson([server.url]);
    expect(ex.response).toBeNull();
    expect(ids).toEqual(['framing/invalid-status-line']);
    expect(ex.findings[0].evidence).toContain('SSH-2.0');
    expect(r.code).toBe(1);
  });

  it('an empty reply is exit 3 with a clear error', async () => {
    server = await rawServer((socket) => socket.end());
    const { ex, r } = await inspectJson([server.url]);
    expect(ex.error.code).toBe('EMPTY');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('without sending any response');
  });
});
