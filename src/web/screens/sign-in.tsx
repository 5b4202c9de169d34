// Sign in, or on a fresh server create the owner (GUIDE auth API).
import { type FormEvent, useState } from "react";
import { ApiError, api, setCsrfToken, type User } from "../api.js";
import { Problem } from "../components/ui.js";
import { useOutbox } from "../pending.js";
import { forgetPendingSignOut, sendPendingSignOut } from "../sign-out.js";

export function SignIn({
  setup,
  ended,
  onSignedIn,
}: {
  setup: boolean;
  /** The server ended the session (expired, revoked, signed out everywhere). */
  ended: boolean;
  onSignedIn: () => void;
}) {
  const pending = useOutbox().filter((item) => !item.rejected).length;
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // A sign-out made offline goes first, so the old session ends before the new one starts.
      await sendPendingSignOut();
      const answer = await api<{ user: User; csrfToken: string }>(setup ? "/auth/setup" : "/auth/login", {
        method: "POST",
        body: { username, password },
      });
      forgetPendingSignOut();
      setCsrfToken(answer.csrfToken);
      onSignedIn();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        onSignedIn(); // someone created the owner meanwhile: this server now asks for a sign-in
        return;
      }
      setError(
        e instanceof ApiError && e.status === 401
          ? new Error("That name and password do not match.")
          : e instanceof ApiError && e.status === 429
            ? new Error("Too many attempts: wait a minute, then try again.")
            : e,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="screen narrow">
      <h1>hipthrust</h1>
      <p className="lead">An evidence-based coach for the hip thrust.</p>
      <form onSubmit={submit} className="card">
        <h2>{setup ? "Create the owner account" : "Sign in"}</h2>
        {setup && (
          <p className="muted">
            This server is new: the first account owns it and can add coaches and athletes.
          </p>
        )}
        {ended && (
          <p className="note" role="status">
            Your session ended. Sign in again to carry on.
          </p>
        )}
        {pending > 0 && (
          <p className="note" role="status">
            {pending === 1 ? "1 change" : `${pending} changes`} on this phone {pending === 1 ? "is" : "are"}{" "}
            not on the server yet: sent once signed in again.
          </p>
        )}
        <label>
          Name
          <input
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            required
            maxLength={64}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          Password
          {setup && <span className="hint">8 characters or more</span>}
          <input
            name="password"
            type="password"
            autoComplete={setup ? "new-password" : "current-password"}
            required
            minLength={setup ? 8 : undefined}
            maxLength={256}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <Problem error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {setup ? "Create and sign in" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
