// D1–D5 (whether and how the hip thrust fits, and what to pair it with) and E (evidence with its
// limits) in `decide`, and the D5 pairing in plans.
import { describe, expect, it } from "vitest";
import { decide } from "../../src/core/decide.js";
import { EXERCISES } from "../../src/core/knowledge/exercises/index.js";
import { buildPlan } from "../../src/core/plan/build.js";
import type { Goal, Plan } from "../../src/core/types.js";
import { gymProfile } from "../support/builders.js";
import { GOALS, RULE_IDS } from "../support/spec.js";

const rules = (x: { reasons: { rule: string }[] }) => x.reasons.map((r) => r.rule);
const FULL = ["barbell", "plates", "bench", "dumbbells", "bands", "leg-press-machine", "leg-curl-machine"];

function complementPatterns(plan: Plan): Set<string> {
  const patterns = new Set<string>();
  for (const week of plan.weeks)
    for (const day of week.days)
      for (const item of day.items)
        if (item.role === "complement") {
          const pattern = EXERCISES.find((e) => e.id === item.exercise)?.pattern;
          if (pattern) patterns.add(pattern);
        }
  return patterns;
}

function planExercises(plan: Plan): string[] {
  return plan.weeks.flatMap((w) => w.days.flatMap((d) => d.items.map((i) => i.exercise)));
}

describe("D1: glute hypertrophy → a main glute slot", () => {
  it("D1: hypertrophy with no competing sport → primary, citing D1", () => {
    const d = decide(gymProfile({ goal: "hypertrophy", equipment: FULL }));
    expect(d.verdict).toBe("primary");
    expect(rules(d)).toContain("D1");
  });

  it("D1: the hypertrophy plan's hip-thrust working sets have the primary role", () => {
    const plan = buildPlan(gymProfile({ goal: "hypertrophy" }), { weeks: 2 });
    const roles = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.items.map((i) => i.role)));
    expect(roles).toContain("primary");
    expect(roles).not.toContain("accessory");
  });
});

describe("D2: hinges already tire the lower back → hip thrusts carry glute volume, no extra heavy hinge", () => {
  it("D2: a lifter who deadlifts is told so, and the plan adds no heavy hinge", () => {
    const profile = gymProfile({ goal: "hypertrophy", equipment: FULL, otherTraining: ["deadlift"] });
    expect(rules(decide(profile))).toContain("D2");
    expect(planExercises(buildPlan(profile, { weeks: 4 }))).not.toContain("romanian-deadlift");
  });

  it("D2: a sensitive lower back gets hamstring work, not a heavy hinge", () => {
    const profile = gymProfile({
      goal: "hypertrophy",
      equipment: FULL,
      constraints: ["lower-back-sensitive"],
    });
    expect(planExercises(buildPlan(profile, { weeks: 4 }))).not.toContain("romanian-deadlift");
    expect(decide(profile).cautions.length).toBeGreaterThan(0);
  });

  it("D2 (control): without deadlifts or a sensitive back, D2 is not cited", () => {
    expect(rules(decide(gymProfile({ goal: "hypertrophy", equipment: FULL })))).not.toContain("D2");
  });
});

describe("D3: squat, deadlift, sprint or sport performance → accessory only", () => {
  it.each([
    ["strength", ["powerlifting"]],
    ["strength", ["squat"]],
    ["strength", ["deadlift"]],
    ["athletic", ["sprint"]],
    ["athletic", ["team-sport"]],
  ] as [Goal, string[]][])("D3: goal %s beside %j → accessory, citing D3", (goal, otherTraining) => {
    const profile = gymProfile({ goal, otherTraining });
    const d = decide(profile);
    expect(d.verdict).toBe("accessory");
    expect(rules(d)).toContain("D3");
    const roles = buildPlan(profile, { weeks: 2 }).weeks.flatMap((w) =>
      w.days.flatMap((day) => day.items.map((i) => i.role)),
    );
    expect(roles).toContain("accessory");
    expect(roles).not.toContain("primary");
  });

  it("D3 (control): strength with no other training → the hip thrust may be primary", () => {
    expect(decide(gymProfile({ goal: "strength" })).verdict).toBe("primary");
  });
});

describe("D4: rehab or pain → not a substitute for clinical care", () => {
  it.each(GOALS)(
    "D4: goal %s in rehab → not-a-substitute, citing D4, with a clinical-care caution",
    (goal) => {
      const d = decide(gymProfile({ goal, otherTraining: ["rehab"] }));
      expect(d.verdict).toBe("not-a-substitute");
      expect(rules(d)).toContain("D4");
      expect(d.cautions.map((c) => c.message).join(" ")).toMatch(/clinic|professional|physio|doctor/i);
    },
  );
});

describe("D5: pair with squat / lunge / leg press, hinge / hamstring, optional abduction", () => {
  it("D5: a glute-focused decision pairs with squat and hinge (abduction optional), citing D5", () => {
    const d = decide(gymProfile({ goal: "hypertrophy", equipment: FULL }));
    expect(d.pairWith).toContain("squat");
    expect(d.pairWith).toContain("hinge");
    for (const p of d.pairWith) expect(["squat", "hinge", "abduction"]).toContain(p);
    expect(rules(d)).toContain("D5");
  });

  it("D5: the glute-focused plan holds complement work of every pattern decide pairs it with", () => {
    for (const equipment of [FULL, [], ["bench", "dumbbells"], ["barbell", "plates", "bench"]]) {
      const profile = gymProfile({ goal: "hypertrophy", equipment });
      const patterns = complementPatterns(buildPlan(profile, { weeks: 2 }));
      for (const p of decide(profile).pairWith) expect(patterns.has(p)).toBe(true);
    }
  });

  it("D5: complements fit the equipment (the library's equipment ids)", () => {
    for (const equipment of [[], ["bench"], ["dumbbells"], FULL]) {
      const plan = buildPlan(gymProfile({ goal: "hypertrophy", equipment }), { weeks: 2 });
      for (const week of plan.weeks)
        for (const day of week.days)
          for (const item of day.items.filter((i) => i.role === "complement")) {
            const needs = EXERCISES.find((e) => e.id === item.exercise)?.equipment;
            expect(needs).toBeDefined();
            for (const need of needs ?? []) expect(equipment).toContain(need);
          }
    }
  });
});

describe("E: reasons cite evidence", () => {
  it.each(GOALS)("E: decide (goal %s) cites E with a seed and the evidence's limits", (goal) => {
    const d = decide(gymProfile({ goal }));
    const evidence = d.reasons.find((r) => r.rule === "E");
    expect(evidence).toBeDefined();
    expect(evidence?.message).toMatch(/00[0-4]/);
    expect(evidence?.message).toMatch(/indirect|short|limit|untrained|not (mandatory|proven)/i);
  });

  it("E: every decide reason names a rulebook id and says something", () => {
    for (const goal of GOALS)
      for (const otherTraining of [[], ["rehab"], ["powerlifting"], ["sprint", "team-sport"]]) {
        const d = decide(gymProfile({ goal, otherTraining, constraints: ["lower-back-sensitive"] }));
        expect(d.reasons.length).toBeGreaterThan(0);
        for (const r of d.reasons) {
          expect(RULE_IDS).toContain(r.rule);
          expect(r.message.trim().length).toBeGreaterThan(10);
        }
      }
  });
});
