// F4 (volume spike), F5 (high soreness or fatigue) and F6 (pain) in `next`.
import { describe, expect, it } from "vitest";
import { volumeTrend } from "../../src/core/analytics/volume.js";
import { recommendNext } from "../../src/core/next/recommend.js";
import type { Session } from "../../src/core/types.js";
import { ago, checkIn, clean, gymProfile, log, session, TODAY, times } from "../support/builders.js";
import { addDays } from "../support/spec.js";

const codes = (rec: { warnings: { code: string }[] }) => rec.warnings.map((w) => w.code);
const rules = (rec: { reasons: { rule: string }[] }) => rec.reasons.map((r) => r.rule);

describe("F4: a week's hard sets above 1.5× the mean of the previous four weeks", () => {
  // A Sunday, so "this week" is the same 7 days whether weeks are read as rolling or as Mon–Sun.
  const SUNDAY = "2026-12-06";
  const daysBack = (days: number) => addDays(SUNDAY, -days);
  const hard = (n: number, date: string) => session(date, "barbell-hip-thrust", times(n, clean(60, 10, 8)));
  // Four full weeks before this one, each with 2 sessions of 3 hard sets: a mean of 6 a week.
  const baseline: Session[] = [33, 30, 26, 23, 19, 16, 12, 9].map((d) => hard(3, daysBack(d)));

  it("F4: volumeTrend finds no spike at exactly 1.5× (9 hard sets against a mean of 6)", () => {
    const trend = volumeTrend(log(...baseline, hard(5, daysBack(4)), hard(4, daysBack(2))), SUNDAY, 0);
    expect(trend.thisWeek).toBe(9);
    expect(trend.baseline).toBe(6);
    expect(trend.spike).toBe(false);
  });

  it("F4: volumeTrend finds a spike just above 1.5× (10 hard sets against a mean of 6)", () => {
    const trend = volumeTrend(log(...baseline, hard(5, daysBack(4)), hard(5, daysBack(2))), SUNDAY, 0);
    expect(trend.thisWeek).toBe(10);
    expect(trend.spike).toBe(true);
  });

  it("F4: warm-up sets and sets at RPE 6 or less are not hard sets", () => {
    const easy = session(daysBack(2), "barbell-hip-thrust", [
      ...times(4, { load: 20, reps: 10, warmup: true }),
      ...times(4, clean(40, 10, 5)),
      ...times(3, clean(60, 10, 8)),
    ]);
    const trend = volumeTrend(log(...baseline, hard(3, daysBack(4)), easy), SUNDAY, 0);
    expect(trend.thisWeek).toBe(6);
    expect(trend.spike).toBe(false);
  });

  it("F4: next warns volume-spike when this week already holds 10 hard sets against a mean of 6", () => {
    const rec = recommendNext(
      gymProfile(),
      log(...baseline, hard(5, daysBack(4)), hard(5, daysBack(2))),
      SUNDAY,
    );
    expect(rec.train).toBe(true);
    expect(codes(rec)).toContain("volume-spike");
    expect(rules(rec)).toContain("F4");
  });

  it("F4: next gives no volume-spike when the week, today's sets included, stays at 1.5× (9 of 6)", () => {
    const rec = recommendNext(
      gymProfile(),
      log(...baseline, hard(3, daysBack(4)), hard(3, daysBack(2))),
      SUNDAY,
    );
    expect(rec.train).toBe(true);
    expect(rec.sets).toBe(3);
    expect(codes(rec)).not.toContain("volume-spike");
  });

  it("F4: next still warns volume-spike on a day it says to rest (F1 after yesterday's session)", () => {
    const rec = recommendNext(
      gymProfile(),
      log(...baseline, hard(7, daysBack(4)), hard(6, daysBack(1))),
      SUNDAY,
    );
    expect(rec.train).toBe(false);
    expect(codes(rec)).toEqual(expect.arrayContaining(["rest-under-48h", "volume-spike"]));
    expect(rec.warnings.find((w) => w.code === "volume-spike")?.message).toContain(
      "already has 13 hard sets",
    );
  });

  it("F4: a week within what the programme asks is no spike, however easy the weeks before", () => {
    // Four easy weeks (2 sessions of 2 hard sets: a mean of 4), then the block's sets at its RPE.
    const easy = [33, 30, 26, 23, 19, 16, 12, 9].map((d) => hard(2, daysBack(d)));
    const thisWeek = [hard(3, daysBack(4)), hard(3, daysBack(2))];
    expect(volumeTrend(log(...easy, ...thisWeek), SUNDAY, 3).spike).toBe(true);
    const rec = recommendNext(gymProfile(), log(...easy, ...thisWeek), SUNDAY);
    expect(rec.train).toBe(true);
    expect(rec.sets).toBeLessThanOrEqual(4);
    expect(codes(rec)).not.toContain("volume-spike");
  });

  it("F4: a new lifter's first weeks are never a spike", () => {
    expect(codes(recommendNext(gymProfile(), log(), SUNDAY))).not.toContain("volume-spike");
    const firstWeek = log(hard(5, daysBack(5)), hard(5, daysBack(2)));
    expect(codes(recommendNext(gymProfile(), firstWeek, SUNDAY))).not.toContain("volume-spike");
    expect(volumeTrend(firstWeek, SUNDAY, 0).spike).toBe(false);
  });

  it("F4: a first week that began with the lifter's first session is not a baseline week", () => {
    // Started on the Saturday 15 days back, then three sessions a week of 3 sets, then 4: the block's own climb.
    const start = [15, 13, 11, 9].map((d) => hard(3, daysBack(d)));
    const weekTwo = [4, 2].map((d) => hard(4, daysBack(d)));
    const trend = volumeTrend(log(...start, ...weekTwo), SUNDAY, 4);
    expect(trend.thisWeek).toBe(12);
    // Only the week 7–13 days back is whole history (9 sets); the week holding day 15 had one session.
    expect(trend.weeksInBaseline).toBe(1);
    expect(trend.spike).toBe(false);
  });
});

describe("F5: soreness or fatigue of 7+ on the day's check-in", () => {
  const history = [session(ago(3), "barbell-hip-thrust", times(4, clean(60, 10, 8)))];
  const fresh = recommendNext(gymProfile(), log(...history), TODAY);

  it("F5: without a check-in the day is a normal day of the block's first week: 3 sets up to RPE 8 (the baseline)", () => {
    expect(fresh.train).toBe(true);
    expect(fresh.sets).toBe(3);
    expect(fresh.rpe.max).toBe(8);
    expect(codes(fresh)).not.toContain("high-soreness");
  });

  it.each([
    { soreness: 7, fatigue: 2 },
    { soreness: 1, fatigue: 7 },
    { soreness: 8, fatigue: 8, sleepHours: 5 },
  ])("F5: check-in %o → one set fewer, RPE cap 7, high-soreness", (readiness) => {
    const rec = recommendNext(gymProfile(), log(...history, checkIn(TODAY, readiness)), TODAY);
    expect(rec.train).toBe(true);
    expect(rec.sets).toBe(fresh.sets - 1);
    expect(rec.rpe.max).toBeLessThanOrEqual(7);
    expect(rec.rpe.min).toBeLessThanOrEqual(rec.rpe.max);
    expect(codes(rec)).toContain("high-soreness");
    expect(rules(rec)).toContain("F5");
  });

  it.each([
    { soreness: 9, fatigue: 2 },
    { soreness: 1, fatigue: 10 },
    { soreness: 7, fatigue: 3, sleepHours: 4.5 },
  ])("F5: check-in %o (9–10, or 7+ after under 5 h sleep) → rest or activation only", (readiness) => {
    const rec = recommendNext(gymProfile(), log(...history, checkIn(TODAY, readiness)), TODAY);
    expect(rec.train).toBe(false);
    expect(rec.change).toBe("rest");
    expect(rec.activation?.rpe.max).toBeLessThanOrEqual(6);
    expect(codes(rec)).toContain("high-soreness");
    expect(rules(rec)).toContain("F5");
  });

  it("F5: a check-in of 7 trims the target to what RPE 7 allows: fewer reps than the untrimmed day", () => {
    const rec = recommendNext(gymProfile(), log(...history, checkIn(TODAY, { soreness: 7 })), TODAY);
    expect(rec.repsTarget as number).toBeLessThan(fresh.repsTarget as number);
    expect(rec.change).not.toBe("increase-load");
  });

  it("F5: 6 out of 10 is not high", () => {
    const rec = recommendNext(
      gymProfile(),
      log(...history, checkIn(TODAY, { soreness: 6, fatigue: 6 })),
      TODAY,
    );
    expect(rec.sets).toBe(fresh.sets);
    expect(rec.rpe.max).toBe(fresh.rpe.max);
    expect(codes(rec)).not.toContain("high-soreness");
  });

  it("F5: yesterday's check-in is not today's", () => {
    const rec = recommendNext(gymProfile(), log(...history, checkIn(ago(1), { soreness: 9 })), TODAY);
    expect(rec.sets).toBe(fresh.sets);
    expect(codes(rec)).not.toContain("high-soreness");
  });

  it("F5 with G1: the cap of RPE 7 applies to strength work too", () => {
    const strength = gymProfile({ goal: "strength" });
    const past = session(ago(3), "barbell-hip-thrust", times(4, clean(100, 4, 8)));
    const normal = recommendNext(strength, log(past), TODAY);
    const sore = recommendNext(strength, log(past, checkIn(TODAY, { soreness: 8 })), TODAY);
    expect(sore.sets).toBe(normal.sets - 1);
    expect(sore.rpe.max).toBeLessThanOrEqual(7);
  });

  it("F5 and P3: soreness carried into the day blocks a load increase that was otherwise due", () => {
    const top = [session(ago(3), "barbell-hip-thrust", times(3, clean(60, 12, 8)))];
    expect(recommendNext(gymProfile(), log(...top), TODAY).load).toBe(62.5);
    const sore = recommendNext(gymProfile(), log(...top, checkIn(TODAY, { soreness: 7 })), TODAY);
    expect(sore.change).not.toBe("increase-load");
    expect(sore.load).toBeLessThanOrEqual(60);
  });
});

describe("F6: pain", () => {
  const atTop = (date: string, pain: number) =>
    session(date, "barbell-hip-thrust", times(3, { ...clean(60, 12, 8), pain }));

  it("F6: pain during the last session → pain-reported and no load increase", () => {
    const rec = recommendNext(gymProfile(), log(atTop(ago(3), 3)), TODAY);
    expect(codes(rec)).toContain("pain-reported");
    expect(rules(rec)).toContain("F6");
    expect(rec.change).not.toBe("increase-load");
    expect(rec.change).not.toBe("progress-variation");
    if (rec.load !== null) expect(rec.load).toBeLessThanOrEqual(60);
  });

  it("F6: pain on a single set is enough to stop progression", () => {
    const sets = [clean(60, 12), clean(60, 12), { ...clean(60, 12), pain: 2 }];
    const rec = recommendNext(gymProfile(), log(session(ago(3), "barbell-hip-thrust", sets)), TODAY);
    expect(codes(rec)).toContain("pain-reported");
    expect(rec.change).not.toBe("increase-load");
  });

  it("F6: pain is still reported when the same session also fell below the floor at RPE 10 (P5)", () => {
    const sets = [clean(100, 9, 9), { ...clean(100, 6, 10), pain: 3 }];
    const rec = recommendNext(gymProfile(), log(session(ago(3), "barbell-hip-thrust", sets)), TODAY);
    expect(rec.change).not.toBe("increase-load");
    expect(codes(rec)).toContain("pain-reported");
    expect(rules(rec)).toContain("F6");
  });

  it("F6: pain on an unloaded variation is reported (glute bridge, pain 2)", () => {
    const sets = times(3, { ...clean(0, 12, 8), pain: 2 });
    const rec = recommendNext(
      gymProfile({ equipment: [] }),
      log(session(ago(3), "glute-bridge", sets)),
      TODAY,
    );
    expect(codes(rec)).toContain("pain-reported");
    expect(rec.change).not.toBe("progress-variation");
  });

  it("F6: the same session without pain does raise the load (the control case)", () => {
    const rec = recommendNext(gymProfile(), log(atTop(ago(3), 0)), TODAY);
    expect(rec.change).toBe("increase-load");
    expect(codes(rec)).not.toContain("pain-reported");
  });

  it("F6: pain in two sessions in a row → persistent-pain, see a healthcare professional, no increase", () => {
    const rec = recommendNext(gymProfile(), log(atTop(ago(5), 2), atTop(ago(3), 4)), TODAY);
    expect(codes(rec)).toContain("persistent-pain");
    const message = rec.warnings.find((w) => w.code === "persistent-pain")?.message ?? "";
    expect(message).toMatch(/health|professional|doctor|physio|clinician/i);
    expect(rules(rec)).toContain("F6");
    expect(rec.change).not.toBe("increase-load");
    if (rec.load !== null) expect(rec.load).toBeLessThanOrEqual(60);
  });

  it("F6: pain two sessions ago with a pain-free session since is not persistent", () => {
    const rec = recommendNext(gymProfile(), log(atTop(ago(5), 3), atTop(ago(3), 0)), TODAY);
    expect(codes(rec)).not.toContain("persistent-pain");
  });

  it("F6: lower-back-sensitive and pain → a lighter load and the form check-list", () => {
    const profile = gymProfile({ constraints: ["lower-back-sensitive"] });
    const rec = recommendNext(profile, log(atTop(ago(3), 3)), TODAY);
    expect(rec.train).toBe(true);
    expect(rec.load).not.toBeNull();
    expect(rec.load as number).toBeLessThan(60);
    expect(rec.load as number).toBeGreaterThanOrEqual(60 * 0.8);
    const text = [...rec.warnings, ...rec.reasons].map((x) => x.message).join(" ");
    expect(text).toMatch(/form|check/i);
  });
});
