import createClient, { type Middleware } from 'openapi-fetch';
import { refreshingFetch, sessionRefresher } from '../auth/refresh';
import { retryingFetch } from './retry';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

const TOKEN_KEY = 'plenary.token';

/**
 * The signed-in person's short-lived access token, kept in localStorage so every tab shares it. The
 * refresh token that renews it is an httpOnly cookie the page never sees.
 */
const tokenListeners = new Set<() => void>();

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string | null) => {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
    tokenListeners.forEach((listener) => listener());
  },
  /** Told of every change, in this tab and (through the storage event) in the others, for useSyncExternalStore. */
  subscribe: (listener: () => void) => {
    const fromOtherTab = (event: StorageEvent) => event.key === TOKEN_KEY && listener();
    tokenListeners.add(listener);
    window.addEventListener('storage', fromOtherTab);
    return () => {
      tokenListeners.delete(listener);
      window.removeEventListener('storage', fromOtherTab);
    };
  },
};

const bearer: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept', 'application/json');
    return request;
  },
};

/** POST /auth/refresh with the cookie: the new access token, or null when the session is over. */
async function renewSession(): Promise<string | null> {
  const response = await fetch('/auth/refresh', { method: 'POST', headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`refresh: HTTP ${response.status}`);
  return ((await response.json()) as Schemas['AccessTokenResponse']).accessToken;
}

/** The access token to use after one was refused: renewed once for every tab (Web Locks), or null when the person must sign in. */
export const refreshSession = sessionRefresher({
  tokens: tokenStore,
  renew: renewSession,
  exclusive: (task) => (navigator.locks ? navigator.locks.request('plenary-session-refresh', task) : task()),
});

// An expired access token is renewed and the request sent again, so nobody is signed out mid-task.
// Requests caught while the api's database restarts answer 503 with Retry-After; idempotent ones are sent again.
const fetchWithRetry = retryingFetch(refreshingFetch((request, init) => fetch(request, init), refreshSession));

/** Typed client for the public API, generated from its OpenAPI document (src/api/schema.d.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: fetchWithRetry });
api.use(bearer);

/** The API's stable error codes (the server's one table of them); the app translates these, never `message`. */
export type ApiErrorCode = Schemas['ApiErrorCode'];

/**
 * The API's one error shape; `fields` holds validation messages by field name. `code` and `data` are what
 * the app shows (through errorText); `message` is the API's English, kept for logs and unknown codes.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
    readonly details?: unknown,
    readonly code?: ApiErrorCode,
    readonly data: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body ?? {}) as Partial<Schemas['ApiErrorResponse']>;
  const fields: Record<string, string[]> = {};
  if (Array.isArray(error.details)) {
    for (const item of error.details as Array<{ field?: string; messages?: string[] }>) {
      if (item?.field && Array.isArray(item.messages)) fields[item.field] = item.messages;
    }
  }
  return new ApiError(status, error.message ?? `HTTP ${status}`, fields, error.details, error.code, error.data ?? {});
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the API's message and field errors. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    if (response.status === 401) tokenStore.set(null);
    throw toApiError(response.status, error);
  }
  return data as T;
}

/** For multipart uploads with progress, which fetch cannot report: same auth, session refresh and error shape as the client. */
export async function uploadWithProgress<T>(url: string, form: FormData, onProgress: (fraction: number) => void, method = 'POST'): Promise<T> {
  const token = tokenStore.get();
  try {
    return await sendUpload<T>(url, form, onProgress, method, token);
  } catch (error) {
    if (!(token && error instanceof ApiError && error.status === 401)) throw error;
    const renewed = await refreshSession(token);
    if (!renewed) throw error;
    return sendUpload<T>(url, form, onProgress, method, renewed);
  }
}

function sendUpload<T>(url: string, form: FormData, onProgress: (fraction: number) => void, method: string, token: string | null): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(toApiError(request.status, body));
    };
    request.onerror = () => reject(new ApiError(0, 'network'));
    request.send(form);
  });
}

/** Downloads need the bearer token too, so they are fetched and handed to the browser as a blob. */
export async function downloadFile(url: string, fallbackName: string, post?: unknown): Promise<Response> {
  const token = tokenStore.get();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await fetchWithRetry(
    url,
    post === undefined ? { headers } : { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(post) },
  );
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return response;
}
