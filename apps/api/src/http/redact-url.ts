/**
 * Request targets as they may be logged. A private link is the power to edit, cancel or download
 * what it names, so its secret never reaches a log line: the segment after `manage` (a delegate's
 * registration, page and api), after `speaker-invitations` and `invitations` (an invitation; an organiser's
 * handle on one is a UUID and stays readable), anything else that
 * looks like a random token, and query values whose name or value says secret.
 */
const SECRET_FOLLOWS = new Set(['manage', 'speaker-invitations', 'invitations']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET_QUERY_NAME = /token|secret|passw|key|sig|code|auth|session/i;
export const REDACTED = '[redacted]';

/** Base64url or hex of 128 bits or more, with mixed case and digits as random text has (slugs and UUIDs have not). */
function looksLikeToken(text: string): boolean {
  return text.length >= 22 && /^[A-Za-z0-9_-]+$/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && /\d/.test(text);
}

export function redactUrl(url: string | undefined): string {
  if (!url) return '';
  const queryStart = url.indexOf('?');
  const path = queryStart < 0 ? url : url.slice(0, queryStart);
  const segments = path.split('/');
  const redactedPath = segments
    .map((segment, index) =>
      segment !== '' && ((SECRET_FOLLOWS.has(segments[index - 1]) && !UUID.test(segment)) || looksLikeToken(safeDecode(segment))) ? REDACTED : segment,
    )
    .join('/');
  if (queryStart < 0) return redactedPath;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return looksLikeToken(safeDecode(pair)) ? REDACTED : pair;
      const name = pair.slice(0, equals);
      const value = safeDecode(pair.slice(equals + 1));
      return SECRET_QUERY_NAME.test(safeDecode(name)) || looksLikeToken(value) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${redactedPath}?${query}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
