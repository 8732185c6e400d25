// The lab's HTTP/2 listeners: h2c with prior knowledge on its own port (a connection that does not open with
// the client preface is served as HTTP/1.1), and, with `lab --tls`, TLS with ALPN h2/http/1.1 using the
// lab-only test certificate. Both play the HTTP/2 scenarios frame by frame.
import { createServer, type Server, type Socket } from 'node:net';
import { PREFACE } from '../../http2/constants';
import { data, headers, serverSettings, settingsAck } from './frames';
import { allScenarios } from '../scenarios/index';
import { serveH2, type H2Request } from './serverConnection';
import { LAB_CERTIFICATE, LAB_PRIVATE_KEY } from './testCertificate';

function framesFor(req: H2Request): Buffer[] {
  const m = /^\/scenario\/([^/?]+)/.exec(req.path);
  const found = m ? allScenarios.find((s) => s.frames && s.name === decodeURIComponent(m[1]!)) : undefined;
  if (found?.frames) return found.frames(req);
  const ok = req.path === '/' || req.path === '';
  const body = ok ? `httpinspect lab (HTTP/2)\n\n${allScenarios.filter((s) => s.protocol === 'h2c').map((s) => `/scenario/${s.name}  ${s.description}`).join('\n')}\n` : `no such lab endpoint: ${req.path}\n`;
  return [
    serverSettings(),
    settingsAck(),
    headers([[':status', ok ? '200' : '404'], ['content-type', 'text/plain; charset=utf-8'], ['content-length', String(Buffer.byteLength(body))], ['date', new Date().toUTCString()], ['cache-control', 'no-store']]),
    data(body),
  ];
}

/** Plays one HTTP/2 connection: waits for the request, writes the scenario's frames, ends after the client. */
export function handleH2(socket: Socket, already: Buffer): void {
  socket.setTimeout(15_000, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  serveH2(socket, already, (req) => {
    for (const frame of framesFor(req)) {
      if (socket.destroyed) return;
      socket.write(frame);
    }
    // The client sends GOAWAY and half-closes once it has read the response; then the lab closes too.
    socket.on('end', () => socket.end());
  });
}

/** Sniffs the first bytes: the HTTP/2 client preface means h2c, anything else is HTTP/1.1. */
export function sniffing(onHttp1: (socket: Socket, already: Buffer) => void): (socket: Socket) => void {
  return (socket) => {
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const n = Math.min(buffered.length, PREFACE.length);
      if (!buffered.subarray(0, n).equals(PREFACE.subarray(0, n))) {
        socket.removeListener('data', onData);
        onHttp1(socket, buffered);
      } else if (buffered.length >= PREFACE.length) {
        socket.removeListener('data', onData);
        handleH2(socket, buffered);
      }
    };
    socket.on('data', onData);
    socket.on('error', () => socket.destroy());
  };
}

export function h2cServer(onHttp1: (socket: Socket, already: Buffer) => void): Server {
  return createServer(sniffing(onHttp1));
}

export function tlsServer(onHttp1: (socket: Socket, already: Buffer) => void): Server {
  const { createServer: createTlsServer } = process.getBuiltinModule('node:tls');
  return createTlsServer({ key: LAB_PRIVATE_KEY, cert: LAB_CERTIFICATE, ALPNProtocols: ['h2', 'http/1.1'] }, (socket) => {
    if (socket.alpnProtocol === 'h2') handleH2(socket, Buffer.alloc(0));
    else onHttp1(socket, Buffer.alloc(0));
  });
}
