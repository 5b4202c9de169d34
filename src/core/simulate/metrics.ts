// Figures a strength coach would ask of a programme followed for months, over simulated lifters.
import { doseFor } from "../dose.js";
import { isMakeable, loadSchemeFor } from "../progression/loads.js";
import type { Goal, Profile } from "../types.js";
import { seeded } from "./rng.js";
import type { SimResult } from "./run.js";

export interface LifterFigures {
  goal: Goal;
  /** Sessions after the first three weeks whose working sets averaged inside the dose's RPE band. */
  inBand: number;
  counted: number;
  /** Load as a share of the body's true e1RM, on barbell sessions. */
  loadShares: number[];
  deloads: number;
  /** Best working load on the main barbell lift, and the last. */
  best: number;
  final: number;
  unmakeable: number;
  /** Raises straight after a session with pain or a failed lockout/control on the same variation. */
  raisedAfterFlaw: number;
  /**
   * Loads above the last one lifted on the same variation within 7 days of its last raise (P4), not
   * counting loads worked out afresh from e1RM or the ramp back after a break (P8, P9, F7: issue 7).
   */
  raisedWithinWeek: number;
}

/** Loads worked out afresh, which P4's weekly cap does not hold (issue 7). */
const AFRESH = ["P8", "P9", "F7"];

export function figures(result: SimResult, skipWeeks = 3): LifterFigures {
  const { profile, days } = result;
  const start = days[0]?.day ?? "";
  const out: LifterFigures = {
    goal: profile.goal,
    inBand: 0,
    counted: 0,
    loadShares: [],
    deloads: 0,
    best: 0,
    final: 0,
    unmakeable: 0,
    raisedAfterFlaw: 0,
    raisedWithinWeek: 0,
  };
  let previous: (typeof days)[number] | null = null;
  const lastLoad = new Map<string, { load: number; raisedOn: number | null }>();
  for (const d of days) {
    const r = d.rec;
    if (!r.train || !r.exercise || d.done.length === 0) continue;
    if (r.change === "deload") out.deloads++;
    if (r.load !== null && !isMakeable(r.load, loadSchemeFor(r.exercise, profile))) out.unmakeable++;
    const flawed = previous?.done.some(
      (s) => (s.pain ?? 0) > 0 || s.fullLockout === false || s.controlled === false,
    );
    if (
      flawed &&
      previous?.rec.exercise === r.exercise &&
      (r.change === "increase-load" || r.change === "progress-variation")
    ) {
      out.raisedAfterFlaw++;
    }
    previous = d;
    const lifted = d.done.filter((s) => !s.warmup && s.reps > 0);
    if (!d.note && lifted.length > 0) {
      const today = Date.parse(d.day) / 86_400_000;
      const last = lastLoad.get(r.exercise);
      const afresh = r.reasons.some((x) => AFRESH.includes(x.rule));
      const soon = last !== undefined && last.raisedOn !== null && today - last.raisedOn < 7;
      if (soon && !afresh && r.load !== null && r.load > last.load) out.raisedWithinWeek++;
      const top = Math.max(...lifted.map((s) => s.load));
      const raised = last !== undefined && top > last.load && r.change !== "progress-variation";
      lastLoad.set(r.exercise, { load: top, raisedOn: raised ? today : (last?.raisedOn ?? null) });
    }
    if (d.note || r.rampUp) continue;
    const working = d.done.filter((s) => !s.warmup);
    const week = Math.floor((Date.parse(d.day) - Date.parse(start)) / (7 * 86_400_000));
    if (week >= skipWeeks && working.length) {
      const dose = doseFor(profile, { exercise: r.exercise, weeksTrained: week });
      const mean = working.reduce((sum, s) => sum + (s.rpe ?? 0), 0) / working.length;
      out.counted++;
      // A lighter week's band is its own: at or under its lower ceiling.
      const band = r.block?.lighter ? { min: 0, max: r.rpe.max } : dose.rpe;
      if (mean >= band.min - 0.5 && mean <= band.max + 0.5) out.inBand++;
    }
    if (r.exercise === "barbell-hip-thrust" && r.load !== null) {
      out.loadShares.push(r.load / d.trueE1rm);
      out.best = Math.max(out.best, r.load);
      out.final = r.load;
    }
  }
  return out;
}

const GYM = ["barbell", "plates", "bench", "dumbbells", "bands"];
const GOALS: Goal[] = ["strength", "hypertrophy", "accessory", "athletic", "general"];

/** A random lifter in a barbell gym (seeded), the population the benchmark and the property tests follow. */
export function randomLifter(seed: number): Profile {
  const rng = seeded(seed * 7919 + 17);
  return {
    unit: "kg",
    bodyweight: Math.round(rng.between(55, 100)),
    experience: rng.pick(["novice", "intermediate", "intermediate", "advanced"] as const),
    goal: rng.pick(GOALS),
    daysPerWeek: rng.pick([2, 3, 3, 4, 5]),
    equipment: GYM,
    plates: [20, 10, 5, 2.5, 1.25],
    barWeight: 20,
  };
}
