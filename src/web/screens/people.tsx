// People (the owner only): add a coach or an athlete user, assign athletes to coaches, change roles,
// link a user to their own athlete, remove users, and read the audit log.
import { type FormEvent, useState } from "react";
import { ApiError, api, apiPage, type Role, type User } from "../api.js";
import { Fold, Loading, NewPassword, Problem, Screen } from "../components/ui.js";
import { useApi } from "../data.js";
import { useSession } from "../session.js";
import type { Athlete } from "../types.js";

const ROLES: { role: Role; label: string; what: string }[] = [
  { role: "athlete", label: "Athlete", what: "sees and logs only their own training" },
  { role: "coach", label: "Coach", what: "sees and edits the athletes assigned to them" },
  { role: "owner", label: "Owner", what: "sees everything and manages people" },
];

const userPath = (username: string, rest = "") => `/users/${encodeURIComponent(username)}${rest}`;

export default function People() {
  const users = useApi<User[]>("/users");
  const athletes = useApi<Athlete[]>("/athletes");
  const names = (athletes.data ?? []).map((a) => a.name);
  const reload = () => {
    users.reload();
    athletes.reload();
  };
  return (
    <Screen title="People">
      <AddPerson athletes={names} onAdded={reload} />
      <section aria-labelledby="users-title">
        <h2 id="users-title">Who can sign in</h2>
        {users.loading && !users.data && <Loading what="the people" />}
        <Problem error={users.error} />
        {users.data?.map((u) => (
          <Person key={u.username} user={u} athletes={names} onChanged={reload} />
        ))}
      </section>
      <Audit />
    </Screen>
  );
}

/** Creates the athlete first when the name is new, so the user can be linked to it. */
async function ensureAthlete(name: string, known: string[]): Promise<void> {
  if (known.includes(name)) return;
  try {
    await api("/athletes", { method: "POST", body: { name } });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
  }
}

function AddPerson({ athletes, onAdded }: { athletes: string[]; onAdded: () => void }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("athlete");
  const [athlete, setAthlete] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState("");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNote("");
    const linked = (role === "athlete" ? athlete.trim() || username.trim() : athlete.trim()) || null;
    try {
      if (linked) await ensureAthlete(linked, athletes);
      await api<User>("/users", {
        method: "POST",
        body: { username: username.trim(), password, role, ...(linked && { athlete: linked }) },
      });
      setNote(`Added ${username.trim()}. Give them the name and password; they can change the password.`);
      setUsername("");
      setPassword("");
      setAthlete("");
      onAdded();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-person-title">
      <h2 id="add-person-title">Add a person</h2>
      <fieldset className="choices">
        <legend>Role</legend>
        {ROLES.map((r) => (
          <label key={r.role} className="choice">
            <input type="radio" name="new-role" checked={role === r.role} onChange={() => setRole(r.role)} />
            <span>
              {r.label} <span className="hint">{r.what}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        Name they sign in with
        <input
          autoComplete="off"
          autoCapitalize="none"
          required
          maxLength={64}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <NewPassword label="Password" hint="8 characters or more" value={password} onChange={setPassword} />
      <label>
        {role === "athlete" ? "Their athlete" : "Their own athlete (optional)"}
        <span className="hint">
          {role === "athlete"
            ? "an athlete stored here, or a new name (default: their sign-in name)"
            : "if they train too"}
        </span>
        <input list="athlete-names" value={athlete} onChange={(e) => setAthlete(e.target.value)} />
        <datalist id="athlete-names">
          {athletes.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <Problem error={error} />
      <p role="status" className="ok">
        {note}
      </p>
      <div className="actions">
        <button type="submit" className="primary">
          Add {ROLES.find((r) => r.role === role)?.label.toLowerCase()}
        </button>
      </div>
    </form>
  );
}

function Person({ user, athletes, onChanged }: { user: User; athletes: string[]; onChanged: () => void }) {
  const { user: me } = useSession();
  const [assigned, setAssigned] = useState<string[]>(user.athletes);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState("");
  const id = `user-${user.username}`;

  const change = async (what: string, work: () => Promise<unknown>) => {
    setError(null);
    setNote("");
    try {
      await work();
      setNote(what);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const dirty = assigned.slice().sort().join("\n") !== user.athletes.slice().sort().join("\n");

  return (
    <article className="card person" aria-labelledby={id}>
      <h3 id={id}>
        {user.username}
        {user.username === me.username && <span className="tag">you</span>}
      </h3>
      <div className="row">
        <label>
          Role
          <select
            value={user.role}
            onChange={(e) =>
              void change("Role changed.", () =>
                api(userPath(user.username), { method: "PATCH", body: { role: e.target.value } }),
              )
            }
          >
            {ROLES.map((r) => (
              <option key={r.role} value={r.role}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Own athlete
          <select
            value={user.athlete ?? ""}
            onChange={(e) =>
              void change("Athlete linked.", () =>
                api(userPath(user.username), { method: "PATCH", body: { athlete: e.target.value || null } }),
              )
            }
          >
            <option value="">none</option>
            {athletes.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {user.role === "coach" && (
        <fieldset>
          <legend>Athletes {user.username} coaches</legend>
          {athletes.length === 0 && <p className="muted">No athletes yet.</p>}
          <div className="checks">
            {athletes.map((name) => (
              <label key={name} className="toggle">
                <input
                  type="checkbox"
                  checked={assigned.includes(name)}
                  onChange={(e) =>
                    setAssigned((list) =>
                      e.target.checked ? [...list, name] : list.filter((n) => n !== name),
                    )
                  }
                />
                {name}
              </label>
            ))}
          </div>
          {dirty && (
            <button
              type="button"
              className="primary"
              onClick={() =>
                void change("Athletes assigned.", () =>
                  api(userPath(user.username, "/athletes"), { method: "PUT", body: { athletes: assigned } }),
                )
              }
            >
              Save {user.username}'s athletes
            </button>
          )}
        </fieldset>
      )}
      {user.role === "owner" && <p className="muted">Sees every athlete.</p>}
      <Fold summary={`Password, or remove ${user.username}`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void change(`New password set; ${user.username}'s sessions are signed out.`, async () => {
              await api(userPath(user.username), { method: "PATCH", body: { password } });
              setPassword("");
            });
          }}
        >
          <NewPassword
            label={`New password for ${user.username}`}
            hint="when they forgot theirs; it signs them out everywhere"
            value={password}
            onChange={setPassword}
          />
          <div className="actions">
            <button type="submit">Set password</button>
          </div>
        </form>
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              if (!confirm(`Remove ${user.username}? They can no longer sign in; the training data stays.`))
                return;
              void change("Removed.", () => api(userPath(user.username), { method: "DELETE" }));
            }}
          >
            Remove {user.username}
          </button>
        </div>
      </Fold>
      <p role="status" className="ok">
        {note}
      </p>
      <Problem error={error} />
    </article>
  );
}

interface AuditRow {
  id: number;
  at: string;
  event: string;
  username: string;
  actor: string | null;
  address: string | null;
  detail: unknown;
}

function Audit() {
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = async (cursor: string | null) => {
    setError(null);
    try {
      const page = await apiPage<AuditRow[]>(
        `/audit?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      setRows((old) => (cursor ? [...old, ...page.data] : page.data));
      setNext(page.next);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p className="muted">Sign-ins, failed sign-ins, tokens and changes to people: who, when, from where.</p>
      {!open ? (
        <button
          type="button"
          onClick={() => {
            setOpen(true);
            void load(null);
          }}
        >
          Show the audit log
        </button>
      ) : (
        <>
          <ol className="audit" aria-label="Audit events">
            {rows.map((r) => (
              <li key={r.id}>
                <span className="audit-event">{r.event}</span> <strong>{r.username}</strong>
                {r.actor && r.actor !== r.username && <> by {r.actor}</>}
                {r.detail != null && (
                  <> ({typeof r.detail === "string" ? r.detail : JSON.stringify(r.detail)})</>
                )}
                <span className="hint">
                  {new Date(r.at).toLocaleString()}
                  {r.address && ` from ${r.address}`}
                </span>
              </li>
            ))}
          </ol>
          {next && (
            <button type="button" onClick={() => void load(next)}>
              Older events
            </button>
          )}
        </>
      )}
      <Problem error={error} />
    </section>
  );
}
