// A loopback HTTP/2 (h2c, prior knowledge) server for the large-body benchmark: answers stream 1 with
// `?size=` bytes of DATA, honouring the client's flow-control windows. Prints its URL on stdout.
import { createServer } from 'node:net';

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
const CHUNK = Buffer.alloc(16384, 0x61);

function frame(type, flags, stream, payload = Buffer.alloc(0)) {
  const head = Buffer.alloc(9);
  head.writeUIntBE(payload.length, 0, 3);
  head[3] = type;
  head[4] = flags;
  head.writeUInt32BE(stream, 5);
  return Buffer.concat([head, payload]);
}

/** A HEADERS block: :status 200 (static index 8) and content-length as a literal without indexing (index 28). */
function responseBlock(size) {
  const value = Buffer.from(String(size));
  return Buffer.concat([Buffer.from([0x88, 0x0f, 0x0d, value.length]), value]);
}

const server = createServer((socket) => {
  let buffered = Buffer.alloc(0);
  let started = false;
  let size = 0;
  let sent = 0;
  let connWindow = 65535;
  let streamWindow = 65535;
  let initial = 65535;
  let headersDone = false;
  const pump = () => {
    while (headersDone && sent < size && connWindow > 0 && streamWindow > 0) {
      const n = Math.min(CHUNK.length, size - sent, connWindow, streamWindow);
      sent += n;
      connWindow -= n;
      streamWindow -= n;
      if (!socket.write(frame(0, sent >= size ? 1 : 0, 1, CHUNK.subarray(0, n)))) return;
    }
  };
  socket.on('drain', pump);
  socket.on('error', () => socket.destroy());
  socket.on('end', () => socket.end());
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    if (!started) {
      if (buffered.length < PREFACE.length) return;
      buffered = buffered.subarray(PREFACE.length);
      started = true;
      socket.write(frame(4, 0, 0));
    }
    while (buffered.length >= 9) {
      const length = buffered.readUIntBE(0, 3);
      if (buffered.length < 9 + length) break;
      const [type, flags] = [buffered[3], buffered[4]];
      const stream = buffered.readUInt32BE(5) & 0x7fffffff;
      const payload = buffered.subarray(9, 9 + length);
      buffered = buffered.subarray(9 + length);
      if (type === 4 && !(flags & 1)) {
        for (let i = 0; i + 6 <= payload.length; i += 6) {
          if (payload.readUInt16BE(i) === 4) {
            const value = payload.readUInt32BE(i + 2);
            streamWindow += value - initial;
            initial = value;
          }
        }
        socket.write(frame(4, 1, 0));
      } else if (type === 8) {
        const increment = payload.readUInt32BE(0) & 0x7fffffff;
        if (stream === 0) connWindow += increment;
        else streamWindow += increment;
      } else if (type === 1 && stream === 1 && !headersDone) {
        // The request's :path is not decoded (HPACK); the size comes from the query the bench put in the URL
        // and passed on the command line of this server instead.
        size = Number(process.env.H2_BENCH_SIZE ?? 256 * 2 ** 20);
        socket.write(frame(1, 4, 1, responseBlock(size)));
        headersDone = true;
      }
    }
    pump();
  });
});

server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
