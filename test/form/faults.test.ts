import { describe, expect, it } from "vitest";
import { CUES, cuesFor } from "../../src/form/cues.js";
import { type FaultInput, repFaults, setFaults } from "../../src/form/faults.js";
import { DEFAULT_THRESHOLDS } from "../../src/form/options.js";

/** A clean rep well inside every CONTRACT threshold. */
const clean: FaultInput = {
  hipAngleTop: 180,
  kneeAngleTop: 90,
  topHoldSeconds: 1,
  eccentricSeconds: 2,
  bottomPauseSeconds: 0.5,
};
const faultsOf = (change: Partial<FaultInput>) => repFaults({ ...clean, ...change }, DEFAULT_THRESHOLDS);

describe("per-rep faults at CONTRACT's default thresholds", () => {
  it("finds nothing wrong with a clean rep", () => {
    expect(faultsOf({})).toEqual([]);
  });

  it("incomplete-lockout below hipAngleTop 165", () => {
    expect(faultsOf({ hipAngleTop: 164.9 })).toEqual(["incomplete-lockout"]);
    expect(faultsOf({ hipAngleTop: 165 })).toEqual([]);
  });

  it("hyperextension above hipAngleTop 195", () => {
    expect(faultsOf({ hipAngleTop: 195.1 })).toEqual(["hyperextension"]);
    expect(faultsOf({ hipAngleTop: 195 })).toEqual([]);
  });

  it("feet-too-far above kneeAngleTop 110", () => {
    expect(faultsOf({ kneeAngleTop: 110.1 })).toEqual(["feet-too-far"]);
    expect(faultsOf({ kneeAngleTop: 110 })).toEqual([]);
  });

  it("feet-too-close below kneeAngleTop 70", () => {
    expect(faultsOf({ kneeAngleTop: 69.9 })).toEqual(["feet-too-close"]);
    expect(faultsOf({ kneeAngleTop: 70 })).toEqual([]);
  });

  it("judges the knee as measured when the body is level, as on a bench (rise up to 10°)", () => {
    expect(faultsOf({ kneeAngleTop: 65, bodyRiseTop: 8 })).toEqual(["feet-too-close"]);
    expect(faultsOf({ kneeAngleTop: 112, bodyRiseTop: -8 })).toEqual(["feet-too-far"]);
  });

  it("does not call a floor bridge with vertical shins feet-too-close: the body's rise closes the knee", () => {
    // Shoulders on the floor, body rising 25° to the knees, shins vertical: the knee reads 65°.
    expect(faultsOf({ kneeAngleTop: 65, bodyRiseTop: 25 })).toEqual([]);
    // The same bridge with the feet set close: shins lean back, the knee closes to 50°.
    expect(faultsOf({ kneeAngleTop: 50, bodyRiseTop: 25 })).toEqual(["feet-too-close"]);
    // And with the feet walked out: the knee opens to 100°, past what vertical shins give.
    expect(faultsOf({ kneeAngleTop: 100, bodyRiseTop: 25 })).toEqual(["feet-too-far"]);
  });

  it("no-top-hold below topHoldSeconds 0.2", () => {
    expect(faultsOf({ topHoldSeconds: 0.19 })).toEqual(["no-top-hold"]);
    expect(faultsOf({ topHoldSeconds: 0.2 })).toEqual([]);
  });

  it("fast-eccentric below eccentricSeconds 1.0", () => {
    expect(faultsOf({ eccentricSeconds: 0.99 })).toEqual(["fast-eccentric"]);
    expect(faultsOf({ eccentricSeconds: 1 })).toEqual([]);
  });

  it("bounce: eccentric under 0.7 s and no pause at the bottom", () => {
    expect(faultsOf({ eccentricSeconds: 0.69, bottomPauseSeconds: 0 })).toEqual(["fast-eccentric", "bounce"]);
    expect(faultsOf({ eccentricSeconds: 0.7, bottomPauseSeconds: 0 })).toEqual(["fast-eccentric"]);
    // A fast descent that settles at the bottom is fast, not a bounce.
    expect(faultsOf({ eccentricSeconds: 0.5, bottomPauseSeconds: 0.5 })).toEqual(["fast-eccentric"]);
  });

  it("takes other thresholds from the options", () => {
    expect(
      repFaults({ ...clean, hipAngleTop: 172 }, { ...DEFAULT_THRESHOLDS, lockoutMinDegrees: 175 }),
    ).toEqual(["incomplete-lockout"]);
  });
});

describe("inconsistent-range (per set)", () => {
  const reps = (tops: number[], ranges: number[]) =>
    tops.map((hipAngleTop, i) => ({ hipAngleTop, rangeOfMotion: ranges[i] ?? 80 }));

  it("flags a top that wanders by more than 6° (standard deviation)", () => {
    expect(setFaults(reps([170, 186, 170, 186], [80, 80, 80, 80]), DEFAULT_THRESHOLDS)).toEqual([
      "inconsistent-range",
    ]);
    expect(setFaults(reps([174, 186, 174, 186], [80, 80, 80, 80]), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it("flags a depth that wanders by more than 15% of the mean range", () => {
    expect(setFaults(reps([180, 180, 180, 180], [64, 96, 64, 96]), DEFAULT_THRESHOLDS)).toEqual([
      "inconsistent-range",
    ]);
    expect(setFaults(reps([180, 180, 180, 180], [70, 90, 70, 90]), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it("says nothing about fewer than three reps", () => {
    expect(setFaults(reps([150, 200], [40, 100]), DEFAULT_THRESHOLDS)).toEqual([]);
  });
});

describe("cues", () => {
  it("has one cue per fault code with its mistake, fix and seed sources", () => {
    for (const [code, cue] of Object.entries(CUES)) {
      expect(cue.fault).toBe(code);
      expect(cue.mistake.length).toBeGreaterThan(10);
      expect(cue.fix.length).toBeGreaterThan(10);
      expect(cue.sources.every((s) => ["000", "001", "002", "003", "004"].includes(s))).toBe(true);
    }
  });

  it("gives each fault found once", () => {
    const cues = cuesFor(new Set(["bounce", "fast-eccentric"] as const));
    expect(cues.map((c) => c.fault)).toEqual(["fast-eccentric", "bounce"]);
  });
});
