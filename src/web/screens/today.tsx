// Today: what `next` says for today — train or rest and why, the dose, the load on a drawn bar,
// the warm-up — with warnings first and a check-in that recomputes the day.
import { type FormEvent, useState } from "react";
import { athletePath } from "../api.js";
import { Barbell } from "../components/barbell.js";
import { Reasons, Warnings } from "../components/reasons.js";
import { formatLoad, Loading, Problem, SCORES, Screen, StaleNote } from "../components/ui.js";
import { localDay, useApi } from "../data.js";
import { useExerciseNames } from "../names.js";
import { newId, putItem, stamp } from "../outbox.js";
import { navigate } from "../router.js";
import { useAthlete } from "../session.js";
import { flush } from "../sync.js";
import type { NextRecommendation, Readiness } from "../types.js";

/** Ramp-up or warm-up sets, when `next` lists them (the coach adds them beside the CONTRACT fields). */
interface WarmupSet {
  load?: number | null;
  reps?: number | { min: number; max: number };
  sets?: number;
  percent?: number;
  exercise?: string;
  note?: string;
}

const range = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

export function Today() {
  const athlete = useAthlete();
  const day = localDay();
  const next = useApi<NextRecommendation>(athletePath(athlete, `/next?date=${day}`));
  const name = useExerciseNames();
  const n = next.data;
  const warmup = (n as (NextRecommendation & { warmup?: WarmupSet[] }) | undefined)?.warmup;

  return (
    <Screen title="Today" picker>
      <StaleNote stale={next.stale} />
      <Problem error={next.stale ? null : next.error} />
      {!n ? (
        !next.error && <Loading what="today's advice" />
      ) : (
        <>
          <Warnings warnings={n.warnings} />
          <section className="card hero" aria-labelledby="today-what">
            <p className="eyebrow">{n.date}</p>
            {n.train && n.exercise ? (
              <>
                <h2 id="today-what">{name(n.exercise)}</h2>
                <p className="dose-big">
                  <span>
                    {n.sets} × {n.repsTarget ?? range(n.reps)}
                  </span>{" "}
                  <span className="muted">reps</span> <span>@ RPE {range(n.rpe)}</span>
                </p>
                {n.repsTarget !== undefined && (
                  <p className="muted">
                    Aim for {n.repsTarget} reps a set, within {range(n.reps)}.
                  </p>
                )}
                <p className="load">
                  <strong>{formatLoad(n.load, n.unit)}</strong>
                  <span className="muted">
                    {" "}
                    · rest {Math.round((n.restSeconds / 60) * 2) / 2} min between sets
                  </span>
                </p>
                {n.plates && <Barbell plates={n.plates} unit={n.unit} />}
              </>
            ) : (
              <>
                <h2 id="today-what">Rest day</h2>
                <p>No working hip-thrust sets today. The reasons are under “Why”.</p>
              </>
            )}
            {(n.activation || (warmup && warmup.length > 0)) && (
              <div className="warmup">
                <h3>Warm-up</h3>
                <ul>
                  {n.activation && (
                    <li>
                      {n.activation.sets} × {range(n.activation.reps)} {name(n.activation.exercise)}, easy
                      (RPE ≤ {n.activation.rpe.max})
                    </li>
                  )}
                  {warmup?.map((w) => (
                    <li key={JSON.stringify(w)}>
                      {w.sets ? `${w.sets} × ` : ""}
                      {typeof w.reps === "number" ? w.reps : w.reps ? range(w.reps) : ""}
                      {w.exercise ? ` ${name(w.exercise)}` : ""}
                      {w.load !== undefined ? ` at ${formatLoad(w.load ?? null, n.unit)}` : ""}
                      {w.percent ? ` (${w.percent}%)` : ""}
                      {w.note ? ` — ${w.note}` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {n.e1rm && (
              <p className="muted">
                Estimated 1RM: {Math.round(n.e1rm.value * 10) / 10} {n.unit} (
                {n.e1rm.method === "epley" ? "Epley" : "RPE table"})
              </p>
            )}
            <Reasons reasons={n.reasons} />
            {n.train && (
              <button type="button" className="primary wide" onClick={() => navigate("log")}>
                Log this session
              </button>
            )}
          </section>
          <CheckIn athlete={athlete} day={day} onSaved={next.reload} />
        </>
      )}
    </Screen>
  );
}

function CheckIn({ athlete, day, onSaved }: { athlete: string; day: string; onSaved: () => void }) {
  const [values, setValues] = useState({ soreness: "", fatigue: "", sleepHours: "" });
  const [note, setNote] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const readiness: Readiness = {};
    if (values.soreness !== "") readiness.soreness = Number(values.soreness);
    if (values.fatigue !== "") readiness.fatigue = Number(values.fatigue);
    if (values.sleepHours !== "") readiness.sleepHours = Number(values.sleepHours);
    await putItem({ id: newId(), athlete, createdAt: stamp(), kind: "readiness", date: day, readiness });
    await flush();
    setNote(
      navigator.onLine
        ? "Saved: today is recomputed with your check-in."
        : "Saved on this phone; today is recomputed once online.",
    );
    onSaved();
  };
  const scale = (key: "soreness" | "fatigue", title: string, hint: string) => (
    <label>
      {title} <span className="hint">{hint}</span>
      <select value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })}>
        <option value="">—</option>
        {SCORES.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="card" onSubmit={submit} aria-labelledby="checkin-title">
      <h2 id="checkin-title">How do you feel?</h2>
      <div className="row three">
        {scale("soreness", "Soreness", "0 none – 10 worst")}
        {scale("fatigue", "Fatigue", "0 fresh – 10 spent")}
        <label>
          Sleep <span className="hint">hours</span>
          <input
            inputMode="decimal"
            value={values.sleepHours}
            onChange={(e) => setValues({ ...values, sleepHours: e.target.value })}
          />
        </label>
      </div>
      <button type="submit">Check in and recompute</button>
      <p role="status" className="muted">
        {note}
      </p>
    </form>
  );
}
