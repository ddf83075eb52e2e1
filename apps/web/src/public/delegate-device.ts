/**
 * The delegate's private link, remembered on the device that opened it, so the public timetable and
 * session pages can show their agenda and sign them up. Only the token is kept: it is what the link
 * already carries, and whoever uses this device could open that link from the browser's history anyway.
 */
const key = (slug: string) => `plenary.delegate.${slug}`;

export function rememberDelegate(slug: string, token: string): void {
  try {
    localStorage.setItem(key(slug), token);
  } catch {
    // Storage refused (private mode, quota): the pages simply show no agenda.
  }
}

export function delegateToken(slug: string): string | null {
  try {
    return localStorage.getItem(key(slug));
  } catch {
    return null;
  }
}
