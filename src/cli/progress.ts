// A one-line progress bar on stderr, only when stderr is a terminal (CI logs and pipes stay clean).

export interface Progress {
  update(done: number): void;
  clear(): void;
}

export function progressBar(stream: NodeJS.WriteStream, total: number): Progress {
  if (!stream.isTTY || total < 2) return { update: () => undefined, clear: () => undefined };
  const width = 30;
  let drawn = false;
  return {
    update(done) {
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
