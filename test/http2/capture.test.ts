// The HTTP/2 capture driver against raw frame servers on loopback (h2c prior knowledge).
import { afterEach, describe, expect, it } from 'vitest';
import { captureExchange } from '../../src/capture/http1';
import { Setting } from '../../src/http2/constants';
import { contentOf } from '../../src/exchange';
import { data, encodeFrame, headers, okResponse, serverSettings, settingsAck } from '../../src/lab/h2/frames';
import { framesServer, h2Server, type H2TestServer } from '../helpers/h2Server';
import { captureOptions, get } from '../hostile/helpers';

const servers: H2TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
const track = async (p: Promise<H2TestServer>) => {
  const s = await p;
  servers.push(s);
  return s;
};
const h2c = captureOptions({ protocol: 'h2c' });

describe('HTTP/2 capture (h2c)', () => {
  it('sends the preface, SETTINGS and a §8.3 request, and reads the response', async () => {
    const s = await track(framesServer(okResponse('hello world')));
    const e = await captureExchange(get(`${s.url}/path?q=1`, 'GET', [['X-Custom', 'A'], ['Connection', 'close'], ['Host', 'example.test']]), h2c);
    expect(e.error).toBeUndefined();
    expect(e.protocol).toBe('h2c');
    expect(e.response?.httpVersion).toBe('2');
    expect(e.response?.status).toBe(200);
    expect(e.response?.pseudoHeaders?.map((h) => h.name)).toEqual([':status']);
    expect(e.response?.headers.map((h) => h.name)).toEqual(['content-type', 'content-length', 'date']);
    expect(contentOf(e).toString()).toBe('hello world');
    expect(e.response?.complete).toBe(true);
    const req = s.requests[0]!;
    expect(req.fields.slice(0, 4)).toEqual([[':method', 'GET'], [':scheme', 'http'], [':authority', 'example.test'], [':path', '/path?q=1']]);
    expect(req.fields).toContainEqual(['x-custom', 'A']);
    expect(req.fields.map(([n]) => n)).not.toContain('connection');
    expect(e.h2?.droppedRequestFields).toEqual(['Connection']);
    const sent = e.h2!.frames.filter((f) => f.direction === 'sent').map((f) => f.type);
    expect(sent.slice(0, 3)).toEqual(['SETTINGS', 'WINDOW_UPDATE', 'HEADERS']);
    expect(sent).toContain('GOAWAY');
    // The server's SETTINGS is acknowledged.
    expect(e.h2!.frames.some((f) => f.direction === 'sent' && f.type === 'SETTINGS' && f.flags === 1)).toBe(true);
    // Offsets point into the received bytes: the HEADERS frame header says type 1.
    const headersFrame = e.h2!.frames.find((f) => f.direction === 'received' && f.type === 'HEADERS')!;
    expect(e.received[headersFrame.offset + 3]).toBe(1);
    expect(e.response!.headers[0]!.offset).toBeGreaterThan(headersFrame.offset + 8);
  });

  it('answers PING with a PING ACK carrying the same 8 bytes', async () => {
    const ping = encodeFrame(6, 0, 0, Buffer.from('12345678'));
    const s = await track(framesServer([serverSettings(), ping, ...okResponse('x').slice(1)]));
    const e = await captureExchange(get(s.url), h2c);
    const acks = e.h2!.frames.filter((f) => f.direction === 'sent' && f.type === 'PING');
    expect(acks).toHaveLength(1);
    expect(acks[0]!.flags).toBe(1);
    expect(e.sent.subarray(acks[0]!.offset + 9, acks[0]!.offset + 17).toString()).toBe('12345678');
  });

  it('keeps reading after END_STREAM so late DATA is caught', async () => {
    const s = await track(framesServer([serverSettings(), headers([[':status', '204']], { endStream: true }), data('late')]));
    const e = await captureExchange(get(s.url), h2c);
    expect(e.response?.status).toBe(204);
    expect(e.h2!.problems.map((p) => p.id)).toContain('frame-after-end-stream');
    expect(e.h2!.data[0]!.afterEnd).toBe(true);
  });

  it('sends a request body as the peer windows allow, with END_STREAM on the last DATA', async () => {
    // The server lets the stream window grow with SETTINGS, the connection window with WINDOW_UPDATE.
    const grant = Buffer.concat([serverSettings([[Setting.INITIAL_WINDOW_SIZE, 1 << 20]]), encodeFrame(8, 0, 0, Buffer.from([0, 0x10, 0, 0]))]);
    const s = await track(
      h2Server(
        (socket) => {
          socket.write(Buffer.concat([settingsAck(), headers([[':status', '200'], ['content-length', '0']], { endStream: true })]));
          socket.on('end', () => socket.end());
        },
        { greet: grant },
      ),
    );
    const body = Buffer.alloc(100_000, 0x61);
    const e = await captureExchange({ url: new URL(s.url), method: 'POST', headers: [], body }, h2c);
    expect(e.response?.status).toBe(200);
    const sentData = e.h2!.frames.filter((f) => f.direction === 'sent' && f.type === 'DATA');
    expect(sentData.reduce((n, f) => n + f.length, 0)).toBe(100_000);
    expect(sentData[sentData.length - 1]!.flags & 1).toBe(1);
    expect(sentData.every((f) => f.length <= 16384)).toBe(true);
  });

  it('grants flow-control credit for a large body (WINDOW_UPDATE) and keeps memory bounded', async () => {
    const piece = Buffer.alloc(16384, 0x62);
    const total = 4 * 1024 * 1024;
    const s = await track(
      h2Server((socket) => {
        socket.write(Buffer.concat([serverSettings([[Setting.MAX_FRAME_SIZE, 16384]]), settingsAck(), headers([[':status', '200'], ['content-length', String(total)]])]));
        for (let sent = 0; sent < total; sent += piece.length) socket.write(data(piece, { endStream: sent + piece.length >= total }));
        socket.on('end', () => socket.end());
      }),
    );
    const e = await captureExchange(get(s.url), captureOptions({ protocol: 'h2c', maxBody: 1024 }));
    expect(e.response?.contentLength).toBe(total);
    expect(e.response?.complete).toBe(true);
    expect(e.received.length).toBeLessThan(200 * 1024);
    expect(e.h2!.frames.some((f) => f.direction === 'sent' && f.type === 'WINDOW_UPDATE' && f.streamId === 1)).toBe(true);
    expect(e.h2!.problems).toEqual([]);
  });

  it('an HTTP/1.1 answer to h2c prior knowledge is not-http2', async () => {
    const { bytesServer } = await import('../helpers/rawServer');
    const raw = await bytesServer('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
    try {
      // The raw server waits for a full HTTP/1.1 head, which the preface ("PRI * HTTP/2.0\r\n\r\n") is.
      const e = await captureExchange(get(raw.url), h2c);
      expect(e.h2!.problems.map((p) => p.id)).toEqual(['not-http2']);
      expect(e.response).toBeUndefined();
    } finally {
      await raw.close();
    }
  });
});
