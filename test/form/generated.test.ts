import { describe, expect, it } from "vitest";
import { REP_FAULT_CODES, SET_FAULT_CODES } from "../../src/contract/analysis.js";
import { evaluate, precision, recall } from "../../src/form/synthetic/evaluate.js";
import { generateSet } from "../../src/form/synthetic/index.js";

// A modest sample of generated sets; the full 500-set run is `npm run bench:form-accuracy`.
describe("analysis of 60 generated sets with known reps and faults", () => {
  const tally = evaluate(10_001, 60);

  it("counts the reps of almost every set exactly", () => {
    expect(tally.refused).toBe(0);
    expect(tally.exactCount / tally.sets).toBeGreaterThanOrEqual(0.95);
  });

  it("rarely puts a fault on a clean rep", () => {
    expect(tally.cleanRepsFaulted / tally.cleanReps).toBeLessThanOrEqual(0.05);
  });

  for (const code of [...REP_FAULT_CODES, ...SET_FAULT_CODES]) {
    it(`finds ${code} where it is and not where it is not`, () => {
      const counts = tally.faults[code];
      if (counts.truePositive + counts.falseNegative >= 5)
        expect(recall(counts)).toBeGreaterThanOrEqual(0.85);
      if (counts.truePositive + counts.falsePositive >= 5)
        expect(precision(counts)).toBeGreaterThanOrEqual(0.85);
    });
  }
});

describe("synthetic generator", () => {
  it("gives the same set for the same seed and a different one for another", () => {
    expect(generateSet(5)).toEqual(generateSet(5));
    expect(generateSet(6).file).not.toEqual(generateSet(5).file);
  });

  it("builds in the faults it is asked for", () => {
    const set = generateSet(7, { faults: ["hyperextension"], faultShare: 1 });
    expect(set.truth.reps.every((r) => r.faults.includes("hyperextension"))).toBe(true);
  });
});
