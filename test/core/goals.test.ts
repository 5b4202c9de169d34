// G1–G6: every goal's dose (sets, reps, RPE, rest, days a week) in plans and in `next`, and the
// working-set envelope of 2–5 sets × 6–15 reps at RPE 7–9 (004).
import { describe, expect, it } from "vitest";
import { recommendNext } from "../../src/core/next/recommend.js";
import { buildPlan } from "../../src/core/plan/build.js";
import type { Goal, HipThrustId, Plan, PlanItem } from "../../src/core/types.js";
import { gymProfile, TODAY } from "../support/builders.js";
import { ACTIVATION, ENVELOPE, G, GOALS, IN_REPS, isHipThrust } from "../support/spec.js";

const WORKING_GOALS = GOALS.filter((g) => g !== "activation");

function items(plan: Plan): PlanItem[] {
  return plan.weeks.flatMap((w) => w.days.flatMap((d) => d.items));
}
const working = (plan: Plan) => items(plan).filter((i) => i.role === "primary" || i.role === "accessory");
const activation = (plan: Plan) => items(plan).filter((i) => i.role === "activation");

function workingDaysPerWeek(plan: Plan): number[] {
  return plan.weeks.map(
    (w) => w.days.filter((d) => d.items.some((i) => i.role === "primary" || i.role === "accessory")).length,
  );
}

describe.each(WORKING_GOALS)("goal %s", (goal: Goal) => {
  const row = G[goal];
  // A full gym, so the loaded variations (and G1's low reps) are reachable.
  const profile = gymProfile({ goal, daysPerWeek: 3, equipment: ["barbell", "plates", "bench", "bands"] });
  const plan = buildPlan(profile, { weeks: 8 });

  it(`${row.rule}: plan working sets are ${row.sets.min}–${row.sets.max} sets of ${row.reps.min}–${row.reps.max} reps at RPE ${row.rpe.min}–${row.rpe.max}`, () => {
    const work = working(plan);
    expect(work.length).toBeGreaterThan(0);
    for (const item of work) {
      expect(isHipThrust(item.exercise)).toBe(true);
      expect(item.sets).toBeGreaterThanOrEqual(row.sets.min);
      expect(item.sets).toBeLessThanOrEqual(row.sets.max);
      expect(item.reps.min).toBeGreaterThanOrEqual(row.reps.min);
      expect(item.reps.max).toBeLessThanOrEqual(row.reps.max);
      expect(item.rpe.min).toBeGreaterThanOrEqual(row.rpe.min);
      expect(item.rpe.max).toBeLessThanOrEqual(row.rpe.max);
    }
  });

  it(`${row.rule}: plan rests ${row.rest.min / 60}–${row.rest.max / 60} min between working sets`, () => {
    for (const item of working(plan)) {
      expect(item.restSeconds).toBeGreaterThanOrEqual(row.rest.min);
      expect(item.restSeconds).toBeLessThanOrEqual(row.rest.max);
    }
  });

  it(`${row.rule}: plan holds ${row.days.min}–${row.days.max} hip-thrust working days a week (3 training days asked)`, () => {
    for (const count of workingDaysPerWeek(plan)) {
      expect(count).toBeGreaterThanOrEqual(row.days.min);
      expect(count).toBeLessThanOrEqual(row.days.max);
    }
  });

  it(`${row.rule}: with 7 training days a week the plan still holds at most ${row.days.max} working days`, () => {
    const busy = buildPlan({ ...profile, daysPerWeek: 7 }, { weeks: 4 });
    for (const count of workingDaysPerWeek(busy)) {
      expect(count).toBeGreaterThanOrEqual(row.days.min);
      expect(count).toBeLessThanOrEqual(row.days.max);
    }
  });

  it(`${row.rule}: the plan cites ${row.rule}`, () => {
    expect(plan.reasons.map((r) => r.rule)).toContain(row.rule);
  });

  it(`${row.rule}: next (no history) prescribes the goal's sets, reps, RPE and rest`, () => {
    const rec = recommendNext(profile, { sessions: [] }, TODAY);
    expect(rec.train).toBe(true);
    expect(rec.sets).toBeGreaterThanOrEqual(row.sets.min);
    expect(rec.sets).toBeLessThanOrEqual(row.sets.max);
    expect(rec.reps).toEqual({ min: row.reps.min, max: row.reps.max });
    expect(rec.rpe.min).toBeGreaterThanOrEqual(row.rpe.min);
    expect(rec.rpe.max).toBeLessThanOrEqual(row.rpe.max);
    expect(rec.restSeconds).toBeGreaterThanOrEqual(row.rest.min);
    expect(rec.restSeconds).toBeLessThanOrEqual(row.rest.max);
    expect(rec.reasons.map((r) => r.rule)).toContain(row.rule);
  });
});

describe("the working-set envelope (004)", () => {
  it.each(["hypertrophy", "accessory", "general"] as const)(
    "G2/G3/G6 (%s): every working item is 2–5 sets of 6–15 reps at RPE 7–9",
    (goal) => {
      for (const experience of ["novice", "intermediate", "advanced"] as const) {
        for (const equipment of [[], ["bench"], ["bench", "dumbbells"], ["barbell", "plates", "bench"]]) {
          const plan = buildPlan(gymProfile({ goal, experience, equipment }), { weeks: 6 });
          for (const item of working(plan)) {
            expect(item.sets).toBeGreaterThanOrEqual(ENVELOPE.sets.min);
            expect(item.sets).toBeLessThanOrEqual(ENVELOPE.sets.max);
            // P10 widens the envelope for work in reps: 12–20 to a few in reserve.
            const inReps = IN_REPS.includes(item.exercise as HipThrustId);
            expect(item.reps.min).toBeGreaterThanOrEqual(ENVELOPE.reps.min);
            expect(item.reps.max).toBeLessThanOrEqual(inReps ? 20 : ENVELOPE.reps.max);
            expect(item.rpe.min).toBeGreaterThanOrEqual(ENVELOPE.rpe.min);
            expect(item.rpe.max).toBeLessThanOrEqual(ENVELOPE.rpe.max);
          }
        }
      }
    },
  );

  it("G1: only strength work goes below 6 reps, and it stays at 2–5 sets at RPE 7–9", () => {
    const plan = buildPlan(gymProfile({ goal: "strength" }), { weeks: 4 });
    const work = working(plan);
    expect(work.some((i) => i.reps.min < ENVELOPE.reps.min)).toBe(true);
    for (const item of work) {
      expect(item.sets).toBeGreaterThanOrEqual(ENVELOPE.sets.min);
      expect(item.sets).toBeLessThanOrEqual(ENVELOPE.sets.max);
      expect(item.rpe.min).toBeGreaterThanOrEqual(ENVELOPE.rpe.min);
      expect(item.rpe.max).toBeLessThanOrEqual(ENVELOPE.rpe.max);
    }
  });

  it("G1 without heavy equipment: unloaded sets stay in the envelope's 6–15 reps", () => {
    const plan = buildPlan(gymProfile({ goal: "strength", equipment: ["bench"] }), { weeks: 4 });
    for (const item of working(plan)) {
      expect(item.reps.min).toBeGreaterThanOrEqual(ENVELOPE.reps.min);
      expect(item.reps.max).toBeLessThanOrEqual(ENVELOPE.reps.max);
    }
  });

  it("G1 without heavy equipment: the plan warns and says what to add (no-heavy-load)", () => {
    const plan = buildPlan(gymProfile({ goal: "strength", equipment: ["bench", "dumbbells"] }), { weeks: 4 });
    const warning = plan.warnings.find((w) => w.code === "no-heavy-load");
    expect(warning?.message).toMatch(/barbell/);
    expect(
      buildPlan(gymProfile({ goal: "strength" }), { weeks: 4 }).warnings.map((w) => w.code),
    ).not.toContain("no-heavy-load");
  });

  it("G2 for a trained lifter with nothing that adds resistance: the plan warns (no-external-load)", () => {
    const bare = buildPlan(gymProfile({ goal: "hypertrophy", equipment: ["bench"] }), { weeks: 4 });
    expect(bare.warnings.map((w) => w.code)).toContain("no-external-load");
    const banded = buildPlan(gymProfile({ goal: "hypertrophy", equipment: ["bench", "bands"] }), {
      weeks: 4,
    });
    expect(banded.warnings.map((w) => w.code)).not.toContain("no-external-load");
    const novice = buildPlan(
      gymProfile({ goal: "hypertrophy", experience: "novice", equipment: ["bench"] }),
      {
        weeks: 4,
      },
    );
    expect(novice.warnings.map((w) => w.code)).not.toContain("no-external-load");
  });

  it("G5: athletic work is 3–5 sets of 3–6 reps at RPE 6–8 with explosive intent", () => {
    const plan = buildPlan(gymProfile({ goal: "athletic", otherTraining: ["sprint"] }), { weeks: 4 });
    const work = working(plan);
    expect(work.length).toBeGreaterThan(0);
    for (const item of work) {
      expect(item.sets).toBeGreaterThanOrEqual(3);
      expect(item.sets).toBeLessThanOrEqual(5);
      expect(item.reps.min).toBeGreaterThanOrEqual(3);
      expect(item.reps.max).toBeLessThanOrEqual(6);
      expect(item.rpe.min).toBeGreaterThanOrEqual(6);
      expect(item.rpe.max).toBeLessThanOrEqual(8);
      expect(item.note ?? "").toMatch(/explosive/i);
    }
  });
});

describe("G4: activation (warm-up) sets", () => {
  it("G4: every plan's activation items are 1–2 sets of 10–20 reps at RPE ≤ 6, bodyweight or band", () => {
    for (const goal of GOALS) {
      for (const equipment of [[], ["bench"], ["bench", "bands"], ["barbell", "plates", "bench", "bands"]]) {
        const plan = buildPlan(gymProfile({ goal, equipment }), { weeks: 4 });
        const warmUps = activation(plan);
        expect(warmUps.length).toBeGreaterThan(0);
        for (const item of warmUps) {
          expect(item.rpe.max).toBeLessThanOrEqual(6);
          expect(item.sets).toBeGreaterThanOrEqual(ACTIVATION.sets.min);
          expect(item.sets).toBeLessThanOrEqual(ACTIVATION.sets.max);
          expect(item.reps.min).toBeGreaterThanOrEqual(ACTIVATION.reps.min);
          expect(item.reps.max).toBeLessThanOrEqual(ACTIVATION.reps.max);
          expect(item.load).toBeNull();
          expect([
            "glute-bridge",
            "bodyweight-hip-thrust",
            "banded-hip-thrust",
            "single-leg-hip-thrust",
          ]).toContain(item.exercise);
        }
      }
    }
  });

  it("G4 as the goal: the plan holds no working sets, only activation, and cites G4", () => {
    const plan = buildPlan(gymProfile({ goal: "activation", daysPerWeek: 5 }), { weeks: 4 });
    expect(working(plan)).toEqual([]);
    expect(activation(plan).length).toBeGreaterThan(0);
    expect(plan.reasons.map((r) => r.rule)).toContain("G4");
  });

  it("G4 as the goal: next gives 1–2 unloaded sets of 10–20 at RPE ≤ 6, even the day after a session", () => {
    const profile = gymProfile({ goal: "activation" });
    const yesterday = {
      sessions: [
        { date: "2026-11-29", exercises: [{ exercise: "banded-hip-thrust", sets: [{ load: 0, reps: 15 }] }] },
      ],
    };
    for (const history of [{ sessions: [] }, yesterday]) {
      const rec = recommendNext(profile, history, TODAY);
      expect(rec.train).toBe(true);
      expect(rec.load).toBeNull();
      expect(rec.sets).toBeGreaterThanOrEqual(1);
      expect(rec.sets).toBeLessThanOrEqual(2);
      expect(rec.reps.min).toBeGreaterThanOrEqual(10);
      expect(rec.reps.max).toBeLessThanOrEqual(20);
      expect(rec.rpe.max).toBeLessThanOrEqual(6);
      expect(rec.reasons.map((r) => r.rule)).toContain("G4");
    }
  });
});
