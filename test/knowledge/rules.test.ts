import { describe, expect, it } from "vitest";
import { RULES, ruleSource } from "../../src/core/rules.js";

const RULE_IDS = [
  "G1",
  "G2",
  "G3",
  "G4",
  "G5",
  "G6",
  "F1",
  "F2",
  "F3",
  "F4",
  "F5",
  "F6",
  "F7",
  "P1",
  "P2",
  "P3",
  "P4",
  "P5",
  "P6",
  "P7",
  "P8",
  "P9",
  "P10",
  "V1",
  "V2",
  "V3",
  "V4",
  "T",
  "D1",
  "D2",
  "D3",
  "D4",
  "D5",
  "E",
];

describe("rules", () => {
  it.each(RULE_IDS)("%s has a title, text and a source or a heuristic mark", (id) => {
    const rule = RULES[id];
    expect(rule).toBeDefined();
    expect(rule?.title.length).toBeGreaterThan(0);
    expect(rule?.text.length).toBeGreaterThan(0);
    expect((rule?.sources.length ?? 0) > 0 || rule?.heuristic).toBe(true);
  });

  it("holds no rule the SPEC does not define", () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  it("cites the SPEC's seeds", () => {
    expect(RULES.F1?.sources).toEqual(["001"]);
    expect(RULES.G1?.sources).toEqual(["001", "002"]);
    expect(RULES.D4?.sources).toEqual(["004", "001"]);
    expect(ruleSource("G2")).toBe("001, 004");
  });

  it("marks F4 and P5 as heuristic and P4's weekly cap as the heuristic part", () => {
    expect(RULES.F4?.heuristic).toBe(true);
    expect(RULES.P5?.heuristic).toBe(true);
    expect(ruleSource("F4")).toContain("(heuristic)");
    expect(RULES.P4?.heuristic).toBe(false);
    expect(ruleSource("P4")).toBe("001; 7-day cap (heuristic)");
    expect(ruleSource("F1")).not.toContain("heuristic");
  });

  it("rejects an unknown rule id", () => {
    expect(() => ruleSource("Z9")).toThrow(/Z9/);
  });
});
