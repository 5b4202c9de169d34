// A sign-out made offline cannot reach the server, so the session would stay valid there: a reload
// once online would sign the person straight back in, on a phone they meant to leave. The sign-out
// is kept here and sent before anything else asks the server who is signed in.
import { ApiError, api } from "./api.js";

const KEY = "hipthrust:sign-out";

export function rememberSignOut(everywhere: boolean): void {
  localStorage.setItem(KEY, everywhere ? "everywhere" : "here");
}

export const signOutPending = (): boolean => localStorage.getItem(KEY) !== null;

let sending: Promise<void> | null = null;

/**
 * Sends a sign-out made offline; throws OfflineError while there is still no connection. Callers
 * share one request, so a sign-in waits for it instead of racing it (a late sign-out fetching a
 * CSRF token could otherwise end the new session).
 */
export function sendPendingSignOut(): Promise<void> {
  const pending = localStorage.getItem(KEY);
  if (pending === null) return Promise.resolve();
  sending ??= api(pending === "everywhere" ? "/auth/logout-all" : "/auth/logout", { method: "POST" })
    .then(
      () => localStorage.removeItem(KEY),
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        // 401: the session had already ended, which is what the sign-out wanted. A server in
        // trouble (5xx) ended nothing: keep it for the next try, without holding up the app.
        if (error.status < 500) localStorage.removeItem(KEY);
      },
    )
    .finally(() => {
      sending = null;
    });
  return sending;
}

/** A new sign-in replaces the old session's cookie: the old sign-out must not end the new one. */
export function forgetPendingSignOut(): void {
  localStorage.removeItem(KEY);
}
