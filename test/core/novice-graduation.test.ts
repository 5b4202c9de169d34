// P10: a novice strength lifter who has shown the form gates under load keeps the 3–5 range.
import { describe, expect, it } from "vitest";
import { recommendNext } from "../../src/core/next/recommend.js";
import type { LoggedSet, Session } from "../../src/core/types.js";
import { clean, gymProfile, log, session, times } from "../support/builders.js";
import { addDays } from "../support/spec.js";

const START = "2026-01-05";
const novice = gymProfile({ experience: "novice", goal: "strength" });
/** Mondays and Thursdays for `weeks` weeks, three clean sets of 8 at a load that climbs 2.5 kg a week. */
function weeksOf(weeks: number): Session[] {
  return Array.from({ length: weeks * 2 }, (_, i) =>
    session(
      addDays(START, Math.floor(i / 2) * 7 + (i % 2) * 3),
      "barbell-hip-thrust",
      times(3, clean(40 + 2.5 * Math.floor(i / 2), 8, 7.5)),
    ),
  );
}
const missedLockout = (load: number): LoggedSet[] => [
  clean(load, 5, 8.5),
  { ...clean(load, 5, 8.5), fullLockout: false },
  clean(load, 5, 8.5),
];

describe("P10: after the form gates held under load, a slip holds the load but keeps sets of 3–5", () => {
  it("P10: seven weeks in, one missed lockout keeps the strength range 3–5 and holds the load (P3)", () => {
    const past = weeksOf(7);
    const slip = session(addDays(START, 49), "barbell-hip-thrust", missedLockout(57.5));
    const rec = recommendNext(novice, log(...past, slip), addDays(START, 52));
    expect(rec.train).toBe(true);
    expect(rec.reps).toEqual({ min: 3, max: 5 });
    expect(rec.change).toBe("hold");
    expect(rec.reasons.map((r) => r.rule)).toContain("P3");
  });

  it("P10: a novice whose gates never held twice running stays at 6–10 after the weeks pass", () => {
    const past = weeksOf(7).map((s, i) =>
      i % 2 === 1
        ? { ...s, exercises: s.exercises?.map((e) => ({ ...e, sets: missedLockout(e.sets[0]?.load ?? 40) })) }
        : s,
    );
    const rec = recommendNext(novice, log(...past), addDays(START, 52));
    expect(rec.reps).toEqual({ min: 6, max: 10 });
  });
});
