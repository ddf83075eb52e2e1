import type { FastifyReply } from 'fastify';
import type { AnswerFileDownload } from '@app/registration';
import { attachment } from '../http/content-disposition.js';

export function sendAnswerFile(reply: FastifyReply, download: AnswerFileDownload) {
  return reply
    .header('Content-Type', download.mediaType)
    .header('Content-Disposition', attachment(download.fileName))
    .header('Content-Length', String(download.size))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(download.stream);
}
