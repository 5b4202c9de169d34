// P7 (the variation ladder) and V1–V4 (no bench, novices, equipment fit, variations on plateaus).
import { describe, expect, it } from "vitest";
import { decide } from "../../src/core/decide.js";
import { recommendNext } from "../../src/core/next/recommend.js";
import { buildPlan } from "../../src/core/plan/build.js";
import type { HipThrustId, LoggedSet, Plan, Profile } from "../../src/core/types.js";
import { ago, clean, gymProfile, log, session, TODAY, times } from "../support/builders.js";
import { fits, isHipThrust, RUNG, UNLOADED } from "../support/spec.js";

const rules = (rec: { reasons: { rule: string }[] }) => rec.reasons.map((r) => r.rule);
const codes = (rec: { warnings: { code: string }[] }) => rec.warnings.map((w) => w.code);

/** The working hip-thrust variation of each plan week. */
function weekVariations(plan: Plan): string[][] {
  return plan.weeks.map((w) => [
    ...new Set(
      w.days.flatMap((d) =>
        d.items.filter((i) => i.role === "primary" || i.role === "accessory").map((i) => i.exercise),
      ),
    ),
  ]);
}

function hipThrustExercises(plan: Plan): HipThrustId[] {
  return [
    ...new Set(plan.weeks.flatMap((w) => w.days.flatMap((d) => d.items.map((i) => i.exercise)))),
  ].filter(isHipThrust);
}

/** Two clean sessions at the top of P10's unloaded range (20 two-leg, 15 single-leg). */
const topReps = (exercise: HipThrustId) => (exercise === "single-leg-hip-thrust" ? 15 : 20);
const twoCleanTop = (exercise: HipThrustId) => [
  session(ago(5), exercise, times(3, clean(0, topReps(exercise), 8))),
  session(ago(3), exercise, times(3, clean(0, topReps(exercise), 8))),
];
const novice = (equipment: string[], over: Partial<Profile> = {}) =>
  gymProfile({ experience: "novice", equipment, ...over });

describe("P7: the variation ladder", () => {
  it("P10: bodyweight work with only bands to add goes reps → slower tempo → single-leg → band", () => {
    const profile = novice(["bench", "bands"], { bands: ["light", "heavy"] });
    const top = (daysAgo: number, exercise: HipThrustId) =>
      session(ago(daysAgo), exercise, times(3, clean(0, topReps(exercise), 8)));
    // First time at the top: the same variation, slower, from the bottom of the range.
    const tempo = recommendNext(profile, log(top(3, "bodyweight-hip-thrust")), TODAY);
    expect(tempo.exercise).toBe("bodyweight-hip-thrust");
    expect(tempo.change).toBe("progress-variation");
    expect(tempo.tempo).toMatch(/3 s lowering/);
    expect(tempo.repsTarget).toBe(12);
    // At the top again with the tempo: one leg.
    const single = recommendNext(
      profile,
      log(top(5, "bodyweight-hip-thrust"), top(3, "bodyweight-hip-thrust")),
      TODAY,
    );
    expect(single.exercise).toBe("single-leg-hip-thrust");
    expect(single.reps).toEqual({ min: 8, max: 15 });
    // Then resistance: the lightest band, never "bodyweight".
    const banded = recommendNext(
      profile,
      log(top(7, "single-leg-hip-thrust"), top(5, "single-leg-hip-thrust")),
      TODAY,
    );
    expect(banded.exercise).toBe("banded-hip-thrust");
    expect(banded.band).toBe("light");
    expect(rules(banded)).toContain("P7");
  });

  it("P10: unloaded sets far under the effort floor skip ahead a stage (the next band at once)", () => {
    const profile = novice(["bench", "bands"], { experience: "intermediate", bands: ["light", "heavy"] });
    const easy = times(3, { ...clean(0, 12, 5), band: "light" });
    const rec = recommendNext(profile, log(session(ago(3), "banded-hip-thrust", easy)), TODAY);
    expect(rec.band).toBe("heavy");
    expect(rec.change).toBe("increase-load");
  });

  it("P7: bodyweight hip thrust → dumbbell when dumbbells are there", () => {
    const rec = recommendNext(
      novice(["bench", "dumbbells", "bands"]),
      log(...twoCleanTop("bodyweight-hip-thrust")),
      TODAY,
    );
    expect(rec.change).toBe("progress-variation");
    expect(rec.exercise === "dumbbell-hip-thrust" || rec.exercise === "banded-hip-thrust").toBe(true);
    if (rec.exercise === "dumbbell-hip-thrust") expect(rec.load as number).toBeGreaterThan(0);
  });

  it("P7: single-leg when there is no external load (bench only)", () => {
    const rec = recommendNext(novice(["bench"]), log(...twoCleanTop("bodyweight-hip-thrust")), TODAY);
    expect(rec.change).toBe("progress-variation");
    expect(rec.exercise).toBe("single-leg-hip-thrust");
    expect(rec.load).toBeNull();
  });

  it("P7: with a barbell and plates (no dumbbells, no bands) the next rung up from bodyweight is loaded, not single-leg", () => {
    const rec = recommendNext(
      novice(["barbell", "plates", "bench"]),
      log(...twoCleanTop("bodyweight-hip-thrust")),
      TODAY,
    );
    expect(rec.change).toBe("progress-variation");
    expect(rec.exercise).toBe("barbell-hip-thrust");
  });

  it("P7: a novice's plan with a barbell (no dumbbells, no bands) never pencils in single-leg work", () => {
    const plan = buildPlan(novice(["barbell", "plates", "bench"]), { weeks: 6 });
    expect(hipThrustExercises(plan)).not.toContain("single-leg-hip-thrust");
  });

  it("P7: plan weeks climb the ladder and never step down", () => {
    for (const equipment of [
      [],
      ["bench"],
      ["bench", "bands"],
      ["bench", "dumbbells"],
      ["barbell", "plates", "bench"],
    ]) {
      for (const experience of ["novice", "intermediate"] as const) {
        const plan = buildPlan(gymProfile({ experience, equipment }), { weeks: 8 });
        const rungs = weekVariations(plan).map((v) => Math.max(...v.map((id) => RUNG[id as HipThrustId])));
        for (let i = 1; i < rungs.length; i++)
          expect(rungs[i]).toBeGreaterThanOrEqual(rungs[i - 1] as number);
      }
    }
  });

  it("P7: the dumbbell outgrown moves to the barbell at a makeable load", () => {
    const profile = gymProfile({ equipment: ["barbell", "plates", "bench", "dumbbells"] });
    const rec = recommendNext(
      profile,
      log(session(ago(3), "dumbbell-hip-thrust", times(3, clean(20, 12, 8)))),
      TODAY,
    );
    expect(rec.change === "progress-variation" || rec.change === "increase-load").toBe(true);
    if (rec.exercise === "barbell-hip-thrust") expect(rec.load as number).toBeGreaterThanOrEqual(20);
    if (rec.exercise === "dumbbell-hip-thrust") expect(rec.load as number).toBeGreaterThan(20);
  });
});

describe("V1: no bench → the glute-bridge family", () => {
  const cases: [string, Profile, HipThrustId][] = [
    [
      "no bench in the equipment",
      gymProfile({ equipment: ["barbell", "plates", "dumbbells", "bands"] }),
      "barbell-glute-bridge",
    ],
    ["the no-bench constraint", gymProfile({ constraints: ["no-bench"] }), "barbell-glute-bridge"],
    ["dumbbells only", gymProfile({ equipment: ["dumbbells"] }), "dumbbell-glute-bridge"],
    ["bands only", gymProfile({ equipment: ["bands"] }), "banded-glute-bridge"],
    ["nothing at all", gymProfile({ equipment: [] }), "glute-bridge"],
  ];
  it.each(cases)("V1 (%s): decide, plan and next all use the bridge that fits (%s)", (_, profile, bridge) => {
    expect(decide(profile).variation).toBe(bridge);
    expect(rules(decide(profile))).toContain("V1");
    const planned = hipThrustExercises(buildPlan(profile, { weeks: 6 }));
    expect(planned).toContain(bridge);
    for (const id of planned) expect(id.endsWith("glute-bridge"), id).toBe(true);
    expect(recommendNext(profile, log(), TODAY).exercise).toBe(bridge);
  });

  it("V1: a hip-thrust machine needs no bench, so no-bench with a machine gives the machine", () => {
    const profile = gymProfile({
      equipment: ["barbell", "plates", "hip-thrust-machine"],
      constraints: ["no-bench"],
    });
    const d = decide(profile);
    expect(d.variation).toBe("machine-hip-thrust");
    expect(d.reasons.find((r) => r.rule === "V1")?.message).toMatch(/machine needs none/);
    const plan = buildPlan(profile, { weeks: 4 });
    expect(weekVariations(plan).flat()).toEqual([
      "machine-hip-thrust",
      "machine-hip-thrust",
      "machine-hip-thrust",
      "machine-hip-thrust",
    ]);
    expect(recommendNext(profile, log(), TODAY).exercise).toBe("machine-hip-thrust");
  });

  it("V1 (control): with a bench, the bench variations come before the floor bridges", () => {
    expect(decide(gymProfile({ equipment: ["barbell", "plates", "bench"] })).variation).toBe(
      "barbell-hip-thrust",
    );
    expect(decide(gymProfile({ equipment: ["bands", "bench"] })).variation).toBe("banded-hip-thrust");
  });
});

describe("V2: novices use bodyweight until the form gates hold for two sessions", () => {
  const gym = ["barbell", "plates", "bench", "dumbbells", "bands", "smith-machine", "hip-thrust-machine"];

  it("V2: a novice in a full gym starts with bodyweight", () => {
    const profile = novice(gym);
    expect(["bodyweight-hip-thrust", "glute-bridge"]).toContain(decide(profile).variation);
    const rec = recommendNext(profile, log(), TODAY);
    expect(UNLOADED).toContain(rec.exercise);
    expect(rec.load).toBeNull();
  });

  it("V2: one clean session at the top is not enough to move up", () => {
    const rec = recommendNext(
      novice(gym),
      log(session(ago(3), "bodyweight-hip-thrust", times(3, clean(0, 20)))),
      TODAY,
    );
    expect(rec.exercise).toBe("bodyweight-hip-thrust");
    expect(rec.change).not.toBe("progress-variation");
  });

  it("V2: two clean sessions at the top move the novice up the ladder", () => {
    const rec = recommendNext(novice(gym), log(...twoCleanTop("bodyweight-hip-thrust")), TODAY);
    expect(rec.change).toBe("progress-variation");
    expect(RUNG[rec.exercise as HipThrustId]).toBeGreaterThan(RUNG["bodyweight-hip-thrust"]);
  });

  it.each([
    ["a missed lockout", { fullLockout: false }],
    ["an unrecorded lockout", { fullLockout: undefined }],
    ["pain", { pain: 2 }],
  ] as [string, Partial<LoggedSet>][])(
    "V2: %s in the first of the two sessions keeps the novice on bodyweight",
    (_, flaw) => {
      const flawed = session(ago(5), "bodyweight-hip-thrust", times(3, { ...clean(0, 20), ...flaw }));
      const good = session(ago(3), "bodyweight-hip-thrust", times(3, clean(0, 20)));
      const rec = recommendNext(novice(gym), log(flawed, good), TODAY);
      expect(rec.exercise).toBe("bodyweight-hip-thrust");
      expect(rec.change).not.toBe("progress-variation");
    },
  );
});

describe("V3: the variation fits the equipment", () => {
  it.each([
    [["bench", "dumbbells"], "dumbbell-hip-thrust"],
    [["bench", "bands"], "banded-hip-thrust"],
    [["bench", "smith-machine", "plates"], "smith-machine-hip-thrust"],
    [["bench", "barbell", "plates"], "barbell-hip-thrust"],
  ] as [string[], HipThrustId][])("V3: an intermediate with %j gets the %s", (equipment, id) => {
    const profile = gymProfile({ equipment });
    expect(decide(profile).variation).toBe(id);
    expect(recommendNext(profile, log(), TODAY).exercise).toBe(id);
  });

  it("V3: a barbell without plates is not a barbell hip thrust", () => {
    const profile = gymProfile({ equipment: ["bench", "barbell"] });
    expect(decide(profile).variation).not.toBe("barbell-hip-thrust");
    expect(fits(decide(profile).variation, ["bench", "barbell"])).toBe(true);
  });

  it("V3: when the logged variation no longer fits the equipment, next switches to one that does", () => {
    const profile = gymProfile({ equipment: ["bench", "dumbbells"] });
    const past = session(ago(3), "barbell-hip-thrust", times(3, clean(60, 10)));
    const rec = recommendNext(profile, log(past), TODAY);
    expect(rec.exercise).not.toBe("barbell-hip-thrust");
    expect(fits(rec.exercise as HipThrustId, profile.equipment)).toBe(true);
    expect(rules(rec)).toContain("V3");
  });

  it("V3: every hip-thrust item of a plan fits the equipment it was built for", () => {
    const kits = [[], ["bench"], ["bench", "bands"], ["bench", "dumbbells"], ["hip-thrust-machine", "bench"]];
    for (const equipment of kits) {
      for (const experience of ["novice", "intermediate", "advanced"] as const) {
        const plan = buildPlan(gymProfile({ experience, equipment }), { weeks: 6 });
        for (const id of hipThrustExercises(plan)) expect(fits(id, equipment)).toBe(true);
      }
    }
  });
});

describe("V4: tempo, foot-position and single-leg variations against plateaus", () => {
  it("V4: a stall on an unloaded variation gives tempo / foot / single-leg advice, not a load", () => {
    const flat = (date: string) => session(date, "bodyweight-hip-thrust", times(3, clean(0, 10, 8)));
    const rec = recommendNext(
      gymProfile({ equipment: ["bench"] }),
      log(flat(ago(10)), flat(ago(7)), flat(ago(5)), flat(ago(2))),
      TODAY,
    );
    expect(codes(rec)).toContain("stall");
    expect(rules(rec)).toContain("V4");
    const advice = rec.reasons.find((r) => r.rule === "V4")?.message ?? "";
    expect(advice).toMatch(/tempo|slow/i);
    expect(advice).toMatch(/foot|feet|single-leg/i);
    expect(rec.load).toBeNull();
  });

  it("V4: the top of the unloaded ladder (single-leg, bench only) reached cleanly → tempo advice", () => {
    const rec = recommendNext(
      gymProfile({ equipment: ["bench"] }),
      log(...twoCleanTop("single-leg-hip-thrust")),
      TODAY,
    );
    expect(rec.exercise).toBe("single-leg-hip-thrust");
    expect(rules(rec)).toContain("V4");
    expect(rec.reasons.find((r) => r.rule === "V4")?.message ?? "").toMatch(/tempo|slow|pause/i);
  });
});
