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
