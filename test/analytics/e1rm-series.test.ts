import { describe, expect, it } from "vitest";
import { e1rmSeries } from "../../src/core/analytics/index.js";
import type { TrainingLog } from "../../src/core/types.js";

const LOG: TrainingLog = {
  sessions: [
    {
      date: "2026-01-08",
      exercises: [
        { exercise: "barbell-hip-thrust", sets: [{ load: 120, reps: 5, rpe: 9 }] },
        { exercise: "glute-bridge", sets: [{ load: 0, reps: 20 }] },
      ],
    },
    {
      date: "2026-01-05",
      exercises: [
        {
          exercise: "barbell-hip-thrust",
          sets: [
            { load: 160, reps: 5, warmup: true },
            { load: 100, reps: 10 },
            { load: 110, reps: 5, rpe: 10 },
            { load: 200, reps: 0 },
          ],
        },
        { exercise: "back-squat", sets: [{ load: 100, reps: 5 }] },
      ],
    },
    {
      date: "2026-01-12T18:00:00",
      exercises: [{ exercise: "dumbbell-hip-thrust", sets: [{ load: 30, reps: 12 }] }],
    },
  ],
};

describe("e1rmSeries", () => {
  it("gives each session's best e1RM per hip-thrust exercise, oldest first, from working sets only", () => {
    expect(e1rmSeries(LOG)).toEqual([
      // Epley: 100 × (1 + 10/30) = 133.33 beats the RPE table's 110 / 0.863 = 127.46
      {
        date: "2026-01-05",
        day: "2026-01-05",
        exercise: "barbell-hip-thrust",
        value: expect.closeTo(133.333, 3),
        method: "epley",
        load: 100,
        reps: 10,
      },
      // RPE table: 5 reps at RPE 9 is 6 reps to failure, 83.7 % → 120 / 0.837 = 143.37
      {
        date: "2026-01-08",
        day: "2026-01-08",
        exercise: "barbell-hip-thrust",
        value: expect.closeTo(143.369, 3),
        method: "rpe-table",
        load: 120,
        reps: 5,
        rpe: 9,
      },
      // Epley: 30 × (1 + 12/30) = 42
      {
        date: "2026-01-12T18:00:00",
        day: "2026-01-12",
        exercise: "dumbbell-hip-thrust",
        value: expect.closeTo(42, 9),
        method: "epley",
        load: 30,
        reps: 12,
      },
    ]);
  });

  it("follows one exercise when asked, any exercise of the library", () => {
    expect(e1rmSeries(LOG, "dumbbell-hip-thrust").map((p) => p.day)).toEqual(["2026-01-12"]);
    expect(e1rmSeries(LOG, "back-squat")).toEqual([
      expect.objectContaining({ day: "2026-01-05", value: expect.closeTo(116.667, 3), method: "epley" }),
    ]);
    expect(e1rmSeries(LOG, "glute-bridge")).toEqual([]);
  });

  it("is empty for an empty log", () => {
    expect(e1rmSeries({ sessions: [] })).toEqual([]);
  });
});
