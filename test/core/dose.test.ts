import { describe, expect, it } from "vitest";
import { DOSES, doseFor, NOVICE_STRENGTH_WEEKS } from "../../src/core/dose.js";
import { gymProfile } from "../support/builders.js";

describe("doseFor: the dose for who the person is", () => {
  it("P10: a novice with a strength goal starts at 3 × 6–10, RPE 7–8, then G1's 3–5 once weeks pass and gates hold", () => {
    const novice = gymProfile({ experience: "novice", goal: "strength" });
    const early = doseFor(novice, { exercise: "barbell-hip-thrust", weeksTrained: 0 });
    expect(early.kind).toBe("novice-strength");
    expect(early.sets).toEqual({ min: 3, max: 3 });
    expect(early.reps).toEqual({ min: 6, max: 10 });
    expect(early.rpe).toEqual({ min: 7, max: 8 });
    expect(early.reasons[0]?.rule).toBe("P10");
    const later = doseFor(novice, {
      exercise: "barbell-hip-thrust",
      weeksTrained: NOVICE_STRENGTH_WEEKS,
      gatesHeldUnderLoad: true,
    });
    expect(later.reps).toEqual(DOSES.strength.reps);
    expect(later.rpe).toEqual({ min: 8, max: 9 });
    // Weeks alone are not enough when the gates did not hold under load (P1, V2).
    const gatesFailed = doseFor(novice, { weeksTrained: 10, gatesHeldUnderLoad: false });
    expect(gatesFailed.reps).toEqual({ min: 6, max: 10 });
    // An intermediate goes straight to G1.
    expect(doseFor(gymProfile({ goal: "strength" }), { weeksTrained: 0 }).reps).toEqual({ min: 3, max: 5 });
  });

  it("D4: rehab is 2–3 × 10–15 at RPE 6–7 with pain stopped above 3/10 and the caution, never a strength block", () => {
    for (const over of [{ otherTraining: ["rehab"] }, { constraints: ["rehab"] }]) {
      const dose = doseFor(gymProfile({ goal: "strength", ...over }), { exercise: "barbell-hip-thrust" });
      expect(dose.kind).toBe("rehab");
      expect(dose.sets).toEqual({ min: 2, max: 3 });
      expect(dose.reps).toEqual({ min: 10, max: 15 });
      expect(dose.rpe).toEqual({ min: 6, max: 7 });
      expect(dose.painStop).toBe(3);
      expect(dose.caution?.message).toMatch(/clinical care/);
      expect(dose.reasons[0]?.rule).toBe("D4");
    }
  });

  it("P10: unloaded and banded work is dosed in reps to a few in reserve, 12–20 two-leg and 8–15 single-leg", () => {
    const p = gymProfile({ goal: "strength" });
    for (const exercise of ["glute-bridge", "bodyweight-hip-thrust", "banded-hip-thrust"] as const) {
      const dose = doseFor(p, { exercise });
      expect(dose.reps).toEqual({ min: 12, max: 20 });
      expect(dose.rpe).toEqual({ min: 7, max: 8 });
      expect(dose.reasons[0]?.rule).toBe("P10");
    }
    expect(doseFor(p, { exercise: "single-leg-hip-thrust" }).reps).toEqual({ min: 8, max: 15 });
    // Loaded work keeps the goal's own range.
    expect(doseFor(p, { exercise: "barbell-hip-thrust" }).reps).toEqual({ min: 3, max: 5 });
    expect(doseFor(gymProfile(), { exercise: "dumbbell-hip-thrust" }).reps).toEqual({ min: 8, max: 12 });
  });

  it("G4: activation keeps its own dose whatever the variation", () => {
    const dose = doseFor(gymProfile({ goal: "activation" }), { exercise: "glute-bridge" });
    expect(dose.reps).toEqual(DOSES.activation.reps);
    expect(dose.rpe).toEqual(DOSES.activation.rpe);
  });
});
