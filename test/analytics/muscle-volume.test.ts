import { describe, expect, it } from "vitest";
import { volumeTrend, weeklyHardSetsPerMuscle } from "../../src/core/analytics/index.js";
import type { LoggedSet, TrainingLog } from "../../src/core/types.js";

const hard = (n: number): LoggedSet[] => Array.from({ length: n }, () => ({ load: 100, reps: 8, rpe: 8 }));

// 2026-01-05 and 2026-01-12 are Mondays; the day asked for, 2026-01-14, a Wednesday.
const LOG: TrainingLog = {
  sessions: [
    { date: "2025-12-20", exercises: [{ exercise: "barbell-hip-thrust", sets: hard(4) }] },
    {
      date: "2026-01-05T07:00:00",
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 40, reps: 10, warmup: true },
            { load: 100, reps: 10 }, // RPE unknown: hard
            { load: 100, reps: 10, rpe: 6 }, // too easy to count
            { load: 100, reps: 10, rpe: 8 },
          ],
        },
        { exercise: "back-squat", sets: hard(1) },
        { exercise: "other:Cable Kickback", sets: hard(3) },
      ],
    },
    {
      date: "2026-01-12",
      exercises: [
        { exercise: "romanian-deadlift", sets: hard(3) },
        { exercise: "hip-abduction-machine", sets: hard(2) },
      ],
    },
    { date: "2026-01-15", exercises: [{ exercise: "barbell-hip-thrust", sets: hard(3) }] },
  ],
};

// Hip thrust: gluteus maximus primary; gluteus medius and minimus, hamstrings, quadriceps secondary.
// Back squat: quadriceps and gluteus maximus primary, adductors secondary. RDL: hamstrings and
// gluteus maximus primary (spinal erectors only steady). Abduction machine: gluteus medius and minimus.
const WEEK_OF_JAN_5 = {
  "gluteus maximus": 2 + 1,
  "gluteus medius and minimus": 1,
  hamstrings: 1,
  quadriceps: 1 + 1,
  adductors: 0.5,
};

describe("weeklyHardSetsPerMuscle", () => {
  it("counts rolling 7-day windows ending on the day, primary muscles fully and secondary as half", () => {
    expect(weeklyHardSetsPerMuscle(LOG, "2026-01-14", 2)).toEqual([
      {
        start: "2026-01-08",
        end: "2026-01-14",
        muscles: { hamstrings: 3, "gluteus maximus": 3, "gluteus medius and minimus": 2 },
      },
      { start: "2026-01-01", end: "2026-01-07", muscles: WEEK_OF_JAN_5 },
    ]);
  });

  it("counts ISO weeks, Monday to Sunday", () => {
    expect(weeklyHardSetsPerMuscle(LOG, "2026-01-14", 3, "iso")).toEqual([
      {
        start: "2026-01-12",
        end: "2026-01-18",
        muscles: {
          hamstrings: 3 + 1.5,
          "gluteus maximus": 3 + 3,
          "gluteus medius and minimus": 2 + 1.5,
          quadriceps: 1.5,
        },
      },
      { start: "2026-01-05", end: "2026-01-11", muscles: WEEK_OF_JAN_5 },
      { start: "2025-12-29", end: "2026-01-04", muscles: {} },
    ]);
  });

  it("puts a Sunday in the week that began the Monday before", () => {
    const weeks = weeklyHardSetsPerMuscle(LOG, "2026-01-18", 1, "iso");
    expect(weeks[0]?.start).toBe("2026-01-12");
  });
});

describe("volumeTrend", () => {
  it("is re-exported: hard hip-thrust sets in the 7 days ending on the day", () => {
    expect(volumeTrend(LOG, "2026-01-15").thisWeek).toBe(3);
  });
});
