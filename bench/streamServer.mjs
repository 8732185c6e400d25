// A tiny loopback HTTP server for benchmarks: GET /?size=<bytes> answers 200 with exactly that many bytes
// (Content-Length framed), streamed from one reused buffer with backpressure, so the server's own memory and
// CPU stay out of the measurement. Prints its URL on stdout; 127.0.0.1 only.
import { createServer } from 'node:net';

const CHUNK = Buffer.alloc(1 << 20, 0x61);

const server = createServer((socket) => {
  socket.on('error', () => undefined);
  let head = '';
  socket.on('data', function onData(data) {
    head += data.toString('latin1');
    if (!head.includes('\r\n\r\n')) return;
    socket.off('data', onData);
    const size = Number(/[?&]size=(\d+)/.exec(head)?.[1] ?? 0);
    socket.write(`HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\nCache-Control: no-store\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`);
    let left = size;
    const pump = () => {
      while (left > 0 && !socket.destroyed) {
        const piece = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
        left -= piece.length;
        if (!socket.write(piece)) return;
      }
      if (left === 0) socket.end();
    };
    socket.on('drain', pump);
    pump();
  });
});
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
