export interface TokenStore {
  get(): string | null;
  set(token: string | null): void;
}

export interface RefresherDeps {
  tokens: TokenStore;
  /** POST /auth/refresh (the cookie goes along): the new access token, null when the session is over; throws when the server was not reached. */
  renew(): Promise<string | null>;
  /** Runs the task holding one lock shared by every tab of the app. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * One refresh at a time, across tabs: a refresh token works once, so two tabs spending the same one
 * would look like a stolen copy to the api, which then ends the whole sign-in. A tab that waited for
 * the lock first looks whether another tab has already renewed the token it holds.
 *
 * Returns the token to use now, or null when the person has to sign in again.
 */
export function sessionRefresher({ tokens, renew, exclusive }: RefresherDeps): (stale: string | null) => Promise<string | null> {
  let inFlight: Promise<string | null> | undefined;
  return (stale) => {
    inFlight ??= exclusive(async () => {
      const current = tokens.get();
      if (current && current !== stale) return current;
      let renewed: string | null;
      try {
        renewed = await renew();
      } catch {
        // Unreachable server: the session may well be alive, so it is not thrown away.
        return null;
      }
      tokens.set(renewed);
      return renewed;
    }).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

/** Requests that are the session itself: a 401 there is the answer, not a reason to refresh. */
const SESSION_PATHS = /^\/auth\/(login|refresh|logout)$/;

/**
 * A fetch that, when a request sent with an access token gets 401, refreshes the session once and
 * sends the request again with the new token. Anything else is returned as it came.
 */
export function refreshingFetch(
  baseFetch: (request: Request, init?: RequestInit) => Promise<Response>,
  refresh: (stale: string | null) => Promise<string | null>,
): (request: Request, init?: RequestInit) => Promise<Response> {
  return async (request, init) => {
    const sent = request.headers.get('authorization');
    if (!sent?.startsWith('Bearer ') || SESSION_PATHS.test(new URL(request.url).pathname)) return baseFetch(request, init);
    // A body can be read once: the copy is taken before the first try.
    const again = request.clone();
    const response = await baseFetch(request, init);
    if (response.status !== 401) return response;
    const token = await refresh(sent.slice('Bearer '.length));
    if (!token) return response;
    await response.body?.cancel().catch(() => undefined);
    again.headers.set('authorization', `Bearer ${token}`);
    return baseFetch(again, init);
  };
}

/** A JWT's claims, read without checking it (the api does that); none when it cannot be read. */
function claimsOf(token: string | null): { exp?: unknown; sub?: unknown } {
  if (!token) return {};
  try {
    return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) ?? {};
  } catch {
    return {};
  }
}

/** Whether an access token has expired, or will within `marginSeconds`. */
export function tokenExpired(token: string, nowMs = Date.now(), marginSeconds = 10): boolean {
  const { exp } = claimsOf(token);
  return typeof exp === 'number' && exp - marginSeconds <= nowMs / 1000;
}

/** The account a token was issued to. */
export function tokenSubject(token: string | null): string | null {
  const { sub } = claimsOf(token);
  return typeof sub === 'string' ? sub : null;
}
