/**
 * Published versions never change, so an export's ETag is its event, version and format: a
 * client holding it gets 304 without the programme being loaded or rebuilt.
 */
export function exportEtag(slug: string, version: number, format: string): string {
  return `"${slug}-v${version}-${format}"`;
}

export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag || candidate.trim() === '*');
}

export const EXPORT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

interface NotModifiedReply {
  header(name: string, value: string): NotModifiedReply;
  code(status: number): NotModifiedReply;
  send(): unknown;
}

/** The one 304 of the exports, sent by the controller and by the early answer alike (see conditional-get-hook.ts). */
export function sendNotModified(reply: NotModifiedReply, etag: string): void {
  reply.code(304).header('ETag', etag).header('Cache-Control', EXPORT_CACHE_CONTROL).send();
}
