// The CONTRACT output schemas themselves: they accept CONTRACT.md's own examples and reject
// outputs that break its fields or enums (so a schema check in other tests can fail).
import { describe, expect, it } from "vitest";
import { decisionSchema, nextSchema, planSchema } from "../../src/contract/outputs.js";

// The examples printed in CONTRACT.md.
const NEXT = {
  date: "2026-11-05",
  train: true,
  exercise: "barbell-hip-thrust",
  sets: 3,
  reps: { min: 8, max: 12 },
  rpe: { min: 7, max: 9 },
  load: 62.5,
  unit: "kg",
  change: "increase-load",
  warnings: [{ code: "rest-under-48h", message: "…" }],
  reasons: [{ rule: "P2", message: "…" }],
};
const PLAN = {
  goal: "hypertrophy",
  unit: "kg",
  weeks: [
    {
      week: 1,
      days: [
        {
          day: 1,
          items: [
            {
              exercise: "barbell-hip-thrust",
              role: "primary",
              sets: 3,
              reps: { min: 8, max: 12 },
              rpe: { min: 7, max: 9 },
              restSeconds: 120,
              load: null,
            },
          ],
        },
      ],
    },
  ],
  warnings: [{ code: "…", message: "…" }],
  reasons: [{ rule: "G2", message: "…" }],
};
const DECISION = {
  verdict: "primary",
  pairWith: ["squat", "hinge", "abduction"],
  cautions: [{ code: "…", message: "…" }],
  reasons: [{ rule: "D1", message: "…" }],
};

const CHANGES = [
  "start",
  "increase-load",
  "add-reps",
  "hold",
  "reduce-load",
  "deload",
  "progress-variation",
  "regress-variation",
  "rest",
];

describe("nextSchema (CONTRACT: output of next --json)", () => {
  it("accepts the CONTRACT example and extra fields", () => {
    expect(nextSchema.safeParse(NEXT).success).toBe(true);
    expect(nextSchema.safeParse({ ...NEXT, repsTarget: 8, plates: null }).success).toBe(true);
  });

  it("accepts each of the nine changes (rest only with train false)", () => {
    for (const change of CHANGES) {
      const value = change === "rest" ? { ...NEXT, change, train: false } : { ...NEXT, change };
      expect(nextSchema.safeParse(value).success).toBe(true);
    }
  });

  it.each([
    ["an unknown change", { change: "skip" }],
    ["train false with a change other than rest", { train: false, change: "hold" }],
    ["rest on a training day", { change: "rest" }],
    ["a unit that is not kg or lb", { unit: "stone" }],
    ["a load that is a string", { load: "62.5" }],
    ["a date that is not YYYY-MM-DD", { date: "05/11/2026" }],
    ["an exercise outside the hip-thrust family", { exercise: "back-squat" }],
    ["a reason without a rule", { reasons: [{ message: "x" }] }],
    ["a reason citing no rulebook id", { reasons: [{ rule: "Z9", message: "x" }] }],
    ["a warning without a code", { warnings: [{ message: "x" }] }],
    ["a reps range upside down", { reps: { min: 12, max: 8 } }],
  ])("rejects %s", (_, patch) => {
    expect(nextSchema.safeParse({ ...NEXT, ...patch }).success).toBe(false);
  });

  it.each([
    "date",
    "train",
    "exercise",
    "sets",
    "reps",
    "rpe",
    "load",
    "unit",
    "change",
    "warnings",
    "reasons",
  ])("rejects an output without %s", (field) => {
    const { [field]: _, ...rest } = NEXT as Record<string, unknown>;
    expect(nextSchema.safeParse(rest).success).toBe(false);
  });
});

describe("planSchema (CONTRACT: output of plan --json)", () => {
  const withItem = (patch: Record<string, unknown>) => ({
    ...PLAN,
    weeks: [{ week: 1, days: [{ day: 1, items: [{ ...PLAN.weeks[0]?.days[0]?.items[0], ...patch }] }] }],
  });

  it("accepts the CONTRACT example and each role", () => {
    expect(planSchema.safeParse(PLAN).success).toBe(true);
    for (const role of ["primary", "accessory", "activation"]) {
      expect(planSchema.safeParse(withItem({ role })).success).toBe(true);
    }
    expect(planSchema.safeParse(withItem({ role: "complement", exercise: "goblet-squat" })).success).toBe(
      true,
    );
  });

  it.each([
    ["an unknown role", withItem({ role: "main" })],
    ["a working item that is not a hip thrust", withItem({ exercise: "goblet-squat" })],
    ["a day 8", { ...PLAN, weeks: [{ week: 1, days: [{ day: 8, items: [] }] }] }],
    ["a week 0", { ...PLAN, weeks: [{ week: 0, days: [] }] }],
    ["an unknown goal", { ...PLAN, goal: "bulking" }],
    ["a missing restSeconds", withItem({ restSeconds: undefined })],
    ["a load that is a string", withItem({ load: "20" })],
  ])("rejects %s", (_, value) => {
    expect(planSchema.safeParse(value).success).toBe(false);
  });
});

describe("decisionSchema (CONTRACT: output of decide --json)", () => {
  it("accepts the CONTRACT example, every verdict and an empty pairWith", () => {
    for (const verdict of ["primary", "accessory", "optional", "not-a-substitute"]) {
      expect(decisionSchema.safeParse({ ...DECISION, verdict }).success).toBe(true);
    }
    expect(decisionSchema.safeParse({ ...DECISION, pairWith: [] }).success).toBe(true);
  });

  it.each([
    ["an unknown verdict", { verdict: "maybe" }],
    ["an unknown pattern", { pairWith: ["push"] }],
    ["a repeated pattern", { pairWith: ["squat", "squat"] }],
    ["cautions that are strings", { cautions: ["careful"] }],
    ["no reasons", { reasons: undefined }],
  ])("rejects %s", (_, patch) => {
    expect(decisionSchema.safeParse({ ...DECISION, ...patch }).success).toBe(false);
  });
});
