import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { attachment } from './content-disposition.js';

/** A file read back from storage, with what was recorded of it on upload. */
export interface StoredFile {
  stream: Readable;
  fileName: string;
  mediaType: string;
  size: number;
}

/**
 * A stored upload (a dossier document, a delegate's answer) streamed as an attachment of its sniffed type:
 * never rendered inline, so an uploaded page cannot run in our origin; never cached, as it is personal.
 */
export function sendStoredFile(reply: FastifyReply, file: StoredFile) {
  return reply
    .header('Content-Type', file.mediaType)
    .header('Content-Disposition', attachment(file.fileName))
    .header('Content-Length', String(file.size))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(file.stream);
}
