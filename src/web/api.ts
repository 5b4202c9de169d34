// The HTTP API as the app uses it: JSON in and out, the session cookie, the CSRF header on writes
// (GUIDE auth API), and errors carrying the server's `{error, issues}` so forms can point at fields.
import type { ErrorBody } from "./types.js";

export type { Role, User } from "../contract/accounts.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error);
  }
  /** The problem the server named for one field, if any. */
  problem(field: string): string | undefined {
    return this.body.issues.find((issue) => issue.field === field || issue.field.endsWith(`.${field}`))
      ?.problem;
  }
}

/** The request never reached the server (offline, DNS, server down). */
export class OfflineError extends Error {}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Where a 401 means a wrong password, not an ended session. */
const CHECKS_PASSWORD = ["/auth/login", "/auth/setup", "/auth/password"];
const signedOutListeners = new Set<() => void>();
/** Called when the server says the session is gone (expired, revoked, signed out elsewhere). */
export function onSessionEnded(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiPage<T>(path, options)).data;
}

/** A list request's answer with the cursor of the next page (`X-Next-Cursor`), if there is one. */
export async function apiPage<T>(
  path: string,
  options: RequestOptions = {},
): Promise<{ data: T; next: string | null }> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const send = async () => {
    if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
    try {
      return await fetch(`/api${path}`, {
        method,
        headers,
        credentials: "same-origin",
        ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
        ...(options.signal && { signal: options.signal }),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new OfflineError("no connection to the server");
    }
  };
  let response = await send();
  // The page started offline (no token yet) or the token changed: fetch it and send once more.
  if (response.status === 403 && method !== "GET" && (await isCsrfRefusal(response))) {
    const me = await api<{ csrfToken: string | null }>("/auth/me");
    setCsrfToken(me.csrfToken);
    response = await send();
  }
  const next = response.headers.get("x-next-cursor");
  if (response.status === 204) return { data: undefined as T, next };
  const type = response.headers.get("content-type") ?? "";
  const data: unknown = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const body =
      typeof data === "object" && data !== null && "error" in data
        ? (data as ErrorBody)
        : { error: `${response.status} ${response.statusText}`, issues: [] };
    if (response.status === 401 && !CHECKS_PASSWORD.includes(path))
      for (const listener of signedOutListeners) listener();
    throw new ApiError(response.status, { error: body.error, issues: body.issues ?? [] });
  }
  return { data: data as T, next };
}

async function isCsrfRefusal(response: Response): Promise<boolean> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return typeof body === "object" && body !== null && /csrf/i.test(String((body as ErrorBody).error));
}

export const athletePath = (athlete: string, rest = "") => `/athletes/${encodeURIComponent(athlete)}${rest}`;
