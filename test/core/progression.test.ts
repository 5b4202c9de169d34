// P1–P8 in `next`: light start, double progression gated by form, load steps made of the
// person's plates, overreach cut, stall, variation ladder, e1RM.
import { describe, expect, it } from "vitest";
import { recommendNext } from "../../src/core/next/recommend.js";
import { epley, estimateE1rm, rpeTablePercent } from "../../src/core/progression/e1rm.js";
import { platesPerSide } from "../../src/core/progression/plates.js";
import type { LoggedSet, Profile } from "../../src/core/types.js";
import { ago, clean, gymProfile, KG_PLATES, log, session, TODAY, times } from "../support/builders.js";
import { makeable } from "../support/spec.js";

const codes = (rec: { warnings: { code: string }[] }) => rec.warnings.map((w) => w.code);
const rules = (rec: { reasons: { rule: string }[] }) => rec.reasons.map((r) => r.rule);
const bar = (date: string, sets: LoggedSet[]) => session(date, "barbell-hip-thrust", sets);
const next = (profile: Profile, ...sessions: ReturnType<typeof bar>[]) =>
  recommendNext(profile, log(...sessions), TODAY);

describe("P1: start with bodyweight or a light load", () => {
  it("P1: a novice's first session is bodyweight (load null), change start", () => {
    const rec = next(gymProfile({ experience: "novice" }));
    expect(rec.change).toBe("start");
    expect(rec.load).toBeNull();
    expect(["bodyweight-hip-thrust", "glute-bridge"]).toContain(rec.exercise);
    expect(rules(rec)).toContain("P1");
  });

  it.each(["intermediate", "advanced"] as const)(
    "P1: an %s lifter's first barbell session is light: at most bodyweight, and makeable",
    (experience) => {
      const rec = next(gymProfile({ experience, bodyweight: 80 }));
      expect(rec.change).toBe("start");
      expect(rec.exercise).toBe("barbell-hip-thrust");
      expect(rec.load).not.toBeNull();
      expect(rec.load as number).toBeLessThanOrEqual(80);
      expect(makeable(rec.load as number, 20, KG_PLATES)).toBe(true);
      expect(rules(rec)).toContain("P1");
    },
  );

  it("P1: without a bodyweight, the first barbell session is the lightest load the equipment makes", () => {
    const { bodyweight: _, ...noWeight } = gymProfile();
    const rec = next(noWeight);
    expect(rec.load).toBe(20);
  });
});

describe("P2: double progression", () => {
  it("P2: every set at the top (12) at or under RPE 9 with every gate held → add load: 60 → 62.5 kg", () => {
    const rec = next(gymProfile(), bar(ago(3), times(3, clean(60, 12, 9))));
    expect(rec.change).toBe("increase-load");
    expect(rec.load).toBe(62.5);
    expect(rules(rec)).toContain("P2");
  });

  it("P2: one set short of the top → add reps at the same load", () => {
    const rec = next(gymProfile(), bar(ago(3), [clean(60, 12), clean(60, 12), clean(60, 11)]));
    expect(rec.change).toBe("add-reps");
    expect(rec.load).toBe(60);
    expect(rules(rec)).toContain("P2");
  });

  it("P2 and P9: the top reached above the RPE ceiling (RPE 10 for G2's 7–9) → no increase; the reps held at about 5% less", () => {
    const rec = next(gymProfile(), bar(ago(3), [clean(60, 12, 9), clean(60, 12, 9), clean(60, 12, 10)]));
    expect(rec.change).toBe("reduce-load");
    expect(rec.load).toBe(57.5);
    expect(rec.repsTarget).toBe(12);
    expect(rules(rec)).toContain("P9");
    expect(rec.warnings.map((w) => w.code)).toContain("effort-above-target");
    expect(rec.reasons.find((r) => r.rule === "P9")?.message).toMatch(/RPE/);
  });

  it("P2: fewer sets than planned (2 of G2's 3) at the top → no load increase", () => {
    const rec = next(gymProfile(), bar(ago(3), times(2, clean(60, 12, 8))));
    expect(rec.change).not.toBe("increase-load");
    expect(rec.load).toBe(60);
  });

  it("P2 with G1: 3 × 5 at RPE 8.5 with form held → add load", () => {
    const rec = next(gymProfile({ goal: "strength" }), bar(ago(3), times(3, clean(100, 5, 8.5))));
    expect(rec.change).toBe("increase-load");
    expect(rec.load).toBe(102.5);
  });

  it("P2 with G1: 3 × 4 → add reps at the same load", () => {
    const rec = next(gymProfile({ goal: "strength" }), bar(ago(3), times(3, clean(100, 4, 8.5))));
    expect(rec.change).toBe("add-reps");
    expect(rec.load).toBe(100);
  });

  it("P2: warm-up sets below the range do not stop the increase", () => {
    const sets = [...times(2, { load: 20, reps: 5, warmup: true }), ...times(3, clean(60, 12, 8))];
    const rec = next(gymProfile(), bar(ago(3), sets));
    expect(rec.change).toBe("increase-load");
    expect(rec.load).toBe(62.5);
  });
});

describe("P3: form gates", () => {
  it("P3: a missed lockout on one set → hold, never raise; form-breakdown", () => {
    const sets = [clean(60, 12), clean(60, 12), { ...clean(60, 12), fullLockout: false }];
    const rec = next(gymProfile(), bar(ago(3), sets));
    expect(rec.change).not.toBe("increase-load");
    expect(rec.load).not.toBeNull();
    expect(rec.load as number).toBeLessThanOrEqual(60);
    expect(codes(rec)).toContain("form-breakdown");
    expect(rules(rec)).toContain("P3");
  });

  it("P3: an uncontrolled descent → hold, never raise; form-breakdown", () => {
    const sets = [{ ...clean(60, 12), controlled: false }, clean(60, 12), clean(60, 12)];
    const rec = next(gymProfile(), bar(ago(3), sets));
    expect(rec.change).not.toBe("increase-load");
    expect(rec.load as number).toBeLessThanOrEqual(60);
    expect(codes(rec)).toContain("form-breakdown");
  });

  it("P3: missing form fields are unknown, not a pass: no increase", () => {
    const unknown = times(3, { load: 60, reps: 12, rpe: 8 });
    const rec = next(gymProfile(), bar(ago(3), unknown));
    expect(rec.change).not.toBe("increase-load");
    expect(rec.load).toBe(60);
    expect(rules(rec)).toContain("P3");
  });

  it("P3: a lockout a video could not judge (plate over the hip) holds the load and says to log it; logged, the load goes up", () => {
    const { fullLockout: _unjudged, ...filmed } = clean(60, 12);
    const held = next(gymProfile(), bar(ago(3), times(3, filmed)));
    expect(held.change).toBe("hold");
    expect(held.load).toBe(60);
    expect(JSON.stringify(held)).toMatch(/a plate hid the hip\): log them for one session/);
    const logged = next(gymProfile(), bar(ago(3), times(3, clean(60, 12))));
    expect(logged.change).toBe("increase-load");
  });

  it.each(["fullLockout", "controlled", "pain"] as const)(
    "P3: one missing %s field on one set is enough to hold the load",
    (field) => {
      const partial: LoggedSet = { ...clean(60, 12) };
      delete partial[field];
      const rec = next(gymProfile(), bar(ago(3), [clean(60, 12), clean(60, 12), partial]));
      expect(rec.change).not.toBe("increase-load");
      expect(rec.load).toBe(60);
    },
  );

  it("P3: form broken in two sessions running → hold or cut, never raise", () => {
    const broken = times(3, { ...clean(60, 12), fullLockout: false });
    const rec = next(gymProfile(), bar(ago(5), broken), bar(ago(3), broken));
    expect(rec.change).not.toBe("increase-load");
    expect(rec.load as number).toBeLessThanOrEqual(60);
    expect(codes(rec)).toContain("form-breakdown");
  });
});

describe("P4: load steps made of the person's plates", () => {
  it("P4: 60 kg → 62.5 kg with plates [20,10,5,2.5,1.25] and a 20 kg bar: per side 20 + 1.25", () => {
    const rec = next(gymProfile(), bar(ago(3), times(3, clean(60, 12))));
    expect(rec.load).toBe(62.5);
    expect(rec.plates?.bar).toBe(20);
    expect([...(rec.plates?.perSide ?? [])].sort((a, b) => b - a)).toEqual([20, 1.25]);
    expect(rules(rec)).toContain("P4");
  });

  it("P4: 135 lb → 140 lb with plates [45,25,10,5,2.5] and a 45 lb bar: per side 45 + 2.5", () => {
    const lb = gymProfile({ unit: "lb", bodyweight: 170, plates: [45, 25, 10, 5, 2.5], barWeight: 45 });
    const rec = next(lb, bar(ago(3), times(3, clean(135, 12))));
    expect(rec.change).toBe("increase-load");
    expect(rec.load).toBe(140);
    expect(rec.unit).toBe("lb");
    expect([...(rec.plates?.perSide ?? [])].sort((a, b) => b - a)).toEqual([45, 2.5]);
  });

  it("P4: 135 lb → 140 lb with the profile's default plates (none listed)", () => {
    const { plates: _p, barWeight: _b, ...rest } = gymProfile({ unit: "lb", bodyweight: 170 });
    const rec = next(rest, bar(ago(3), times(3, clean(135, 12))));
    expect(rec.load).toBe(140);
  });

  it("P4: with 2.5 kg as the smallest plate the step is 5 kg (60 → 65), the smallest makeable", () => {
    const rec = next(gymProfile({ plates: [20, 10, 5, 2.5] }), bar(ago(3), times(3, clean(60, 12))));
    expect(rec.load).toBe(65);
    expect(makeable(65, 20, [20, 10, 5, 2.5])).toBe(true);
  });

  it("P4: a 15 kg bar: 57.5 kg → 60 kg (per side 20 + 2.5)", () => {
    const rec = next(gymProfile({ barWeight: 15 }), bar(ago(3), times(3, clean(57.5, 12))));
    expect(rec.load).toBe(60);
    expect(makeable(60, 15, KG_PLATES)).toBe(true);
  });

  it("P4: the kg step is 1–2.5 kg and the lb step 2.5–5 lb when small plates exist", () => {
    for (const start of [40, 52.5, 77.5, 102.5, 140]) {
      const rec = next(gymProfile(), bar(ago(3), times(3, clean(start, 12))));
      expect((rec.load as number) - start).toBeGreaterThanOrEqual(1);
      expect((rec.load as number) - start).toBeLessThanOrEqual(2.5);
    }
    const lb = gymProfile({ unit: "lb", plates: [45, 25, 10, 5, 2.5], barWeight: 45 });
    for (const start of [95, 135, 185, 225, 315]) {
      const rec = next(lb, bar(ago(3), times(3, clean(start, 12))));
      expect((rec.load as number) - start).toBeGreaterThanOrEqual(2.5);
      expect((rec.load as number) - start).toBeLessThanOrEqual(5);
    }
  });

  it("P4: at most one increase per 7 days (increase 3 days ago → hold)", () => {
    const rec = next(
      gymProfile(),
      bar(ago(10), times(3, clean(57.5, 12))),
      bar(ago(5), times(3, clean(60, 12))),
      bar(ago(3), times(3, clean(62.5, 12))),
    );
    expect(rec.change).not.toBe("increase-load");
    expect(rec.load).toBe(62.5);
    expect(rules(rec)).toContain("P4");
  });

  it("P4: an increase exactly 7 days ago no longer blocks the next one", () => {
    const rec = next(
      gymProfile(),
      bar(ago(9), times(3, clean(60, 12))),
      bar(ago(7), times(3, clean(62.5, 12))),
      bar(ago(3), times(3, clean(62.5, 12))),
    );
    expect(rec.change).toBe("increase-load");
    expect(rec.load).toBe(65);
  });

  it("P4: a logged load the listed plates cannot make (61 kg) is not handed back: next's load is makeable", () => {
    const rec = next(gymProfile(), bar(ago(3), times(3, clean(61, 10))));
    expect(rec.train).toBe(true);
    expect(rec.load).not.toBeNull();
    expect(makeable(rec.load as number, 20, KG_PLATES)).toBe(true);
    expect(rec.load as number).toBeLessThanOrEqual(62.5);
  });

  it("P4: plates per side add up to the load", () => {
    for (const total of [20, 42.5, 62.5, 102.5, 187.5]) {
      const made = platesPerSide(total, 20, KG_PLATES);
      expect(made).not.toBeNull();
      const side = (made?.perSide ?? []).reduce((a, b) => a + b, 0);
      expect(20 + 2 * side).toBeCloseTo(total, 9);
    }
    expect(platesPerSide(61, 20, KG_PLATES)).toBeNull();
    expect(platesPerSide(15, 20, KG_PLATES)).toBeNull();
  });
});

describe("P5: reps below the floor at RPE 10 → about 5% lighter", () => {
  it("P5: 100 kg, a set of 6 (floor 8) at RPE 10 → reduce-load to about 95 kg", () => {
    const rec = next(gymProfile(), bar(ago(3), [clean(100, 9, 9), clean(100, 7, 10), clean(100, 6, 10)]));
    expect(rec.change).toBe("reduce-load");
    expect(rec.load as number).toBeGreaterThanOrEqual(93);
    expect(rec.load as number).toBeLessThanOrEqual(97);
    expect(makeable(rec.load as number, 20, KG_PLATES)).toBe(true);
    expect(rules(rec)).toContain("P5");
  });

  it("P5: reps below the floor at RPE 9 are not the P5 case (no cut)", () => {
    const rec = next(gymProfile(), bar(ago(3), [clean(100, 9, 9), clean(100, 7, 9), clean(100, 7, 9)]));
    expect(rec.change).not.toBe("reduce-load");
    expect(rec.load).toBe(100);
  });
});

describe("P6: no progress across three sessions → stall, deload about 10%", () => {
  const flat = (date: string) => bar(date, times(3, clean(100, 10, 9)));

  it("P6: the same load and reps for four sessions → stall and about 10% lighter (or a new variation)", () => {
    const rec = next(gymProfile(), flat(ago(10)), flat(ago(7)), flat(ago(5)), flat(ago(2)));
    expect(codes(rec)).toContain("stall");
    if (rec.exercise === "barbell-hip-thrust") {
      expect(rec.load as number).toBeGreaterThanOrEqual(85);
      expect(rec.load as number).toBeLessThanOrEqual(95);
      expect(makeable(rec.load as number, 20, KG_PLATES)).toBe(true);
    }
    expect(rules(rec).some((r) => r === "P6" || r === "V4")).toBe(true);
  });

  it("P6: reps rising each session is progress, not a stall", () => {
    const rec = next(
      gymProfile(),
      bar(ago(7), times(3, clean(100, 9, 9))),
      bar(ago(5), times(3, clean(100, 10, 9))),
      bar(ago(2), times(3, clean(100, 11, 9))),
    );
    expect(codes(rec)).not.toContain("stall");
    expect(rec.load).toBe(100);
  });
});

describe("P8: e1RM from reps and RPE", () => {
  it("P8: Epley: 100 kg × 10 → 133.3 kg; a single is the load itself", () => {
    expect(epley(100, 10)).toBeCloseTo(133.33, 1);
    expect(epley(100, 1)).toBe(100);
    expect(estimateE1rm(100, 10)).toEqual({ value: expect.closeTo(133.33, 1), method: "epley" });
  });

  it("P8: RPE table: 5 reps at RPE 8 are 81.1% of 1RM; 1 rep at RPE 10 is 100%", () => {
    expect(rpeTablePercent(5, 8)).toBeCloseTo(0.811, 3);
    expect(rpeTablePercent(1, 10)).toBeCloseTo(1, 6);
    expect(rpeTablePercent(3, 10)).toBeCloseTo(0.922, 3);
    const e = estimateE1rm(100, 5, 8);
    expect(e?.method).toBe("rpe-table");
    expect(e?.value).toBeCloseTo(123.3, 1);
  });

  it("P8: a heavier set gives a higher e1RM; more reps in reserve at the same load give a higher e1RM", () => {
    expect((estimateE1rm(110, 5, 8)?.value as number) > (estimateE1rm(100, 5, 8)?.value as number)).toBe(
      true,
    );
    expect((estimateE1rm(100, 5, 7)?.value as number) > (estimateE1rm(100, 5, 9)?.value as number)).toBe(
      true,
    );
  });

  it("P8: next reports the e1RM of the last session with its method", () => {
    const rec = next(gymProfile(), bar(ago(3), [clean(100, 5, 8), clean(100, 5, 8), clean(100, 5, 8)]));
    expect(rec.e1rm?.method).toBe("rpe-table");
    expect(rec.e1rm?.value).toBeCloseTo(123.3, 0);
    const noRpe = next(gymProfile(), bar(ago(3), times(3, { ...clean(100, 10), rpe: undefined })));
    expect(noRpe.e1rm?.method).toBe("epley");
    expect(noRpe.e1rm?.value).toBeCloseTo(133.3, 0);
  });
});
