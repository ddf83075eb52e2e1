import type { FastifyReply } from 'fastify';
import type { DossierDownload } from '@app/awards';
import { attachment } from '../http/content-disposition.js';

/** A stored file streamed as an attachment of its sniffed type: never rendered inline, never cached. */
export function sendDossierFile(reply: FastifyReply, download: DossierDownload) {
  return reply
    .header('Content-Type', download.mediaType)
    .header('Content-Disposition', attachment(download.fileName))
    .header('Content-Length', String(download.size))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(download.stream);
}
