/**
 * Headers on every answer, errors and 404s included. nosniff stops a browser from running an
 * uploaded or echoed file as script or style; HSTS, only when the public address is https, keeps
 * browsers from ever trying the plain-http address (a year; subdomains are not ours to decide).
 */
export function securityHeaders(publicUrl: string): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    ...(new URL(publicUrl).protocol === 'https:' ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}
