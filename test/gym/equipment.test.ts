// Issue 12, the person's equipment: profile detail checked field by field, and logged loads that
// the person's own equipment cannot make refused as a pure check (V3).
import { describe, expect, it } from "vitest";
import { profileSchema } from "../../src/contract/profile.js";
import { decide } from "../../src/core/decide.js";
import { loggedLoadProblems } from "../../src/core/equipment.js";
import type { Profile } from "../../src/core/types.js";
import { gymProfile } from "../support/builders.js";

const issues = (profile: unknown) => {
  const result = profileSchema.safeParse(profile);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("profile equipment fields: validation with clear errors", () => {
  it("refuses a machineMax below machineStep, naming machineMax", () => {
    const found = issues({ ...gymProfile(), machineStep: 5, machineMax: 2.5 });
    expect(found).toEqual([
      { path: "machineMax", message: expect.stringMatching(/2\.5 is below machineStep \(5\)/) },
    ]);
  });

  it("refuses a band listed twice (any case), naming the repeat", () => {
    const found = issues({ ...gymProfile(), bands: ["light", "medium", "Light"] });
    expect(found).toEqual([{ path: "bands.2", message: expect.stringMatching(/repeats bands\[0\]/) }]);
  });

  it("refuses a repeated sport day and one outside 1–7", () => {
    expect(issues({ ...gymProfile(), sportDays: [2, 4, 2] })).toEqual([
      { path: "sportDays.2", message: expect.stringMatching(/day 2 repeats sportDays\[0\]/) },
    ]);
    expect(issues({ ...gymProfile(), sportDays: [8] }).map((i) => i.path)).toEqual(["sportDays.0"]);
  });

  it("refuses a zero or negative dumbbellMax or machineStep, and a negative smithBarWeight", () => {
    expect(issues({ ...gymProfile(), dumbbellMax: 0 }).map((i) => i.path)).toEqual(["dumbbellMax"]);
    expect(issues({ ...gymProfile(), machineStep: -5 }).map((i) => i.path)).toContain("machineStep");
    expect(issues({ ...gymProfile(), smithBarWeight: -1 }).map((i) => i.path)).toEqual(["smithBarWeight"]);
  });

  it("accepts consistent detail, and a counterbalanced Smith bar of 0", () => {
    const ok = {
      ...gymProfile(),
      dumbbellMax: 32.5,
      bands: ["light", "medium", "heavy"],
      smithBarWeight: 0,
      machineStep: 5,
      machineMax: 150,
      sportDays: [2, 6],
    };
    expect(issues(ok)).toEqual([]);
  });

  it("cautions when detail is given for equipment the profile does not list", () => {
    const d = decide(gymProfile({ equipment: ["bench", "bands"], dumbbellMax: 20 }));
    const caution = d.cautions.find((c) => c.code === "unused-detail");
    expect(caution?.message).toMatch(/dumbbellMax is set but equipment does not list "dumbbells"/);
    expect(decide(gymProfile({ dumbbellMax: 20 })).cautions.map((c) => c.code)).not.toContain(
      "unused-detail",
    );
  });
});

describe("V3: a logged load the person's equipment cannot make is a clear error naming the field", () => {
  const one = (profile: Profile, exercise: string, load: number, unit = profile.unit, extra = {}) =>
    loggedLoadProblems(profile, [{ exercise, sets: [{ load, ...extra }] }], unit);

  it("V3: a barbell load below the stated bar names barWeight; at the bar it is fine", () => {
    const profile = gymProfile({ barWeight: 20 });
    expect(one(profile, "barbell-hip-thrust", 15)).toEqual([
      {
        path: ["exercises", 0, "sets", 0, "load"],
        problem: expect.stringMatching(/15 kg is below the bar's own weight \(barWeight 20 kg\)/),
      },
    ]);
    expect(one(profile, "barbell-hip-thrust", 20)).toEqual([]);
    expect(one(profile, "barbell-glute-bridge", 10)).toHaveLength(1);
  });

  it("V3: without barWeight the 20 kg / 45 lb bar is assumed, and the message says so", () => {
    const lb = gymProfile({ unit: "lb", barWeight: undefined });
    expect(one(lb, "barbell-hip-thrust", 40)[0]?.problem).toMatch(
      /45 lb, assumed because barWeight is not set/,
    );
    expect(one(lb, "barbell-hip-thrust", 45)).toEqual([]);
  });

  it("V3: loads typed in the other unit are compared after conversion (a 20 kg bar is 44.09 lb)", () => {
    const kg = gymProfile({ barWeight: 20 });
    expect(one(kg, "barbell-hip-thrust", 44, "lb")[0]?.problem).toMatch(/44 lb is below .*44\.09 lb/);
    expect(one(kg, "barbell-hip-thrust", 45, "lb")).toEqual([]);
  });

  it("V3: a bodyweight warm-up (load 0) logged under a barbell lift is allowed; a working set at 0 is not", () => {
    const profile = gymProfile();
    expect(one(profile, "barbell-hip-thrust", 0, "kg", { warmup: true })).toEqual([]);
    expect(one(profile, "barbell-hip-thrust", 0)).toHaveLength(1);
  });

  it("V3: a Smith set below smithBarWeight names it; with no smithBarWeight there is nothing to check", () => {
    const stated = gymProfile({ equipment: ["smith-machine", "plates", "bench"], smithBarWeight: 7 });
    expect(one(stated, "smith-machine-hip-thrust", 5)[0]?.problem).toMatch(/smithBarWeight 7 kg/);
    expect(one(stated, "smith-machine-hip-thrust", 7)).toEqual([]);
    expect(one(gymProfile({ equipment: ["smith-machine"] }), "smith-machine-hip-thrust", 5)).toEqual([]);
  });

  it("V3: a dumbbell over dumbbellMax names dumbbellMax; at it is fine", () => {
    const home = gymProfile({ equipment: ["dumbbells", "bench"], dumbbellMax: 30 });
    expect(one(home, "dumbbell-hip-thrust", 32.5)).toEqual([
      {
        path: ["exercises", 0, "sets", 0, "load"],
        problem: expect.stringMatching(/32\.5 kg is above your heaviest dumbbell \(dumbbellMax 30 kg\)/),
      },
    ]);
    expect(one(home, "dumbbell-glute-bridge", 35)).toHaveLength(1);
    expect(one(home, "dumbbell-hip-thrust", 30)).toEqual([]);
  });

  it("V3: a machine load over machineMax, and a band that is not among the bands, are refused", () => {
    const gym = gymProfile({
      equipment: ["hip-thrust-machine", "bands"],
      machineMax: 100,
      bands: ["light", "heavy"],
    });
    expect(one(gym, "machine-hip-thrust", 110)[0]?.problem).toMatch(/machineMax 100 kg/);
    const band = one(gym, "banded-hip-thrust", 0, "kg", { band: "medium" });
    expect(band).toEqual([
      {
        path: ["exercises", 0, "sets", 0, "band"],
        problem: expect.stringMatching(/"medium" is not one of your bands/),
      },
    ]);
    expect(one(gym, "banded-hip-thrust", 0, "kg", { band: "heavy" })).toEqual([]);
  });

  it("V3: every bad set is reported, at its own path", () => {
    const profile = gymProfile({ dumbbellMax: 20 });
    const problems = loggedLoadProblems(profile, [
      { exercise: "barbell-hip-thrust", sets: [{ load: 60 }, { load: 10 }] },
      { exercise: "dumbbell-hip-thrust", sets: [{ load: 25 }] },
    ]);
    expect(problems.map((p) => p.path.join("."))).toEqual([
      "exercises.0.sets.1.load",
      "exercises.1.sets.0.load",
    ]);
  });
});
