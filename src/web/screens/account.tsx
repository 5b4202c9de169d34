// The signed-in user's account: change the password, API tokens for scripts (shown once, listed,
// revoked), sign out here or everywhere.
import { type FormEvent, useState } from "react";
import { ApiError, api } from "../api.js";
import { CopyField } from "../components/copy-field.js";
import { Loading, NewPassword, Problem, Screen } from "../components/ui.js";
import { useApi } from "../data.js";
import { useSession } from "../session.js";

export default function Account() {
  const { user, signOut } = useSession();
  return (
    <Screen title="Account">
      <p>
        Signed in as <strong>{user.username}</strong> ({user.role})
        {user.athlete && (
          <>
            ; your own training is <strong>{user.athlete}</strong>
          </>
        )}
        .
      </p>
      <ChangePassword />
      <Tokens />
      <section className="card" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">Sign out</h2>
        <p className="muted">
          Sets not yet sent stay on this phone and go after the next sign-in. "Everywhere" also signs out
          every other phone and browser of yours (API tokens keep working until revoked).
        </p>
        <div className="actions">
          <button type="button" onClick={() => void signOut(true)}>
            Sign out everywhere
          </button>
          <button type="button" className="primary" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </section>
    </Screen>
  );
}

function ChangePassword() {
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await api("/auth/password", { method: "PUT", body: { current, password } });
      setCurrent("");
      setPassword("");
      setDone(true);
    } catch (e) {
      setError(
        e instanceof ApiError && (e.status === 401 || e.status === 403)
          ? new Error("The current password is wrong.")
          : e,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      <label>
        Current password
        <input
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </label>
      <NewPassword
        label="New password"
        hint="8 characters or more; your other sessions are signed out"
        value={password}
        onChange={setPassword}
      />
      <Problem error={error} />
      <p role="status" className="ok">
        {done ? "Password changed. Your other sessions are signed out." : ""}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Change password
        </button>
      </div>
    </form>
  );
}

interface Token {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

function Tokens() {
  const tokens = useApi<Token[]>("/auth/tokens");
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const answer = await api<{ id: number; name: string; token: string }>("/auth/tokens", {
        method: "POST",
        body: { name: name.trim() },
      });
      setCreated(answer);
      setName("");
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async (token: Token) => {
    if (!confirm(`Revoke the token "${token.name}"? Scripts using it stop working.`)) return;
    setError(null);
    try {
      await api(`/auth/tokens/${token.id}`, { method: "DELETE" });
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">
        For scripts and other apps: send <code>Authorization: Bearer TOKEN</code>. A token acts as you.
      </p>
      {created && (
        <div className="note">
          <p>
            The token <strong>{created.name}</strong>. Copy it now: it is not shown again.
          </p>
          <CopyField label="New token" value={created.token} />
        </div>
      )}
      {tokens.loading && !tokens.data ? (
        <Loading what="your tokens" />
      ) : tokens.data?.length ? (
        <ul className="items" aria-label="Your tokens">
          {tokens.data.map((t) => (
            <li key={t.id}>
              <span>
                <strong>{t.name}</strong>
                <span className="hint">
                  made {when(t.createdAt)}; {t.lastUsedAt ? `last used ${when(t.lastUsedAt)}` : "never used"}
                </span>
              </span>
              <button type="button" onClick={() => void revoke(t)} aria-label={`Revoke ${t.name}`}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No tokens.</p>
      )}
      <form onSubmit={create}>
        <label>
          Token name
          <span className="hint">what will use it, e.g. "spreadsheet export"</span>
          <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="actions">
          <button type="submit">Create a token</button>
        </div>
      </form>
      <Problem error={error ?? tokens.error} />
    </section>
  );
}
