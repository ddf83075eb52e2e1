import { Readable } from 'node:stream';

export interface SniffedDossier {
  /** The first bytes (at least `windowBytes` unless the file is shorter); empty for an empty file. */
  head: Buffer;
  /** The whole file again, head included, still streaming from the client. */
  body: Readable;
  /** Bytes `body` has delivered so far: the file's size once it has ended. */
  size(): number;
  /** Reads and throws away the rest, so the client can be answered on a healthy connection. */
  discard(): Promise<void>;
}

/**
 * Reads the first bytes of an upload to tell what it is, then hands back the whole of it as one
 * stream: a single pass, never the whole file in memory.
 */
export async function sniffDossier(source: Readable, windowBytes: number): Promise<SniffedDossier> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < windowBytes) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(chunks);
  let size = 0;
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length) {
      size += head.length;
      yield head;
    }
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      size += next.value.length;
      yield next.value;
    }
  }
  return {
    head,
    body: Readable.from(all(), { objectMode: false }),
    size: () => size,
    discard: async () => {
      if (ended) return;
      try {
        for (;;) if ((await iterator.next()).done) return;
      } catch {
        // a cut-off or over-long rest is still thrown away
      }
    },
  };
}
