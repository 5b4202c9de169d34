// F1 (48 h between working sessions), F2 (the goal's weekly cap, in any 7 days) and F3 (the daily
// two-week challenge: allowed only with its risk stated; working days still apart) in plans and next.
import { describe, expect, it } from "vitest";
import { recommendNext } from "../../src/core/next/recommend.js";
import { buildPlan } from "../../src/core/plan/build.js";
import type { Goal, Plan, Profile } from "../../src/core/types.js";
import { ago, clean, gymProfile, log, session, TODAY, times } from "../support/builders.js";
import { G, GOALS, isHipThrust } from "../support/spec.js";

const WORKING_GOALS = GOALS.filter((g) => g !== "activation");

/** Absolute day numbers (week 1 day 1 = 0) of the days with hip-thrust working sets. */
function workingDays(plan: Plan): number[] {
  return plan.weeks
    .flatMap((w) =>
      w.days
        .filter((d) => d.items.some((i) => i.role === "primary" || i.role === "accessory"))
        .map((d) => (w.week - 1) * 7 + d.day - 1),
    )
    .sort((a, b) => a - b);
}

function minGap(days: number[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < days.length; i++) gap = Math.min(gap, (days[i] as number) - (days[i - 1] as number));
  return gap;
}

function maxInSevenDays(days: number[]): number {
  let most = 0;
  for (const start of days) most = Math.max(most, days.filter((d) => d >= start && d < start + 7).length);
  return most;
}

const bar3x10 = (date: string) => session(date, "barbell-hip-thrust", times(3, clean(60, 10)));

describe("F1: working hip-thrust sessions at least 48 h apart", () => {
  it.each([1, 2, 3, 4, 5, 6, 7])(
    "F1: with %i training days a week, plan working days are 2+ days apart, week ends included",
    (daysPerWeek) => {
      for (const goal of WORKING_GOALS) {
        const plan = buildPlan(gymProfile({ goal, daysPerWeek }), { weeks: 6 });
        const days = workingDays(plan);
        expect(days.length).toBeGreaterThan(0);
        expect(minGap(days)).toBeGreaterThanOrEqual(2);
      }
    },
  );

  it("F1: a 3-day hypertrophy plan's last working day of a week and the next week's first are 48 h+ apart", () => {
    const plan = buildPlan(gymProfile({ goal: "hypertrophy", daysPerWeek: 3 }), { weeks: 3 });
    const days = workingDays(plan);
    for (let week = 1; week < 3; week++) {
      const lastOfWeek = Math.max(...days.filter((d) => d < week * 7));
      const firstOfNext = Math.min(...days.filter((d) => d >= week * 7));
      expect(firstOfNext - lastOfWeek).toBeGreaterThanOrEqual(2);
    }
  });

  it("F1: refuses working sets 24 h after the last session (rest-under-48h)", () => {
    const rec = recommendNext(gymProfile(), log(bar3x10(ago(1))), TODAY);
    expect(rec.train).toBe(false);
    expect(rec.change).toBe("rest");
    expect(rec.warnings.map((w) => w.code)).toContain("rest-under-48h");
    expect(rec.reasons.map((r) => r.rule)).toContain("F1");
  });

  it("F1: refuses a second working session on the same day", () => {
    const rec = recommendNext(gymProfile(), log(bar3x10(TODAY)), TODAY);
    expect(rec.train).toBe(false);
    expect(rec.change).toBe("rest");
  });

  it("F1: allows working sets 48 h after the last session", () => {
    const rec = recommendNext(gymProfile(), log(bar3x10(ago(2))), TODAY);
    expect(rec.train).toBe(true);
    expect(rec.warnings.map((w) => w.code)).not.toContain("rest-under-48h");
  });

  it("F1: activation (warm-up) sets yesterday do not count", () => {
    const warmUpOnly = session(
      ago(1),
      "bodyweight-hip-thrust",
      times(2, { load: 0, reps: 15, warmup: true }),
    );
    const rec = recommendNext(gymProfile(), log(bar3x10(ago(4)), warmUpOnly), TODAY);
    expect(rec.train).toBe(true);
    expect(rec.warnings.map((w) => w.code)).not.toContain("rest-under-48h");
  });

  it("F1: a log given in any order is read by date", () => {
    const rec = recommendNext(gymProfile(), log(bar3x10(ago(1)), bar3x10(ago(5))), TODAY);
    expect(rec.train).toBe(false);
    expect(rec.warnings.map((w) => w.code)).toContain("rest-under-48h");
  });
});

describe("F2: no more working sessions in any 7 days than the goal allows", () => {
  it.each(WORKING_GOALS)(
    "F2 (%s): plans never hold more working days in 7 days than the goal's max",
    (goal) => {
      for (let daysPerWeek = 1; daysPerWeek <= 7; daysPerWeek++) {
        for (const challenge of [undefined, "daily-two-weeks"] as const) {
          const profile: Profile = gymProfile({ goal, daysPerWeek, ...(challenge ? { challenge } : {}) });
          const plan = buildPlan(profile, { weeks: 6 });
          expect(maxInSevenDays(workingDays(plan))).toBeLessThanOrEqual(G[goal].days.max);
        }
      }
    },
  );

  it.each(WORKING_GOALS)(
    "F2 (%s): next rests when the last 7 days already hold the goal's max",
    (goal: Goal) => {
      const max = G[goal].days.max;
      // Sessions 2–3 days apart, all within the last 6 days, so F1 holds and only F2 can refuse.
      const days = max === 3 ? [6, 4, 2] : [5, 2];
      const full = log(...days.map((d) => bar3x10(ago(d))));
      const rec = recommendNext(gymProfile({ goal }), full, TODAY);
      expect(rec.train).toBe(false);
      expect(rec.change).toBe("rest");
      expect(rec.warnings.map((w) => w.code)).toContain("frequency-above-goal");
      expect(rec.reasons.map((r) => r.rule)).toContain("F2");
    },
  );

  it.each(WORKING_GOALS)("F2 (%s): next trains when the 7-day window has room for one more", (goal: Goal) => {
    const max = G[goal].days.max;
    // The oldest session falls 7 days back, just outside the window that ends today.
    const days = max === 3 ? [7, 4, 2] : [7, 3];
    const rec = recommendNext(gymProfile({ goal }), log(...days.map((d) => bar3x10(ago(d)))), TODAY);
    expect(rec.train).toBe(true);
    expect(rec.warnings.map((w) => w.code)).not.toContain("frequency-above-goal");
  });
});

describe("F3: the daily two-week challenge", () => {
  const challenger = (goal: Goal, daysPerWeek = 5) =>
    buildPlan(gymProfile({ goal, daysPerWeek, challenge: "daily-two-weeks" }), { weeks: 4 });

  it.each(GOALS)("F3 (%s): every day of weeks 1–2 has hip-thrust items", (goal) => {
    const plan = challenger(goal);
    for (const week of plan.weeks.slice(0, 2)) {
      for (let day = 1; day <= 7; day++) {
        const items = week.days.find((d) => d.day === day)?.items ?? [];
        expect(items.some((i) => isHipThrust(i.exercise) && i.role !== "complement")).toBe(true);
      }
    }
  });

  it.each(WORKING_GOALS)("F3 (%s): challenge working days stay 48 h apart and within F2", (goal) => {
    for (const daysPerWeek of [1, 3, 7]) {
      const days = workingDays(challenger(goal, daysPerWeek));
      expect(minGap(days)).toBeGreaterThanOrEqual(2);
      expect(maxInSevenDays(days)).toBeLessThanOrEqual(G[goal].days.max);
    }
  });

  it("F3: days between challenge working days are activation only, at RPE ≤ 6", () => {
    const plan = challenger("hypertrophy");
    for (const week of plan.weeks.slice(0, 2)) {
      for (const day of week.days) {
        const hip = day.items.filter((i) => isHipThrust(i.exercise));
        if (hip.some((i) => i.role === "primary" || i.role === "accessory")) continue;
        for (const item of hip) {
          expect(item.role).toBe("activation");
          expect(item.rpe.max).toBeLessThanOrEqual(6);
        }
      }
    }
  });

  it("F3: the plan states the risk — overtraining, fatigue and injury — and cites F3", () => {
    const plan = challenger("hypertrophy");
    const text = plan.warnings.map((w) => w.message).join(" ");
    expect(text).toMatch(/overtrain/i);
    expect(text).toMatch(/fatigue/i);
    expect(text).toMatch(/injur/i);
    expect(plan.reasons.map((r) => r.rule)).toContain("F3");
  });

  it("F3: without the challenge the plan has no daily hip thrusts and cites no F3", () => {
    const plan = buildPlan(gymProfile({ goal: "hypertrophy", daysPerWeek: 3 }), { weeks: 2 });
    const hipDays = plan.weeks[0]?.days.filter((d) => d.items.some((i) => isHipThrust(i.exercise))) ?? [];
    expect(hipDays.length).toBeLessThan(7);
    expect(plan.reasons.map((r) => r.rule)).not.toContain("F3");
  });

  it("F3: three days in a row of working sets in the log give a daily-streak warning", () => {
    const streak = log(bar3x10(ago(4)), bar3x10(ago(3)), bar3x10(ago(2)));
    const rec = recommendNext(gymProfile({ goal: "hypertrophy" }), streak, TODAY);
    expect(rec.warnings.map((w) => w.code)).toContain("daily-streak");
  });

  it("F3: working days 48 h apart give no daily-streak warning", () => {
    const spaced = log(bar3x10(ago(6)), bar3x10(ago(4)), bar3x10(ago(2)));
    const rec = recommendNext(gymProfile({ goal: "hypertrophy" }), spaced, TODAY);
    expect(rec.warnings.map((w) => w.code)).not.toContain("daily-streak");
  });

  it("F3: two days in a row are not yet a streak", () => {
    const two = log(bar3x10(ago(6)), bar3x10(ago(3)), bar3x10(ago(2)));
    const rec = recommendNext(gymProfile({ goal: "hypertrophy" }), two, TODAY);
    expect(rec.warnings.map((w) => w.code)).not.toContain("daily-streak");
  });
});
