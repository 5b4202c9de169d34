// Issue 12, who the person is: rehab (D4), a sensitive lower back (D2, D5), athletes (G5, D3),
// novices with a strength goal (P10, P1), and equipment at its ceiling (P7, P10, V1, V3).
import { describe, expect, it } from "vitest";
import { decide } from "../../src/core/decide.js";
import { buildPlan } from "../../src/core/plan/build.js";
import type { Plan, PlanItem, Profile } from "../../src/core/types.js";
import { gymProfile } from "../support/builders.js";
import { isHipThrust } from "../support/spec.js";

const FULL = [
  "barbell",
  "plates",
  "bench",
  "dumbbells",
  "bands",
  "leg-press-machine",
  "leg-curl-machine",
  "abduction-machine",
];
const rules = (x: { reasons: { rule: string }[] }) => x.reasons.map((r) => r.rule);
const items = (plan: Plan): PlanItem[] => plan.weeks.flatMap((w) => w.days.flatMap((d) => d.items));
const work = (plan: Plan) => items(plan).filter((i) => i.role === "primary" || i.role === "accessory");

describe("rehab or clinical care (D4): bodyweight or band work, never a strength block", () => {
  const rehab = (over: Partial<Profile> = {}) =>
    gymProfile({
      goal: "strength",
      experience: "intermediate",
      equipment: FULL,
      otherTraining: ["rehab"],
      ...over,
    });

  it("D4: a strength-goal lifter in rehab gets 2–3 × 10–15 at RPE 6–7 on bodyweight or band work, every week", () => {
    const plan = buildPlan(rehab(), { weeks: 8 });
    expect(work(plan).length).toBeGreaterThan(0);
    for (const item of work(plan)) {
      expect(["banded-hip-thrust", "bodyweight-hip-thrust"]).toContain(item.exercise);
      expect(item.sets).toBeGreaterThanOrEqual(2);
      expect(item.sets).toBeLessThanOrEqual(3);
      expect(item.reps).toEqual({ min: 10, max: 15 });
      expect(item.rpe.min).toBeGreaterThanOrEqual(6);
      expect(item.rpe.max).toBeLessThanOrEqual(7);
      expect(item.load).toBeNull();
      expect(item.note).toMatch(/stop above 3\/10/);
    }
    expect(rules(plan)).toContain("D4");
    expect(rules(plan)).not.toContain("G1");
    expect(plan.warnings.map((w) => w.code)).toContain("clinical-care");
    expect(items(plan).filter((i) => i.role === "complement")).toEqual([]);
  });

  it("D4: without bands the rehab plan is the bodyweight form; without a bench, the floor bridge", () => {
    expect(decide(rehab({ equipment: ["barbell", "plates", "bench"] })).variation).toBe(
      "bodyweight-hip-thrust",
    );
    expect(decide(rehab({ equipment: ["bands"] })).variation).toBe("banded-glute-bridge");
    expect(decide(rehab({ equipment: [] })).variation).toBe("glute-bridge");
  });

  it("D4: decide says not-a-substitute with the pain-stop caution", () => {
    const d = decide(rehab());
    expect(d.verdict).toBe("not-a-substitute");
    expect(d.cautions.find((c) => c.code === "clinical-care")?.message).toMatch(
      /not a replacement.*above 3\/10/,
    );
  });
});

describe("a sensitive lower back: squat-pattern work that spares it, and D2 only for hinge trainers", () => {
  it("the squat slot prefers the leg press, then goblet squat, then split squat, not the back squat", () => {
    const back = (equipment: string[]) =>
      buildPlan(gymProfile({ equipment, constraints: ["lower-back-sensitive"] }), { weeks: 1 });
    const squat = (plan: Plan) =>
      items(plan).find((i) => i.role === "complement" && /squat|press|lunge|step/.test(i.exercise));
    expect(squat(back(FULL))?.exercise).toBe("leg-press");
    expect(squat(back(["barbell", "plates", "bench", "dumbbells"]))?.exercise).toBe("goblet-squat");
    expect(squat(back(["barbell", "plates", "bench"]))?.exercise).toBe("split-squat");
    expect(squat(buildPlan(gymProfile({ equipment: FULL }), { weeks: 1 }))?.exercise).toBe("back-squat");
  });

  it("D2: 'hinges already tax your back' only for people who deadlift or powerlift", () => {
    const backOnly = decide(gymProfile({ equipment: FULL, constraints: ["lower-back-sensitive"] }));
    expect(rules(backOnly)).not.toContain("D2");
    expect(backOnly.reasons.map((r) => r.message).join(" ")).not.toMatch(/already tax/);
    const deadlifter = decide(gymProfile({ equipment: FULL, otherTraining: ["deadlift"] }));
    expect(deadlifter.reasons.find((r) => r.rule === "D2")?.message).toMatch(
      /Hinges already tax your lower back/,
    );
  });
});

describe("athletes (G5): explosive work first, hinges off sport days, no abduction-only day", () => {
  const athlete = (over: Partial<Profile> = {}) =>
    gymProfile({
      goal: "athletic",
      equipment: FULL,
      otherTraining: ["sprint"],
      daysPerWeek: 4,
      sportDays: [2, 4, 6],
      ...over,
    });

  it("G5: on every working day the explosive hip thrust comes first after its warm-up, before complements", () => {
    const plan = buildPlan(athlete(), { weeks: 2 });
    for (const day of plan.weeks.flatMap((w) => w.days)) {
      const main = day.items.findIndex((i) => i.role === "primary" || i.role === "accessory");
      if (main < 0) continue;
      expect(day.items.slice(0, main).every((i) => i.role === "activation")).toBe(true);
      expect(day.items[main]?.note).toMatch(/explosive.*first, while fresh/);
    }
  });

  it("G5: hamstring-heavy hinges are never placed on a sportDays weekday", () => {
    for (const sportDays of [[2, 4, 6], [1], [3, 5], [1, 4]]) {
      const plan = buildPlan(athlete({ sportDays }), { weeks: 1 });
      const hingeDays = plan.weeks[0]?.days.filter((d) =>
        d.items.some((i) => /deadlift|leg-curl|back-extension/.test(i.exercise)),
      );
      for (const d of hingeDays ?? []) expect(sportDays).not.toContain(d.day);
    }
  });

  it("no training day is only abduction sets, for any number of training days", () => {
    for (let daysPerWeek = 1; daysPerWeek <= 7; daysPerWeek++) {
      for (const goal of ["athletic", "hypertrophy", "accessory", "general"] as const) {
        const plan = buildPlan(gymProfile({ goal, equipment: FULL, daysPerWeek }), { weeks: 1 });
        for (const day of plan.weeks[0]?.days ?? []) {
          expect(
            day.items.every((i) => /abduction/.test(i.exercise)),
            `${goal} ${daysPerWeek} day ${day.day}`,
          ).toBe(false);
        }
      }
    }
  });

  it("D3: 'after your main lifts' only for people who have main lifts", () => {
    const note = (p: Profile) => work(buildPlan(p, { weeks: 1 }))[0]?.note ?? "";
    expect(note(gymProfile({ goal: "accessory", equipment: FULL, otherTraining: ["squat"] }))).toBe(
      "after your main lifts",
    );
    expect(note(gymProfile({ goal: "accessory", equipment: FULL }))).not.toMatch(/main lifts/);
    expect(note(gymProfile({ goal: "strength", equipment: FULL, otherTraining: ["team-sport"] }))).toMatch(
      /sport/,
    );
  });
});

describe("novices with a strength goal (P10, P1): about six weeks of 3 × 6–10 at RPE 7–8 before 3–5s", () => {
  it("P10: loaded weeks 3–6 show 3 × 6–10 at RPE 7–8; weeks 7+ are G1's 3–5 at RPE 8–9", () => {
    const plan = buildPlan(gymProfile({ goal: "strength", experience: "novice", equipment: FULL }), {
      weeks: 8,
    });
    expect(rules(plan)).toContain("P10");
    for (const week of plan.weeks) {
      for (const item of week.days.flatMap((d) => d.items).filter((i) => i.role === "primary")) {
        if (week.week <= 2) {
          expect(item.exercise).toBe("bodyweight-hip-thrust");
        } else if (week.week <= 6) {
          expect(item.exercise).not.toBe("bodyweight-hip-thrust");
          expect(item.sets).toBe(3);
          expect(item.reps).toEqual({ min: 6, max: 10 });
          expect(item.rpe.min).toBe(7);
          expect(item.rpe.max).toBeLessThanOrEqual(8);
        } else {
          expect(item.reps).toEqual({ min: 3, max: 5 });
          expect(item.rpe.min).toBe(8);
        }
      }
    }
  });
});

describe("equipment at its ceiling: dumbbell-only and bands-only lifters (P7, P10, V3)", () => {
  it("a dumbbell-only home lifter is told loads stop at their heaviest dumbbell, and what comes next", () => {
    const plan = buildPlan(gymProfile({ equipment: ["dumbbells", "bench"], dumbbellMax: 30 }), { weeks: 4 });
    expect(new Set(work(plan).map((i) => i.exercise))).toEqual(new Set(["dumbbell-hip-thrust"]));
    const ceiling = plan.warnings.find((w) => w.code === "dumbbell-ceiling");
    expect(ceiling?.message).toMatch(/heaviest dumbbell \(30 kg\).*reps \(up to about 20\).*pause.*one leg/);
  });

  it("a bands-only lifter gets banded work and is never told that nothing adds resistance", () => {
    for (const experience of ["novice", "intermediate", "advanced"] as const) {
      for (const equipment of [["bands"], ["bands", "bench"]]) {
        const profile = gymProfile({ experience, equipment, bands: ["light", "medium", "heavy"] });
        const plan = buildPlan(profile, { weeks: 6 });
        const all = JSON.stringify(plan);
        expect(all).not.toMatch(/[Nn]othing in your equipment adds resistance|no-external-load/);
        expect(work(plan).some((i) => i.exercise.startsWith("banded-"))).toBe(true);
        for (const i of work(plan)) expect(isHipThrust(i.exercise)).toBe(true);
        if (experience !== "novice") {
          expect(plan.warnings.find((w) => w.code === "band-ceiling")?.message).toMatch(
            /light → medium → heavy/,
          );
        }
      }
    }
  });
});
