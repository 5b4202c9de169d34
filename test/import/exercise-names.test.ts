import { describe, expect, it } from "vitest";
import { EXERCISE_IDS } from "../../src/core/knowledge/ids.js";
import { canonicalName, exerciseIdFor } from "../../src/import/exercise-names.js";

describe("exerciseIdFor", () => {
  it.each([
    ["Hip Thrust (Barbell)", "barbell-hip-thrust"],
    ["Barbell Hip Thrust", "barbell-hip-thrust"],
    ["Hip Thrust (Bodyweight)", "bodyweight-hip-thrust"],
    ["Hip Thrust (Smith Machine)", "smith-machine-hip-thrust"],
    ["Hip Thrust (Machine)", "machine-hip-thrust"],
    ["Hip Thrust (Dumbbell)", "dumbbell-hip-thrust"],
    ["Banded Hip Thrust", "banded-hip-thrust"],
    ["Hip Thrust (Band)", "banded-hip-thrust"],
    ["Glute Bridge", "glute-bridge"],
    ["Glute Bridge (Barbell)", "barbell-glute-bridge"],
    ["Single Leg Hip Thrust", "single-leg-hip-thrust"],
    ["Single-Leg Hip Thrust (Dumbbell)", "single-leg-hip-thrust"],
    ["Squat (Barbell)", "back-squat"],
    ["Romanian Deadlift (Barbell)", "romanian-deadlift"],
    ["Romanian Deadlift (Dumbbell)", "romanian-deadlift"],
    ["Leg Press", "leg-press"],
    ["Leg Press (Machine)", "leg-press"],
    ["Lying Leg Curl (Machine)", "leg-curl"],
    ["Seated Leg Curl (Machine)", "leg-curl"],
    ["Hip Abduction (Machine)", "hip-abduction-machine"],
    ["Hip Abductor (Machine)", "hip-abduction-machine"],
    ["Bulgarian Split Squat", "split-squat"],
    ["Lunge (Dumbbell)", "walking-lunge"],
    ["Walking Lunge", "walking-lunge"],
    ["Step-up", "step-up"],
    ["Step Up (Dumbbell)", "step-up"],
    ["Goblet Squat (Kettlebell)", "goblet-squat"],
    ["Back Extension (Hyperextension)", "back-extension"],
    ["  hip   thrust (barbell) ", "barbell-hip-thrust"],
  ])("%s → %s", (name, id) => {
    expect(exerciseIdFor(name, true)).toBe(id);
  });

  it("reads a bare Hip Thrust by its load", () => {
    expect(exerciseIdFor("Hip Thrust", true)).toBe("barbell-hip-thrust");
    expect(exerciseIdFor("Hip Thrust", false)).toBe("bodyweight-hip-thrust");
  });

  it.each([
    ["Glute Bridge Bodyweight", false, "glute-bridge"],
    ["Weighted Glute Bridge", true, "barbell-glute-bridge"],
    ["Dumbbell Glute Bridge", true, "dumbbell-glute-bridge"],
    ["Glute Bridge (Band)", false, "banded-glute-bridge"],
    ["B-Stance Hip Thrusts (Dumbbell)", true, "dumbbell-hip-thrust"],
    ["Hip Thrusts", true, "barbell-hip-thrust"],
    ["Hip Thrust Bodyweight", false, "bodyweight-hip-thrust"],
    ["Hip Thrust Machine", true, "machine-hip-thrust"],
    ["Glute Drive", true, "machine-hip-thrust"],
    ["Hip Thrust (Smith Machine)", true, "smith-machine-hip-thrust"],
  ])("hip-thrust family name variants are matched by their words: %s", (name, loaded, id) => {
    expect(exerciseIdFor(name, loaded)).toBe(id);
  });

  it("maps every library id written as an id or as words", () => {
    for (const id of EXERCISE_IDS) {
      expect(exerciseIdFor(id, true)).toBe(id);
      expect(exerciseIdFor(id.replaceAll("-", " ").toUpperCase(), true)).toBe(id);
    }
  });

  it("keeps other exercises under their own name", () => {
    expect(exerciseIdFor("Bench Press (Barbell)", true)).toBe("other:Bench Press (Barbell)");
    expect(exerciseIdFor(" Front Squat (Barbell) ", true)).toBe("other:Front Squat (Barbell)");
    expect(exerciseIdFor("Single Leg Glute Bridge", false)).toBe("other:Single Leg Glute Bridge");
  });

  it("moves an equipment suffix to the front", () => {
    expect(canonicalName("Hip Thrust (Smith Machine)")).toBe("smith machine hip thrust");
  });
});
