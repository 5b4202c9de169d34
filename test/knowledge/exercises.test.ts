import { describe, expect, it } from "vitest";
import { EQUIPMENT_IDS, hasAll } from "../../src/core/equipment.js";
import { EXERCISES, exerciseById } from "../../src/core/knowledge/exercises/index.js";
import { COMPLEMENT_IDS } from "../../src/core/knowledge/ids.js";
import type { Pattern } from "../../src/core/knowledge/types.js";
import { HIP_THRUST_IDS } from "../../src/core/types.js";

const SEEDS = ["000", "001", "002", "003", "004"];
const ANALYZE_FAULTS = [
  "hyperextension",
  "feet-too-far",
  "feet-too-close",
  "no-top-hold",
  "incomplete-lockout",
  "fast-eccentric",
  "bounce",
];

function get(id: string) {
  const exercise = exerciseById(id);
  if (!exercise) throw new Error(`missing ${id}`);
  return exercise;
}

describe("exercise library", () => {
  it("has exactly one exercise per hip-thrust and complement id, and nothing else", () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...HIP_THRUST_IDS, ...COMPLEMENT_IDS].sort());
    for (const id of ids) expect(exerciseById(id)?.id).toBe(id);
    expect(exerciseById("no-such-exercise")).toBeUndefined();
  });

  it("uses only known equipment ids", () => {
    for (const e of EXERCISES) {
      for (const item of e.equipment) expect(EQUIPMENT_IDS as readonly string[]).toContain(item);
    }
  });

  it("puts every hip-thrust variation in the hip-thrust pattern and every complement outside it", () => {
    for (const id of HIP_THRUST_IDS) expect(get(id).pattern).toBe("hip-thrust");
    for (const id of COMPLEMENT_IDS) expect(get(id).pattern).not.toBe("hip-thrust");
  });

  it("lists a bench for every hip-thrust variation except the floor bridges and the machine (V1)", () => {
    for (const id of HIP_THRUST_IDS) {
      const needsBench = !id.endsWith("glute-bridge") && id !== "machine-hip-thrust";
      expect(get(id).equipment.includes("bench"), id).toBe(needsBench);
    }
  });

  it("needs the equipment the brief names", () => {
    const expected: Record<string, string[]> = {
      "glute-bridge": [],
      "bodyweight-hip-thrust": ["bench"],
      "single-leg-hip-thrust": ["bench"],
      "banded-hip-thrust": ["bands", "bench"],
      "dumbbell-hip-thrust": ["bench", "dumbbells"],
      "barbell-hip-thrust": ["barbell", "bench", "plates"],
      "smith-machine-hip-thrust": ["bench", "plates", "smith-machine"],
      "machine-hip-thrust": ["hip-thrust-machine"],
      "barbell-glute-bridge": ["barbell", "plates"],
      "dumbbell-glute-bridge": ["dumbbells"],
      "banded-glute-bridge": ["bands"],
      "back-squat": ["barbell", "plates"],
      "romanian-deadlift": ["barbell", "plates"],
      "goblet-squat": ["dumbbells"],
      "leg-press": ["leg-press-machine"],
      "leg-curl": ["leg-curl-machine"],
      "back-extension": ["back-extension-bench"],
      "hip-abduction-machine": ["abduction-machine"],
      "banded-abduction": ["bands"],
      "split-squat": [],
      "walking-lunge": [],
      "single-leg-romanian-deadlift": [],
      "side-lying-hip-abduction": [],
      "step-up": ["bench"],
    };
    for (const e of EXERCISES) expect([...e.equipment].sort(), e.id).toEqual(expected[e.id]);
  });

  it("places the variations on the P7 ladder and leaves complements off it", () => {
    const steps: Record<string, number> = {
      "glute-bridge": 1,
      "bodyweight-hip-thrust": 2,
      "banded-hip-thrust": 3,
      "dumbbell-hip-thrust": 3,
      "single-leg-hip-thrust": 3,
      "barbell-hip-thrust": 4,
      "smith-machine-hip-thrust": 4,
      "machine-hip-thrust": 4,
      "banded-glute-bridge": 3,
      "dumbbell-glute-bridge": 3,
      "barbell-glute-bridge": 4,
    };
    for (const id of HIP_THRUST_IDS) expect(get(id).ladderStep, id).toBe(steps[id]);
    for (const id of COMPLEMENT_IDS) expect(get(id).ladderStep, id).toBeNull();
    expect(get("single-leg-hip-thrust").unilateral).toBe(true);
  });

  it("gives every mistake a code, a fix and a source", () => {
    for (const e of EXERCISES) {
      for (const m of e.mistakes) {
        expect(m.code, e.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(m.mistake.length, e.id).toBeGreaterThan(0);
        expect(m.fix.length, `${e.id} ${m.code}`).toBeGreaterThan(0);
        expect(m.sources.length, `${e.id} ${m.code}`).toBeGreaterThan(0);
        for (const s of m.sources) expect(SEEDS).toContain(s);
      }
      expect(new Set(e.mistakes.map((m) => m.code)).size, e.id).toBe(e.mistakes.length);
    }
  });

  it("covers the T mistakes and the analyze fault codes for every hip-thrust variation", () => {
    for (const id of HIP_THRUST_IDS) {
      const codes = get(id).mistakes.map((m) => m.code);
      for (const code of [...ANALYZE_FAULTS, "toes-lifting"]) expect(codes, id).toContain(code);
    }
  });

  it("cites seeds for muscles, notes and the exercise itself", () => {
    for (const e of EXERCISES) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.muscles.length, e.id).toBeGreaterThan(0);
      for (const m of e.muscles) expect(m.sources.length, `${e.id} ${m.muscle}`).toBeGreaterThan(0);
      for (const n of e.notes) expect(n.sources.length, `${e.id} ${n.topic}`).toBeGreaterThan(0);
      for (const s of [...e.sources, ...e.techniqueSources]) expect(SEEDS).toContain(s);
      expect(e.setup.length, e.id).toBeGreaterThan(0);
      expect(e.execution.length, e.id).toBeGreaterThan(0);
      expect(e.cues.length, e.id).toBeGreaterThan(0);
    }
  });

  it("follows T for the hip-thrust family: technique from 001 and 003, glute max primary", () => {
    for (const id of HIP_THRUST_IDS) {
      const e = get(id);
      expect(e.techniqueSources).toEqual(expect.arrayContaining(["001", "003"]));
      expect(e.muscles.find((m) => m.role === "primary")?.muscle).toBe("gluteus maximus");
      expect(e.muscles.find((m) => m.muscle === "hamstrings")?.role).toBe("secondary");
      const text = [...e.setup, ...e.execution].join(" ");
      expect(text, id).toMatch(/straight line/);
      expect(text, id).toMatch(/control/);
      if (e.equipment.includes("bench"))
        expect(e.setup.join(" "), id).toMatch(/just below the shoulder blades/);
    }
  });

  it("carries the 004 repeatable set-up note and the V4 variation notes on every variation", () => {
    for (const id of HIP_THRUST_IDS) {
      const topics = get(id).notes.map((n) => n.topic);
      expect(topics, id).toContain("repeatable-setup");
      expect(topics, id).toContain("tempo");
      expect(topics, id).toContain("single-leg");
      if (id !== "single-leg-hip-thrust") expect(topics, id).toContain("foot-position");
      const repeatable = get(id).notes.find((n) => n.topic === "repeatable-setup");
      expect(repeatable?.sources).toContain("004");
    }
  });

  describe("D5 patterns", () => {
    const patterns: Pattern[] = ["squat", "hinge", "abduction"];
    const sets: Record<string, string[]> = {
      "bodyweight only": [],
      "bands only": ["bands"],
      "home dumbbells": ["dumbbells", "bench"],
      "barbell gym": ["barbell", "plates", "bench"],
      "machine gym": ["leg-press-machine", "leg-curl-machine", "back-extension-bench", "abduction-machine"],
    };

    it.each(patterns)("%s has an exercise that needs no equipment", (pattern) => {
      expect(EXERCISES.some((e) => e.pattern === pattern && e.equipment.length === 0)).toBe(true);
    });

    it.each(patterns)("%s has an exercise for each common equipment set", (pattern) => {
      for (const [name, owned] of Object.entries(sets)) {
        const fits = EXERCISES.filter((e) => e.pattern === pattern && hasAll(owned, e.equipment));
        expect(fits.length, `${pattern} with ${name}`).toBeGreaterThan(0);
      }
    });

    it.each(patterns)("%s has an externally loaded option in a full gym", (pattern) => {
      const gym = [...EQUIPMENT_IDS];
      const loaded = EXERCISES.filter(
        (e) => e.pattern === pattern && e.loading !== "bodyweight" && hasAll(gym, e.equipment),
      );
      expect(loaded.length).toBeGreaterThan(0);
    });
  });
});
