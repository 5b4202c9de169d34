// Progress: e1RM per variation, the working load with its increase/hold/deload marks, hard sets
// per muscle per week, the F4 trend against its spike line, records and the history list.
import { useMemo } from "react";
import { volumeTrend } from "../../core/analytics/index.js";
import { SPIKE_RATIO } from "../../core/analytics/volume.js";
import { addDays } from "../../core/dates.js";
import { HIP_THRUST_IDS, type TrainingLog } from "../../core/types.js";
import { athletePath } from "../api.js";
import { Chart, colour, dayToSeconds, type Series } from "../components/chart.js";
import { formatLoad, Loading, Problem, Screen, StaleNote } from "../components/ui.js";
import { localDay, useApi } from "../data.js";
import { useExerciseNames } from "../names.js";
import { useAthlete } from "../session.js";
import type { E1rmPoint, MuscleWeek, PersonalRecords, StoredSession } from "../types.js";

const WEEKS = 8;

export default function ProgressScreen() {
  const athlete = useAthlete();
  const day = localDay();
  const name = useExerciseNames();
  const e1rm = useApi<E1rmPoint[]>(athletePath(athlete, "/analytics/e1rm"));
  const weekly = useApi<MuscleWeek[]>(
    athletePath(athlete, `/analytics/weekly-sets?date=${day}&weeks=${WEEKS}`),
  );
  const records = useApi<PersonalRecords[]>(athletePath(athlete, "/analytics/records"));
  const sessions = useApi<StoredSession[]>(athletePath(athlete, "/sessions"));
  const unit = sessions.data?.[0]?.exercises[0]?.sets[0]?.unit ?? "kg";

  const e1rmChart = useMemo(() => {
    const points = (e1rm.data ?? []).filter((p) =>
      (HIP_THRUST_IDS as readonly string[]).includes(p.exercise),
    );
    const days = [...new Set(points.map((p) => p.day))].sort();
    const exercises = [...new Set(points.map((p) => p.exercise))];
    const series: Series[] = exercises.map((ex, i) => ({
      label: name(ex),
      colour: colour(i),
      values: days.map((d) => points.find((p) => p.day === d && p.exercise === ex)?.value ?? null),
    }));
    return { x: days.map(dayToSeconds), series };
  }, [e1rm.data, name]);

  const loadChart = useMemo(() => loadMarks(sessions.data ?? []), [sessions.data]);

  const muscleChart = useMemo(() => {
    const weeks = [...(weekly.data ?? [])].reverse();
    const muscles = [...new Set(weeks.flatMap((w) => Object.keys(w.muscles)))].sort();
    return {
      x: weeks.map((w) => dayToSeconds(w.end)),
      series: muscles.map((m, i) => ({
        label: m,
        colour: colour(i),
        values: weeks.map((w) => w.muscles[m] ?? 0),
      })),
    };
  }, [weekly.data]);

  const f4 = useMemo(() => {
    if (!sessions.data) return null;
    const log = { sessions: sessions.data } as unknown as TrainingLog;
    const ends = Array.from({ length: WEEKS }, (_, i) => addDays(day, -7 * (WEEKS - 1 - i)));
    const trend = ends.map((end) => volumeTrend(log, end));
    return {
      last: trend.at(-1),
      x: ends.map(dayToSeconds),
      series: [
        { label: "hard hip-thrust sets, 7 days", colour: colour(0), values: trend.map((t) => t.thisWeek) },
        {
          label: `spike line (${SPIKE_RATIO}× the 4-week mean)`,
          colour: "#dc2626",
          dash: [6, 4],
          points: false,
          values: trend.map((t) => (t.weeksInBaseline >= 2 ? t.baseline * SPIKE_RATIO : null)),
        },
      ] satisfies Series[],
    };
  }, [sessions.data, day]);

  const error = e1rm.error ?? weekly.error ?? records.error ?? sessions.error;
  const empty = sessions.data?.length === 0;

  return (
    <Screen title="Progress" picker>
      <StaleNote stale={sessions.stale} />
      <Problem error={sessions.stale ? null : error} />
      {empty && <p className="card">Nothing logged yet: your charts start with the first session.</p>}
      {!sessions.data && !error && <Loading what="your progress" />}
      {e1rmChart.x.length > 0 && (
        <Chart title="Estimated 1RM per variation" x={e1rmChart.x} series={e1rmChart.series} yLabel={unit} />
      )}
      {loadChart.x.length > 0 && (
        <Chart
          title="Working load (▲ increase, ● hold, ▼ deload)"
          x={loadChart.x}
          series={loadChart.series}
          yLabel={unit}
        />
      )}
      {muscleChart.x.length > 0 && muscleChart.series.length > 0 && (
        <Chart
          title="Hard sets per muscle per week"
          x={muscleChart.x}
          series={muscleChart.series}
          yLabel="sets"
        />
      )}
      {f4?.last && (
        <>
          <Chart
            title="Weekly hip-thrust volume against the F4 spike line"
            x={f4.x}
            series={f4.series}
            yLabel="sets"
          />
          <p className={f4.last.spike ? "warning" : "muted"} role="status">
            This week: {f4.last.thisWeek} hard sets
            {f4.last.ratio !== null && ` (${f4.last.ratio.toFixed(2)}× the previous weeks)`}
            {f4.last.spike ? " — a volume spike (F4): hold the volume this week." : "."}
          </p>
        </>
      )}
      {records.data && records.data.length > 0 && (
        <section aria-labelledby="pr-title">
          <h2 id="pr-title">Personal records</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Heaviest</th>
                <th scope="col">Best e1RM</th>
              </tr>
            </thead>
            <tbody>
              {records.data.map((r) => (
                <tr key={r.exercise}>
                  <th scope="row">{name(r.exercise)}</th>
                  <td>{r.heaviest ? `${r.heaviest.reps} × ${formatLoad(r.heaviest.load, unit)}` : "—"}</td>
                  <td>{r.bestE1rm ? `${Math.round(r.bestE1rm.value * 10) / 10} ${unit}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {sessions.data && sessions.data.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          <ul className="history">
            {[...sessions.data].reverse().map((s) => (
              <li key={s.id}>
                <strong>{s.date.slice(0, 10)}</strong>
                {s.source && <span className="tag">{s.source}</span>}
                <ul>
                  {s.exercises.map((e) => (
                    <li key={e.id}>
                      {name(e.exercise)}:{" "}
                      {e.sets
                        .filter((x) => !x.warmup)
                        .map((x) => `${x.reps}×${formatLoad(x.load, x.unit)}${x.rpe ? `@${x.rpe}` : ""}`)
                        .join(", ") || "warm-up only"}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Screen>
  );
}

/** The main hip-thrust variation's top working load per session, marked against the session before. */
function loadMarks(sessions: StoredSession[]): { x: number[]; series: Series[] } {
  const points: { day: string; load: number }[] = [];
  for (const s of sessions) {
    const sets = s.exercises
      .filter((e) => (HIP_THRUST_IDS as readonly string[]).includes(e.exercise))
      .flatMap((e) => e.sets.filter((x) => !x.warmup && x.reps > 0));
    if (sets.length) points.push({ day: s.date.slice(0, 10), load: Math.max(...sets.map((x) => x.load)) });
  }
  points.sort((a, b) => a.day.localeCompare(b.day));
  const mark = (kind: "up" | "same" | "down") =>
    points.map((p, i) => {
      const before = points[i - 1];
      if (!before) return kind === "same" ? p.load : null;
      const change = p.load > before.load ? "up" : p.load < before.load ? "down" : "same";
      return change === kind ? p.load : null;
    });
  return {
    x: points.map((p) => dayToSeconds(p.day)),
    series: [
      { label: "working load", colour: "#64748b", values: points.map((p) => p.load), points: false },
      { label: "▲ increase", colour: "#16a34a", values: mark("up"), marksOnly: true },
      { label: "● hold", colour: "#2563eb", values: mark("same"), marksOnly: true },
      { label: "▼ deload / lighter", colour: "#dc2626", values: mark("down"), marksOnly: true },
    ],
  };
}
