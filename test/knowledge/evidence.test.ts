import { describe, expect, it } from "vitest";
import { EVIDENCE, evidenceByStrength } from "../../src/core/knowledge/evidence.js";

const KINDS = ["anatomy", "acute-emg", "training-study", "review", "opinion"];
const STRENGTHS = ["strong", "moderate", "weak", "disputed"];
const SEEDS = ["000", "001", "002", "003", "004"];

function claim(id: string) {
  const found = EVIDENCE.find((c) => c.id === id);
  if (!found) throw new Error(`missing claim ${id}`);
  return found;
}

describe("evidence", () => {
  it("gives every claim a unique id, a source, a kind, a strength and non-empty limits", () => {
    const ids = EVIDENCE.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of EVIDENCE) {
      expect(c.claim.length, c.id).toBeGreaterThan(0);
      expect(c.topic.length, c.id).toBeGreaterThan(0);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) expect(SEEDS, c.id).toContain(s.seed);
      expect(KINDS, c.id).toContain(c.kind);
      expect(STRENGTHS, c.id).toContain(c.strength);
      expect(c.limits.trim().length, c.id).toBeGreaterThan(0);
    }
  });

  it("points disputes at claims that exist", () => {
    for (const c of EVIDENCE) for (const other of c.disputedBy ?? []) expect(ids()).toContain(other);
  });

  it("keeps weak and disputed claims, each attributed to its seed rather than stated as fact", () => {
    const soft = EVIDENCE.filter((c) => c.strength === "weak" || c.strength === "disputed");
    expect(soft.length).toBeGreaterThan(5);
    expect(EVIDENCE.some((c) => c.strength === "disputed")).toBe(true);
    for (const c of soft) {
      const seeds = c.sources.map((s) => s.seed);
      expect(
        seeds.some((seed) => c.claim.includes(seed)),
        c.id,
      ).toBe(true);
    }
  });

  it("includes the weak claims of 000 and 002 on back pain, posture, testosterone, metabolism and sprint/jump", () => {
    for (const id of [
      "lower-back-pain",
      "posture",
      "testosterone",
      "metabolism",
      "sprint-speed",
      "jump-height",
    ]) {
      expect(["weak", "disputed"], id).toContain(claim(id).strength);
    }
  });

  it("marks 000's daily-for-two-weeks claim as disputed by 001's 48 h rest", () => {
    const daily = claim("daily-two-weeks");
    expect(daily.strength).toBe("disputed");
    expect(daily.sources.map((s) => s.seed)).toContain("000");
    expect(daily.disputedBy).toContain("rest-48h");
    expect(claim("rest-48h").sources.map((s) => s.seed)).toContain("001");
  });

  it("marks 001's 'more than squats' claim as disputed by 004's trial", () => {
    expect(claim("more-than-squats").strength).toBe("disputed");
    expect(claim("more-than-squats").disputedBy).toContain("thrust-vs-squat-trial");
  });

  it("carries 004's counterpoints and names the studies", () => {
    expect(claim("emg-indirect").sources[0]?.seed).toBe("004");
    expect(claim("trials-short-untrained").strength).toBe("strong");
    expect(claim("not-mandatory").strength).toBe("strong");
    const studies = EVIDENCE.flatMap((c) => c.sources.map((s) => s.study ?? ""));
    for (const study of [
      "Contreras et al. 2015",
      "Andersen et al. 2010",
      "McCurdy et al. 2012",
      "NCBI Bookshelf anatomy reviews",
    ]) {
      expect(studies).toContain(study);
    }
    expect(studies.some((s) => s.includes("nine-week"))).toBe(true);
    expect(studies.some((s) => s.includes("2025 systematic review and meta-analysis"))).toBe(true);
    expect(studies.some((s) => s.includes("gluteus maximus activation"))).toBe(true);
  });

  it("orders strongest first without losing any claim", () => {
    const rank = { strong: 0, moderate: 1, weak: 2, disputed: 3 };
    const sorted = evidenceByStrength();
    expect(sorted).toHaveLength(EVIDENCE.length);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (!prev || !cur) throw new Error("unreachable");
      expect(rank[prev.strength]).toBeLessThanOrEqual(rank[cur.strength]);
    }
    expect(sorted[0]?.strength).toBe("strong");
    const weak = [...EVIDENCE].reverse();
    expect(evidenceByStrength(weak)[0]?.strength).toBe("strong");
  });
});

function ids(): string[] {
  return EVIDENCE.map((c) => c.id);
}
