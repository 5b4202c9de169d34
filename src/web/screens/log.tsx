// Log the session: a row per set, last time's values as ghosts accepted with one tap, RPE, form
// gates, pain, the rest timer, edit and delete. Every change goes to the phone's outbox first.
import { type FormEvent, useMemo, useState } from "react";
import { DEFAULT_BAR, DEFAULT_PLATES, platesPerSide } from "../../core/progression/plates.js";
import { HIP_THRUST_IDS } from "../../core/types.js";
import { athletePath } from "../api.js";
import { RestTimer } from "../components/rest-timer.js";
import { RpePicker } from "../components/rpe-picker.js";
import { formatLoad, Problem, SCORES, Screen, StaleNote } from "../components/ui.js";
import { localDay, useApi } from "../data.js";
import { useExerciseNames } from "../names.js";
import { type NewSet, newId, type OutboxItem, putItem, removeItem, stamp } from "../outbox.js";
import { useOutbox } from "../pending.js";
import { useAthlete } from "../session.js";
import type { LoggedSet, NextRecommendation, Profile, StoredSession } from "../types.js";

/** A set as the screen shows it: stored on the server, or still on the phone. */
interface Row {
  key: string;
  exercise: string;
  set: LoggedSet;
  serverId?: number;
  pendingId?: string;
  pending: boolean;
  rejected?: string;
}

const DAY_MS = 86_400_000;
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

function rowsOfToday(
  sessions: StoredSession[] | undefined,
  outbox: OutboxItem[],
  athlete: string,
  day: string,
): Row[] {
  const mine = outbox.filter((item) => item.athlete === athlete);
  const rows: Row[] = [];
  for (const session of sessions ?? []) {
    for (const entry of session.exercises) {
      for (const s of entry.sets) {
        if (mine.some((i) => i.kind === "delete" && i.setId === s.id)) continue;
        const edit = mine.findLast((i) => i.kind === "update" && i.setId === s.id);
        const { id, entered: _entered, unit: _unit, ...set } = s;
        rows.push({
          key: `s${id}`,
          exercise: entry.exercise,
          set: edit?.kind === "update" ? edit.set : set,
          serverId: id,
          pending: edit !== undefined,
          ...(edit?.rejected && { rejected: edit.rejected }),
        });
      }
    }
  }
  for (const item of mine) {
    if (item.kind !== "create" || item.set.date !== day) continue;
    const { date: _d, exercise, readiness: _r, ...set } = item.set;
    rows.push({
      key: item.id,
      exercise,
      set,
      pendingId: item.id,
      pending: true,
      ...(item.rejected && { rejected: item.rejected }),
    });
  }
  return rows;
}

interface Draft {
  reps: string;
  load: string;
  rpe: number | null;
  fullLockout: boolean;
  controlled: boolean;
  pain: string;
  warmup: boolean;
}

const emptyDraft = (load: number | null): Draft => ({
  reps: "",
  load: load === null ? "0" : String(load),
  rpe: null,
  fullLockout: true,
  controlled: true,
  pain: "0",
  warmup: false,
});

function toSet(d: Draft): LoggedSet {
  const set: LoggedSet = {
    reps: Number(d.reps),
    load: Number(d.load || 0),
    fullLockout: d.fullLockout,
    controlled: d.controlled,
    pain: Number(d.pain || 0),
  };
  if (d.rpe !== null) set.rpe = d.rpe;
  if (d.warmup) set.warmup = true;
  return set;
}

const describe = (s: LoggedSet, unit: string) =>
  `${s.reps} × ${formatLoad(s.load, unit)}${s.rpe !== undefined ? ` @ RPE ${s.rpe}` : ""}`;

export function LogScreen() {
  const athlete = useAthlete();
  const day = localDay();
  const name = useExerciseNames();
  const next = useApi<NextRecommendation>(athletePath(athlete, `/next?date=${day}`));
  const profile = useApi<Profile>(athletePath(athlete, "/profile"));
  const today = useApi<StoredSession[]>(athletePath(athlete, `/sessions?from=${day}&to=${day}`));
  const before = useApi<StoredSession[]>(athletePath(athlete, `/sessions?to=${dayBefore(day)}&latest=20`));
  const outbox = useOutbox();
  const unit = next.data?.unit ?? profile.data?.unit ?? "kg";

  const [chosen, setChosen] = useState<string | null>(null);
  const exercise = chosen ?? next.data?.exercise ?? next.data?.activation?.exercise ?? "barbell-hip-thrust";
  const [draft, setDraft] = useState<Draft | null>(null);
  const [editing, setEditing] = useState<Row | null>(null);
  const [restFrom, setRestFrom] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState("");

  const rows = useMemo(
    () => rowsOfToday(today.data, outbox, athlete, day),
    [today.data, outbox, athlete, day],
  );
  const mine = rows.filter((r) => r.exercise === exercise);
  const ghosts = useMemo(() => {
    const sessions = [...(before.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
    for (const session of sessions) {
      const entry = session.exercises.find((e) => e.exercise === exercise);
      if (entry) return { date: session.date.slice(0, 10), sets: entry.sets.filter((s) => !s.warmup) };
    }
    return null;
  }, [before.data, exercise]);
  const working = mine.filter((r) => !r.set.warmup).length;
  const ghost = ghosts?.sets[working];
  const form = draft ?? emptyDraft(next.data?.exercise === exercise ? next.data.load : (ghost?.load ?? null));
  const put = (patch: Partial<Draft>) => setDraft({ ...form, ...patch });

  const plates = useMemo(() => {
    const p = profile.data;
    const load = Number(form.load);
    if (!p?.equipment.includes("barbell") || exercise !== "barbell-hip-thrust" || !(load > 0)) return null;
    return platesPerSide(load, p.barWeight ?? DEFAULT_BAR[p.unit], p.plates ?? DEFAULT_PLATES[p.unit]);
  }, [profile.data, form.load, exercise]);

  /** `typed` is the form that made the set: it comes back if the phone cannot save the set. */
  const logSet = async (set: LoggedSet, typed?: Draft) => {
    setError(null);
    // Clear the form before the save, not after it: a slow phone may still be writing this set
    // while the lifter types the next one, and that must not be wiped.
    setDraft(null);
    const item: NewSet = { date: day, exercise, ...set, unit } as NewSet & { unit: string };
    try {
      await putItem({ id: newId(), athlete, createdAt: stamp(), kind: "create", set: item });
    } catch (failure) {
      if (typed) setDraft(typed);
      setError(failure);
      return;
    }
    if (!set.warmup) setRestFrom(Date.now());
    setAnnounce(`Set logged: ${describe(set, unit)}. ${working + (set.warmup ? 0 : 1)} working sets so far.`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(Number(form.reps) >= 0) || form.reps === "") {
      setError(new Error("Enter the reps you did (0 if none)."));
      return;
    }
    if (editing) {
      await saveEdit(editing, toSet(form), form);
      return;
    }
    await logSet(toSet(form), form);
  };

  const saveEdit = async (row: Row, set: LoggedSet, typed: Draft) => {
    // As for a new set: the form is free at once, and given back if the phone cannot save.
    setEditing(null);
    setDraft(null);
    try {
      if (row.pendingId) {
        const item = outbox.find((i) => i.id === row.pendingId);
        if (item?.kind === "create")
          await putItem({ ...item, rejected: undefined, set: { ...item.set, ...set } } as OutboxItem);
      } else if (row.serverId !== undefined) {
        await putItem({
          id: newId(),
          athlete,
          createdAt: stamp(),
          kind: "update",
          setId: row.serverId,
          set: { ...set, unit } as LoggedSet,
        });
      }
    } catch (failure) {
      setEditing(row);
      setDraft(typed);
      setError(failure);
      return;
    }
    setAnnounce("Set changed.");
  };

  const remove = async (row: Row) => {
    if (!confirm(`Delete ${describe(row.set, unit)}?`)) return;
    if (row.pendingId) await removeItem(row.pendingId);
    else if (row.serverId !== undefined)
      await putItem({ id: newId(), athlete, createdAt: stamp(), kind: "delete", setId: row.serverId });
    setAnnounce("Set deleted.");
  };

  const edit = (row: Row) => {
    setEditing(row);
    setDraft({
      reps: String(row.set.reps),
      load: String(row.set.load),
      rpe: row.set.rpe ?? null,
      fullLockout: row.set.fullLockout ?? true,
      controlled: row.set.controlled ?? true,
      pain: String(row.set.pain ?? 0),
      warmup: row.set.warmup ?? false,
    });
  };

  const options = [...new Set([exercise, ...HIP_THRUST_IDS])];
  const pendingHere = rows.filter((r) => r.pending).length;

  return (
    <Screen title="Log" picker>
      <RestTimer
        startedAt={restFrom}
        seconds={next.data?.restSeconds ?? 120}
        onStop={() => setRestFrom(null)}
      />
      <StaleNote stale={today.stale} />
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <label>
        Exercise
        <select value={exercise} onChange={(e) => setChosen(e.target.value)}>
          {options.map((id) => (
            <option key={id} value={id}>
              {name(id)}
            </option>
          ))}
        </select>
      </label>
      {next.data?.train && next.data.exercise === exercise && (
        <p className="muted">
          Today: {next.data.sets} × {next.data.repsTarget ?? `${next.data.reps.min}–${next.data.reps.max}`} @
          RPE {next.data.rpe.min}–{next.data.rpe.max}, {formatLoad(next.data.load, unit)}
        </p>
      )}

      <section aria-labelledby="sets-title">
        <h2 id="sets-title">
          Sets today <span className="count">{working} working</span>
        </h2>
        {pendingHere > 0 && (
          <p className="note" role="status">
            {pendingHere} {pendingHere === 1 ? "change is" : "changes are"} saved on this phone and not yet on
            the server.
          </p>
        )}
        <ol className="sets">
          {mine.map((row, i) => (
            <li key={row.key} className={row.pending ? "set pending" : "set"}>
              <span className="set-no">{row.set.warmup ? "W" : i + 1}</span>
              <span className="set-what">
                {describe(row.set, unit)}
                {row.set.fullLockout === false && <span className="flag">no lockout</span>}
                {row.set.controlled === false && <span className="flag">not controlled</span>}
                {(row.set.pain ?? 0) > 0 && <span className="flag pain">pain {row.set.pain}</span>}
                {row.pending && <span className="flag sync">on phone</span>}
                {row.rejected && <span className="flag pain">refused: {row.rejected}</span>}
              </span>
              <button
                type="button"
                className="small"
                onClick={() => edit(row)}
                aria-label={`Edit set ${i + 1}`}
              >
                Edit
              </button>
              <button
                type="button"
                className="small"
                onClick={() => void remove(row)}
                aria-label={`Delete set ${i + 1}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ol>
        {ghost && !editing && (
          <button type="button" className="ghost" onClick={() => void logSet(ghostSet(ghost))}>
            <span className="muted">
              Last time ({ghosts?.date}), set {working + 1}:
            </span>{" "}
            <strong>{describe(ghost, unit)}</strong> — tap to log the same
          </button>
        )}
      </section>

      <form className="card set-form" onSubmit={submit} aria-label={editing ? "Edit the set" : "New set"}>
        <h2>{editing ? "Edit the set" : `Set ${working + 1}`}</h2>
        <div className="row">
          <label>
            Reps
            <input
              name="reps"
              inputMode="numeric"
              placeholder={ghost ? String(ghost.reps) : ""}
              value={form.reps}
              onChange={(e) => put({ reps: e.target.value })}
            />
          </label>
          <label>
            Load ({unit})
            <input
              name="load"
              inputMode="decimal"
              placeholder={ghost ? String(ghost.load) : ""}
              value={form.load}
              onChange={(e) => put({ load: e.target.value })}
            />
          </label>
        </div>
        {plates && (
          <p className="muted">
            Per side: {plates.perSide.length ? plates.perSide.join(" + ") : "nothing"} ({unit}) on the{" "}
            {plates.bar} {unit} bar
          </p>
        )}
        <RpePicker value={form.rpe} onChange={(rpe) => put({ rpe })} />
        <div className="toggles">
          <label className="toggle">
            <input
              type="checkbox"
              checked={form.fullLockout}
              onChange={(e) => put({ fullLockout: e.target.checked })}
            />
            Full lockout on every rep
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              checked={form.controlled}
              onChange={(e) => put({ controlled: e.target.checked })}
            />
            Controlled lowering, no bounce
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              checked={form.warmup}
              onChange={(e) => put({ warmup: e.target.checked })}
            />
            Warm-up set
          </label>
        </div>
        <label>
          Pain <span className="hint">0 none – 10 worst; 5 or more stops hip thrusting today</span>
          <select value={form.pain} onChange={(e) => put({ pain: e.target.value })}>
            {SCORES.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <Problem error={error} />
        <div className="actions">
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setDraft(null);
              }}
            >
              Cancel
            </button>
          )}
          <button type="submit" className="primary">
            {editing ? "Save the set" : "Log set ✓"}
          </button>
        </div>
      </form>
    </Screen>
  );
}

function ghostSet(s: LoggedSet): LoggedSet {
  const set: LoggedSet = { reps: s.reps, load: s.load };
  for (const key of ["rpe", "fullLockout", "controlled", "pain"] as const) {
    if (s[key] !== undefined) (set as unknown as Record<string, unknown>)[key] = s[key];
  }
  return set;
}
