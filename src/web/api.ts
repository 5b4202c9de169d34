// The HTTP API as the app uses it: JSON in and out, the session cookie, the CSRF header on writes
// (GUIDE auth API), and errors carrying the server's `{error, issues}` so forms can point at fields.
import type { ErrorBody } from "./types.js";

export interface User {
  username: string;
  role: "owner" | "coach" | "athlete";
  athletes: string[];
}

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

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
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
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  const data: unknown = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const body =
      typeof data === "object" && data !== null && "error" in data
        ? (data as ErrorBody)
        : { error: `${response.status} ${response.statusText}`, issues: [] };
    throw new ApiError(response.status, { error: body.error, issues: body.issues ?? [] });
  }
  return data as T;
}

export const athletePath = (athlete: string, rest = "") => `/athletes/${encodeURIComponent(athlete)}${rest}`;
