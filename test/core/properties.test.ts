// Property-based checks over random valid profiles and logs: F1/F2 in plans and next, no load
// increase after a failed gate, pain or within 7 days of the last increase (P3, F6, P4), loads the
// plates can make (P4), equipment fit (V3), the G doses, and the CONTRACT output schemas.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionSchema, nextSchema, planSchema } from "../../src/contract/outputs.js";
import { decide } from "../../src/core/decide.js";
import { recommendNext } from "../../src/core/next/recommend.js";
import { buildPlan } from "../../src/core/plan/build.js";
import type {
  HipThrustId,
  LoggedSet,
  NextRecommendation,
  Profile,
  TrainingLog,
} from "../../src/core/types.js";
import { loadedProfileArb, platedProfileArb, profileAndLogArb, profileArb } from "../support/arbitraries.js";

/** Any valid profile, or (as often) one whose equipment loads the hip thrust. */
const anyOrLoaded = fc.oneof(profileArb, loadedProfileArb);

import {
  ACTIVATION,
  dayNumber,
  expectedDose,
  fits,
  G,
  isHipThrust,
  makeable,
  PLATE_LOADED,
  RULE_IDS,
  UNLOADED,
} from "../support/spec.js";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
const DAY = "2026-11-30";

/** JSON round trip: what `--json` prints and a script reads back. */
const asJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

function expectValid(
  schema: { safeParse(x: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) {
  const result = schema.safeParse(asJson(value));
  if (!result.success) throw new Error(`schema rejected the output: ${String(result.error)}`);
}

// ---- the log read independently of the code under test ----

interface HtSession {
  day: number;
  exercise: HipThrustId;
  working: LoggedSet[];
  all: LoggedSet[];
}

/** Sessions with hip-thrust working sets (not warm-ups, reps > 0), oldest first, one variation each. */
function hipThrustSessions(log: TrainingLog, before: number, keepActivation = false): HtSession[] {
  const out: HtSession[] = [];
  for (const s of log.sessions) {
    const day = dayNumber(s.date);
    if (day >= before) continue;
    // G4: a day of at most two unloaded sets at RPE 6 or less is activation, not a working session (F1).
    const dayWorking = (s.exercises ?? [])
      .filter((e) => isHipThrust(e.exercise))
      .flatMap((e) => e.sets.filter((x) => !x.warmup && x.reps > 0));
    const activation =
      dayWorking.length <= 2 && dayWorking.every((x) => x.load === 0 && x.rpe !== undefined && x.rpe <= 6);
    if (activation && !keepActivation) continue;
    for (const e of s.exercises ?? []) {
      if (!isHipThrust(e.exercise)) continue;
      const working = e.sets.filter((x) => !x.warmup && x.reps > 0);
      if (working.length > 0) out.push({ day, exercise: e.exercise, working, all: e.sets });
    }
  }
  return out.sort((a, b) => a.day - b.day);
}

const top = (sets: LoggedSet[]) => Math.max(...sets.map((s) => s.load));

/** Day of the last load increase on `exercise`: a session whose top load beat the one before it. */
function lastIncrease(sessions: HtSession[], exercise: string): number | null {
  const same = sessions.filter((s) => s.exercise === exercise);
  for (let i = same.length - 1; i > 0; i--) {
    if (top((same[i] as HtSession).working) > top((same[i - 1] as HtSession).working))
      return (same[i] as HtSession).day;
  }
  return null;
}

function todaysReadiness(log: TrainingLog, day: number) {
  return log.sessions.filter((s) => dayNumber(s.date) === day && s.readiness).at(-1)?.readiness;
}

const isWorking = (role: string) => role === "primary" || role === "accessory";

describe("properties of plans", () => {
  it("F1, F2, G1–G6, G4, V3, F3 and the plan schema hold for every profile", () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 8 }), (profile, weeks) => {
        const plan = buildPlan(profile, { weeks });
        expectValid(planSchema, plan);
        expect(plan.weeks.map((w) => w.week)).toEqual(Array.from({ length: weeks }, (_, i) => i + 1));
        const row = G[profile.goal];

        const workingDays: number[] = [];
        for (const week of plan.weeks) {
          const dayNumbers = week.days.map((d) => d.day);
          expect(new Set(dayNumbers).size).toBe(dayNumbers.length);
          for (const day of week.days) {
            if (day.items.some((i) => isWorking(i.role))) workingDays.push((week.week - 1) * 7 + day.day);
            for (const item of day.items) {
              if (isHipThrust(item.exercise)) {
                // V3 (and V1): the variation fits the equipment.
                expect(fits(item.exercise, profile.equipment, profile.constraints ?? [])).toBe(true);
              }
              if (item.role === "activation") {
                // G4: warm-up sets at RPE ≤ 6, 1–2 sets, unloaded.
                expect(item.rpe.max).toBeLessThanOrEqual(6);
                expect(item.sets).toBeLessThanOrEqual(ACTIVATION.sets.max);
                expect(item.load).toBeNull();
              }
              if (isWorking(item.role)) {
                // G1–G6: the goal's sets, reps, RPE and rest, as D4 (rehab) and P10 (work in reps,
                // a novice's first strength weeks) adjust them for who the person is.
                expect(profile.goal).not.toBe("activation");
                const dose = expectedDose(profile, item.exercise as HipThrustId, week.week);
                expect(item.sets).toBeGreaterThanOrEqual(dose.sets.min);
                expect(item.sets).toBeLessThanOrEqual(dose.sets.max);
                expect(item.rpe.min).toBeGreaterThanOrEqual(dose.rpe.min);
                expect(item.rpe.max).toBeLessThanOrEqual(dose.rpe.max);
                expect(item.restSeconds).toBeGreaterThanOrEqual(dose.rest.min);
                expect(item.restSeconds).toBeLessThanOrEqual(dose.rest.max);
                expect(item.reps.min).toBeGreaterThanOrEqual(dose.reps.min);
                expect(item.reps.max).toBeLessThanOrEqual(dose.reps.max);
              }
            }
          }
        }
        // F1: working days 48 h apart, across week ends too.
        for (let i = 1; i < workingDays.length; i++) {
          expect((workingDays[i] as number) - (workingDays[i - 1] as number)).toBeGreaterThanOrEqual(2);
        }
        // F2: no 7 days with more working days than the goal allows.
        for (const start of workingDays) {
          const inWindow = workingDays.filter((d) => d >= start && d < start + 7).length;
          expect(inWindow).toBeLessThanOrEqual(row.days.max);
        }
        // F3: the challenge fills every day of weeks 1–2 and states its risk.
        if (profile.challenge === "daily-two-weeks") {
          for (const week of plan.weeks.slice(0, 2)) {
            for (let d = 1; d <= 7; d++) {
              const items = week.days.find((x) => x.day === d)?.items ?? [];
              expect(items.some((i) => isHipThrust(i.exercise) && i.role !== "complement")).toBe(true);
            }
          }
          const risk = plan.warnings.map((w) => w.message).join(" ");
          expect(risk).toMatch(/overtrain/i);
          expect(risk).toMatch(/injur/i);
        }
      }),
      RUNS,
    );
  });
});

describe("properties of next", () => {
  const check = (profile: Profile, log: TrainingLog): NextRecommendation => {
    const rec = recommendNext(profile, log, DAY);
    expectValid(nextSchema, rec);
    return rec;
  };

  it("the next schema holds, and F1/F2 hold on every training day", () => {
    fc.assert(
      fc.property(profileAndLogArb(DAY), ({ profile, log }) => {
        const rec = check(profile, log);
        if (!rec.train || profile.goal === "activation") return;
        const today = dayNumber(DAY);
        const days = [...new Set(hipThrustSessions(log, today).map((s) => s.day))];
        const last = days.at(-1);
        if (last !== undefined) expect(today - last).toBeGreaterThanOrEqual(2);
        const inWindow = days.filter((d) => d > today - 7).length + 1;
        expect(inWindow).toBeLessThanOrEqual(G[profile.goal].days.max);
      }),
      RUNS,
    );
  });

  it("P3/F6/P4: next never raises the load after a failed gate, after pain, or (at the same effort) within 7 days of the last increase", () => {
    fc.assert(
      fc.property(profileAndLogArb(DAY, anyOrLoaded), ({ profile, log }) => {
        const rec = check(profile, log);
        if (!rec.train || profile.goal === "activation") return;
        const today = dayNumber(DAY);
        const sessions = hipThrustSessions(log, today);
        const last = sessions.at(-1);
        if (!last) return;
        const failedGate = last.working.some((s) => s.fullLockout === false || s.controlled === false);
        const pain = last.all.some((s) => (s.pain ?? 0) > 0);
        if (failedGate || pain) {
          expect(rec.change).not.toBe("increase-load");
          expect(rec.change).not.toBe("progress-variation");
        }
        if (rec.exercise === null || rec.load === null) return;
        const previous = [...sessions].reverse().find((s) => s.exercise === rec.exercise);
        if (!previous) return;
        const increasedOn = lastIncrease(sessions, rec.exercise);
        const recentIncrease = increasedOn !== null && today - increasedOn < 7;
        // A logged Smith load below the (assumed) Smith bar is invalid input (issue 12): no load the bar can make is lower.
        const smithBar = profile.smithBarWeight ?? (profile.unit === "kg" ? 15 : 35);
        if (rec.exercise === "smith-machine-hip-thrust" && top(previous.working) < smithBar) return;
        if (failedGate || pain) expect(rec.load).toBeLessThanOrEqual(top(previous.working));
        // P4's 7-day cap is for steps at the same effort (issue 7): a load worked out afresh from e1RM
        // for a new rep range (P8), the bigger step after sets two RPE under the floor (P9), and the
        // ramp back to a load owned before a break (F7) are not held by it.
        const afresh = rec.reasons.some((r) => ["P8", "P9", "F7"].includes(r.rule));
        if (recentIncrease && !afresh) expect(rec.load).toBeLessThanOrEqual(top(previous.working));
      }),
      RUNS,
    );
  });

  it("P4: every load next gives is makeable with the profile's bar and plate pairs; unloaded work has load null", () => {
    fc.assert(
      fc.property(profileAndLogArb(DAY, fc.oneof(platedProfileArb, loadedProfileArb)), ({ profile, log }) => {
        const rec = check(profile, log);
        if (!rec.train || rec.exercise === null) return;
        if (UNLOADED.includes(rec.exercise)) expect(rec.load).toBeNull();
        if (PLATE_LOADED.includes(rec.exercise) && rec.load !== null) {
          // A Smith bar weighs smithBarWeight, else the assumed 15 kg / 35 lb (issue 12), never the barbell's weight.
          const smith = profile.smithBarWeight ?? (profile.unit === "kg" ? 15 : 35);
          const barWeight =
            rec.exercise === "smith-machine-hip-thrust" ? smith : (profile.barWeight as number);
          expect(makeable(rec.load, barWeight, profile.plates as number[])).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("V3, G1–G6, F5, F6 (persistent pain) and F3: the exercise fits, the dose is the goal's, warnings appear when due", () => {
    fc.assert(
      fc.property(profileAndLogArb(DAY), ({ profile, log }) => {
        const rec = check(profile, log);
        const today = dayNumber(DAY);
        const codes = rec.warnings.map((w) => w.code);
        for (const r of rec.reasons) expect(RULE_IDS).toContain(r.rule);
        const sessions = hipThrustSessions(log, today);
        // F6: pain on working sets in the last two sessions, within three weeks, not cleared since → persistent-pain.
        // A painless activation-dose day between them is a session when it is the person's own unloaded lift
        // (an activation goal's glute bridge), so the oracle asks for the warning only when both readings agree.
        const lastTwo = (list: HtSession[]) => [...new Set(list.map((s) => s.day))].slice(-2);
        const [d1, d2] = lastTwo(sessions);
        const [a1, a2] = lastTwo(hipThrustSessions(log, today, true));
        const painOn = (d: number | undefined) =>
          sessions.some((s) => s.day === d && s.working.some((x) => (x.pain ?? 0) > 0));
        const cleared = log.sessions.some((s) => s.readiness?.cleared && dayNumber(s.date) >= (d2 ?? 0));
        const inARow = d1 !== undefined && d2 !== undefined && d1 === a1 && d2 === a2 && d2 - d1 <= 21;
        if (inARow && painOn(d1) && painOn(d2) && !cleared) {
          expect(codes).toContain("persistent-pain");
        }
        if (!rec.train || rec.exercise === null) return;
        expect(fits(rec.exercise, profile.equipment, profile.constraints ?? [])).toBe(true);
        if (profile.goal === "activation") return;
        const row = G[profile.goal];
        expect(rec.sets).toBeGreaterThanOrEqual(1);
        expect(rec.sets).toBeLessThanOrEqual(row.sets.max);
        expect(rec.rpe.max).toBeLessThanOrEqual(row.rpe.max);
        // F5: a check-in of 7+ today → RPE cap 7 and the warning.
        const ready = todaysReadiness(log, today);
        if ((ready?.soreness ?? 0) >= 7 || (ready?.fatigue ?? 0) >= 7) {
          expect(rec.rpe.max).toBeLessThanOrEqual(7);
          expect(codes).toContain("high-soreness");
        }
        // F3: three days in a row ending yesterday or the day before → daily-streak.
        const days = new Set(sessions.map((s) => s.day));
        const end = sessions.at(-1)?.day;
        if (end !== undefined && today - end <= 2 && days.has(end - 1) && days.has(end - 2)) {
          expect(codes).toContain("daily-streak");
        }
      }),
      RUNS,
    );
  });
});

describe("F6 in next, over random logs", () => {
  it("F6: pain in the last session is reported (pain-reported) on every training day", () => {
    fc.assert(
      fc.property(profileAndLogArb(DAY), ({ profile, log }) => {
        const rec = recommendNext(profile, log, DAY);
        if (!rec.train || profile.goal === "activation") return;
        const last = hipThrustSessions(log, dayNumber(DAY)).at(-1);
        if (last?.all.some((x) => (x.pain ?? 0) > 0)) {
          expect(rec.warnings.map((w) => w.code)).toContain("pain-reported");
        }
      }),
      // Cheap to run; more runs so the rarer mixes (pain with an RPE-10 miss) come up every time.
      { numRuns: 5 * RUNS.numRuns },
    );
  });
});

describe("properties of decide", () => {
  it("the decision schema holds, the variation fits the equipment, reasons cite rulebook ids", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const d = decide(profile);
        expectValid(decisionSchema, d);
        expect(fits(d.variation, profile.equipment, profile.constraints ?? [])).toBe(true);
        for (const r of d.reasons) expect(RULE_IDS).toContain(r.rule);
        expect(d.reasons.map((r) => r.rule)).toContain("E");
      }),
      RUNS,
    );
  });
});
