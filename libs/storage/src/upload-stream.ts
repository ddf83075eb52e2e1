import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';

export interface SniffedUpload<T> {
  type: T | undefined;
  /** The first bytes (up to the sniff window); empty for an empty file. */
  head: Buffer;
  /** The whole file again, head included, still streaming from the client (flowing from first access). */
  readonly body: Readable;
  /** SHA-256 (hex) and size of what `body` has delivered so far: complete once it has ended. */
  digest(): { sha256: string; size: number };
  /** Reads and throws away the rest, so the client can be answered on a healthy connection. */
  discard(): Promise<void>;
}

/**
 * Reads just enough of an upload to know what it is, then hands back the whole of it as a stream
 * that hashes as it flows: one pass, never the whole file in memory.
 */
export async function sniffUpload<T>(source: Readable, windowBytes: number, detect: (head: Buffer) => Promise<T | undefined>): Promise<SniffedUpload<T>> {
  const chunks: Buffer[] = [];
  let length = 0;
  const ended = await new Promise<boolean>((resolve, reject) => {
    const cleanup = () => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= windowBytes) {
        source.pause();
        cleanup();
        resolve(false);
      }
    };
    const onEnd = () => {
      cleanup();
      resolve(true);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', onError);
  });
  const head = Buffer.concat(chunks);
  const hash = createHash('sha256');
  let size = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  // Until the body is piped on, a late error from the client must still have a listener.
  let failure: Error | undefined;
  source.on('error', (error) => {
    failure = error;
    body.destroy(error);
  });
  let sha256: string | undefined;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if (failure) return void body.destroy(failure);
    if (ended) return void body.end(head);
    body.write(head);
    source.pipe(body);
  };
  return {
    type: head.length ? await detect(head) : undefined,
    head,
    // The rest flows only once someone takes the body, so a rejected upload is never piped anywhere.
    get body() {
      start();
      return body;
    },
    digest: () => ({ sha256: (sha256 ??= hash.digest('hex')), size }),
    discard: async () => {
      if (ended || started) return;
      await new Promise<void>((done) => {
        source.once('end', done);
        source.once('error', () => done());
        source.resume();
      });
    },
  };
}

/** Whether an upload failed because it passed the multipart file limit (Fastify wraps the cause). */
export function isTooLarge(error: unknown): boolean {
  for (let current = error as { statusCode?: number; code?: string; cause?: unknown } | undefined; current; current = current.cause as typeof current) {
    if (current.statusCode === 413 || current.code === 'FST_REQ_FILE_TOO_LARGE') return true;
  }
  return false;
}
