import negotiate from '@fastify/accept-negotiator';
import { EXPORT_ENCODINGS, type ExportBytes, type ExportEncoding, type ExportVariant, type ScheduleFormat } from '@app/programme';

/**
 * Published versions never change, so an export's ETag is its event, version and variant (format and
 * language): a client holding it gets 304 without the programme being loaded or rebuilt, and never for
 * another language than the one it holds.
 */
export function exportEtag(slug: string, version: number, variant: ExportVariant): string {
  return `"${slug}-v${version}-${variant}"`;
}

export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag || candidate.trim() === '*');
}

export const EXPORT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export const EXPORT_CONTENT_TYPES: Record<ScheduleFormat, string> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  programme: 'application/json; charset=utf-8',
};

interface ExportReply {
  header(name: string, value: string): ExportReply;
  code(status: number): ExportReply;
  send(body?: Buffer): unknown;
}

/** The coding of the answer: the client's preferred one among those kept, else the bytes as they are. */
export function exportEncoding(acceptEncoding: string | undefined): ExportEncoding | null {
  return acceptEncoding ? negotiate(acceptEncoding, [...EXPORT_ENCODINGS]) : null;
}

/**
 * The ETag of what is sent: a compressed answer's is weak, as nginx makes it, since the bytes differ from
 * the uncompressed ones while meaning the same (If-None-Match compares weakly, so either one gets a 304).
 */
function sentEtag(etag: string, encoding: ExportEncoding | null): string {
  return encoding ? `W/${etag}` : etag;
}

/** The one 304 of the exports, sent by the controller and by the early answer alike (see conditional-get-hook.ts). */
export function sendNotModified(reply: ExportReply, etag: string, encoding: ExportEncoding | null): void {
  reply.code(304).header('ETag', sentEtag(etag, encoding)).header('Cache-Control', EXPORT_CACHE_CONTROL).header('Vary', 'Accept-Encoding').send();
}

/** The one 200 of the exports, likewise: a cached Buffer itself, never a copy, compressed once per version. */
export function sendExport(reply: ExportReply, etag: string, contentType: string, body: ExportBytes, encoding: ExportEncoding | null): void {
  reply
    .header('ETag', sentEtag(etag, encoding))
    .header('Cache-Control', EXPORT_CACHE_CONTROL)
    .header('Content-Type', contentType)
    .header('Vary', 'Accept-Encoding');
  if (encoding) reply.header('Content-Encoding', encoding);
  reply.send(encoding ? body[encoding] : body.identity);
}
