/** Methods that do the same however often they arrive; a POST only with an Idempotency-Key. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** No single wait is longer, whatever Retry-After says. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Retry-After in seconds or as an HTTP date; `fallbackMs` when absent or unreadable. */
export function retryAfterMs(header: string | null, fallbackMs: number, now = Date.now()): number {
  if (!header) return fallbackMs;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? fallbackMs : Math.max(0, at - now);
}

/**
 * A fetch that sends an idempotent request again when the api answers 503 (its database restarting),
 * after the Retry-After it names, a few times; anything else, and the last answer, is returned as is.
 */
export function retryingFetch(
  baseFetch: (request: Request, init?: RequestInit) => Promise<Response>,
  { attempts = 4, maxDelayMs = 8000, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }: RetryOptions = {},
): (input: Request | string, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const request = typeof input === 'string' ? new Request(new URL(input, globalThis.location?.origin), init) : input;
    if (!IDEMPOTENT_METHODS.has(request.method) && !request.headers.has('idempotency-key')) return baseFetch(request, init);
    for (let attempt = 1; ; attempt++) {
      // A body can be read once: each try sends its own copy.
      const response = await baseFetch(attempt < attempts ? request.clone() : request, init);
      if (response.status !== 503 || attempt >= attempts) return response;
      await response.body?.cancel().catch(() => undefined);
      await sleep(Math.min(retryAfterMs(response.headers.get('retry-after'), 1000 * attempt), maxDelayMs));
    }
  };
}
