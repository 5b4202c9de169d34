import { describe, expect, it } from "vitest";
import { personalRecords } from "../../src/core/analytics/index.js";
import type { TrainingLog } from "../../src/core/types.js";

const LOG: TrainingLog = {
  sessions: [
    {
      date: "2026-01-12T18:00:00",
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 120, reps: 5 },
            { load: 120, reps: 6, rpe: 10 },
          ],
        },
        { exercise: "glute-bridge", sets: [{ load: 0, reps: 25 }] },
      ],
    },
    {
      date: "2026-01-05",
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 140, reps: 3, warmup: true },
            { load: 100, reps: 10 },
            { load: 110, reps: 5, rpe: 10 },
          ],
        },
        { exercise: "other:Cable Kickback", sets: [{ load: 12.5, reps: 15 }] },
      ],
    },
    {
      date: "2026-01-08",
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 120, reps: 5, rpe: 9 },
            { load: 100, reps: 10 },
            { load: 100, reps: 12 },
          ],
        },
        { exercise: "glute-bridge", sets: [{ load: 0, reps: 20 }] },
      ],
    },
    { date: "2026-01-09", readiness: { soreness: 2 } },
  ],
};

describe("personalRecords", () => {
  const records = personalRecords(LOG);

  it("lists exercises by id", () => {
    expect(records.map((r) => r.exercise)).toEqual([
      "barbell-hip-thrust",
      "glute-bridge",
      "other:Cable Kickback",
    ]);
  });

  it("finds the heaviest set, the most reps at each load and the best e1RM, each on the day first reached", () => {
    expect(records[0]).toEqual({
      exercise: "barbell-hip-thrust",
      // 120 × 5 first on 01-08; 120 × 6 on 01-12 is as heavy with more reps. The 140 warm-up never counts.
      heaviest: { load: 120, reps: 6, day: "2026-01-12" },
      // 100 × 10 on 01-05 and 01-08; 100 × 12 on 01-08 is more.
      repsAtLoad: [
        { load: 100, reps: 12, day: "2026-01-08" },
        { load: 110, reps: 5, day: "2026-01-05" },
        { load: 120, reps: 6, day: "2026-01-12" },
      ],
      // 120 × 5 @ 9 and 120 × 6 @ 10 are both 6 reps to failure: 120 / 0.837 = 143.37. The first stands.
      bestE1rm: {
        value: expect.closeTo(143.369, 3),
        method: "rpe-table",
        load: 120,
        reps: 5,
        rpe: 9,
        day: "2026-01-08",
      },
    });
  });

  it("has no heaviest set or e1RM for unloaded work", () => {
    expect(records[1]).toEqual({
      exercise: "glute-bridge",
      heaviest: null,
      repsAtLoad: [{ load: 0, reps: 25, day: "2026-01-12" }],
      bestE1rm: null,
    });
  });

  it("covers exercises outside the library too", () => {
    expect(records[2]?.bestE1rm).toEqual({
      value: 18.75, // 12.5 × (1 + 15/30)
      method: "epley",
      load: 12.5,
      reps: 15,
      day: "2026-01-05",
    });
  });
});
