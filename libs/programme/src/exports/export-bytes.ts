import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The content codings an export is kept in besides its own bytes, in the order they are preferred. */
export const EXPORT_ENCODINGS = ['br', 'gzip'] as const;
export type ExportEncoding = (typeof EXPORT_ENCODINGS)[number];

/**
 * An export's bytes and the same bytes compressed, each made once per version: a multi-MB timetable
 * goes to a phone as a tenth of its size, and no request pays for compressing it again.
 */
export interface ExportBytes {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** The compressions under way, one after another: a cold start asked for every export at once holds one encoder's memory, not eight. */
let compressing: Promise<unknown> = Promise.resolve();

/**
 * Compressed on libuv's thread pool, off the event loop, one export at a time. Brotli at quality 5: most
 * of quality 11's gain on text at a small part of its time (a 4.5 MB export in tens of milliseconds, not
 * seconds), with a 256 KB window (lgwin 18), which on these exports loses nothing to the default 4 MB.
 */
export function exportBytes(identity: Buffer): Promise<ExportBytes> {
  const compressed = compressing.then(async () => ({
    identity,
    br: await brotli(identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
    gzip: await gzipped(identity, { level: 6 }),
  }));
  compressing = compressed.catch(() => undefined);
  return compressed;
}
