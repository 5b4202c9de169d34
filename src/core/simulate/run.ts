// "Follow this for 12 weeks": a seeded lifter asks `next` on each of the plan's hip-thrust days,
// does what it says as a real body would, logs it, and asks again. Pure: the same seed, the same story.
import { addDays, daysBetween } from "../dates.js";
import { decide } from "../decide.js";
import { DOSES } from "../dose.js";
import { recommendNext } from "../next/recommend.js";
import { hipThrustDaysPerWeek, workingDays } from "../plan/schedule.js";
import type { LoggedSet, NextRecommendation, Profile, Session, TrainingLog } from "../types.js";
import { adapt, type Body, detrain, newBody, repsToFailure } from "./body.js";
import { type Rng, seeded } from "./rng.js";

export type Behaviour = "exact" | "push";

export interface SimOptions {
  weeks: number;
  /** A Monday. */
  start: string;
  behaviour: Behaviour;
  /** Life events: missed sessions, travel weeks, pain episodes, one break. */
  events: boolean;
}

export interface SimDay {
  day: string;
  rec: NextRecommendation;
  /** The lifter's true e1RM (external, barbell) that day. */
  trueE1rm: number;
  done: LoggedSet[];
  note?: string;
}

export interface SimResult {
  profile: Profile;
  body: Body;
  days: SimDay[];
  log: TrainingLog;
}

const half = (x: number) => Math.round(x * 2) / 2;

/** The RPE a lifter reports for `reps` with `toFailure` in the tank: reps in reserve, give or take half a point. */
function reportedRpe(rng: Rng, reps: number, toFailure: number): number {
  return Math.min(10, Math.max(5, half(10 - (toFailure - reps) + rng.normal(0.25))));
}

interface Plan {
  exercise: NonNullable<NextRecommendation["exercise"]>;
  groups: { sets: number; reps: number; load: number | null }[];
  ceiling: number;
  repsMax: number;
  tempo?: boolean;
}

function performSets(
  rng: Rng,
  body: Body,
  plan: Plan,
  behaviour: Behaviour,
  bandIndex: number,
  painNow: number,
): LoggedSet[] {
  const dayFactor = 1 + rng.normal(0.02);
  const out: LoggedSet[] = [];
  let fatigue = 0;
  for (const group of plan.groups) {
    for (let i = 0; i < group.sets; i++) {
      const rtf = repsToFailure(body, plan.exercise, group.load, bandIndex, dayFactor, fatigue, plan.tempo);
      const cap = Math.floor(rtf);
      const wanted =
        behaviour === "push"
          ? Math.max(group.reps, Math.min(plan.repsMax, Math.floor(rtf - (10 - plan.ceiling))))
          : group.reps;
      const reps = Math.max(cap >= 1 ? Math.min(wanted, cap) : 0, 0);
      if (reps === 0) break;
      const rpe = rtf - reps < 0.5 ? 10 : reportedRpe(rng, reps, rtf);
      const atFailure = rpe >= 10;
      out.push({
        load: group.load ?? 0,
        reps,
        rpe,
        fullLockout: !(atFailure ? rng.chance(0.35) : rng.chance(0.02)),
        controlled: !(atFailure ? rng.chance(0.2) : rng.chance(0.02)),
        pain: painNow,
      });
      fatigue++;
    }
  }
  return out;
}

/** First session on a loaded variation: ramp up until a set reaches the target RPE (P1). */
function rampUp(rng: Rng, body: Body, rec: NextRecommendation): LoggedSet[] {
  const ramp = rec.rampUp as NonNullable<NextRecommendation["rampUp"]>;
  const exercise = rec.exercise as NonNullable<NextRecommendation["exercise"]>;
  const out: LoggedSet[] = [];
  const dayFactor = 1 + rng.normal(0.02);
  let step = ramp.step;
  for (let load = ramp.from, i = 0; i < 20; i++, load += step) {
    const rtf = repsToFailure(body, exercise, load, 0, dayFactor, 0);
    const rpe = Math.min(10, reportedRpe(rng, ramp.reps, rtf));
    // As asked: half steps once a set feels two under the target.
    if (rpe >= ramp.rpe - 2) step = ramp.step / 2;
    if (rpe >= ramp.rpe || rtf < ramp.reps + 1) {
      for (let s = 0; s < rec.sets; s++) {
        const r = repsToFailure(body, exercise, load, 0, dayFactor, s);
        const reps = Math.max(1, Math.min(ramp.reps, Math.floor(r)));
        out.push({
          load,
          reps,
          rpe: reps >= Math.floor(r) ? 10 : reportedRpe(rng, reps, r),
          fullLockout: true,
          controlled: true,
          pain: 0,
        });
      }
      return out;
    }
    out.push({ load, reps: ramp.reps, rpe, warmup: true, fullLockout: true, controlled: true, pain: 0 });
  }
  return out;
}

export function simulate(profile: Profile, seed: number, options: SimOptions): SimResult {
  const rng = seeded(seed);
  const body = newBody(rng, profile.experience, profile.bodyweight ?? 75);
  const goal = DOSES[profile.goal];
  const perWeek = hipThrustDaysPerWeek(
    profile.daysPerWeek,
    goal.daysPerWeek.max,
    decide(profile).verdict === "accessory",
  );
  const weekdays = workingDays(perWeek);
  const log: TrainingLog = { sessions: [] };
  const days: SimDay[] = [];
  const breakWeek = options.events && rng.chance(0.25) ? Math.floor(rng.between(3, options.weeks - 3)) : -1;
  const breakLength = Math.floor(rng.between(2, 7));
  const travelWeek = options.events && rng.chance(0.3) ? Math.floor(rng.between(2, options.weeks)) : -1;
  let painLeft = 0;
  let painLevel = 0;
  let referredOn: string | null = null;
  let lastTrained: string | null = null;

  for (let week = 0; week < options.weeks; week++) {
    if (breakWeek >= 0 && week >= breakWeek && week < breakWeek + breakLength) continue;
    for (const weekday of weekdays) {
      const day = addDays(options.start, week * 7 + weekday - 1);
      if (options.events && rng.chance(0.06)) continue;
      if (lastTrained) detrain(body, daysBetween(lastTrained, day));
      const readiness = {
        soreness:
          options.events && rng.chance(0.05)
            ? 7 + Math.floor(rng.between(0, 3))
            : Math.floor(rng.between(1, 6)),
        fatigue: Math.floor(rng.between(1, 6)),
        sleepHours: options.events && rng.chance(0.05) ? 4.5 : half(rng.between(6, 8.5)),
        ...(referredOn && daysBetween(referredOn, day) >= 10 ? { cleared: true } : {}),
      };
      if (readiness.cleared) referredOn = null;
      const checkIn: Session = { date: day, readiness };
      log.sessions.push(checkIn);
      const rec = recommendNext(profile, log, day);
      const trueE1rm = Math.round(body.e1rm * 10) / 10;
      if (!rec.train || !rec.exercise) {
        if (rec.warnings.some((w) => w.code === "persistent-pain") && !referredOn) referredOn = day;
        days.push({ day, rec, trueE1rm, done: [] });
        continue;
      }
      if (options.events && painLeft === 0 && rng.chance(0.015)) {
        painLevel = rng.chance(0.3) ? 6 : 2;
        painLeft = painLevel >= 5 ? 2 : 1;
      }
      const pain = painLeft > 0 ? painLevel : 0;
      if (painLeft > 0) painLeft--;
      const travel = week === travelWeek;
      const bandIndex = Math.max(0, (profile.bands ?? []).indexOf(rec.band ?? ""));
      let done: LoggedSet[];
      let exercise = rec.exercise;
      if (travel) {
        exercise = "bodyweight-hip-thrust";
        done = performSets(
          rng,
          body,
          { exercise, groups: [{ sets: 3, reps: 15, load: null }], ceiling: 8, repsMax: 20 },
          "exact",
          0,
          0,
        );
      } else if (rec.rampUp) {
        done = rampUp(rng, body, rec);
      } else {
        const groups = (
          rec.work ?? [{ sets: rec.sets, reps: rec.repsTarget ?? rec.reps.min, load: rec.load }]
        ).map((g) => ({ ...g }));
        done = performSets(
          rng,
          body,
          { exercise, groups, ceiling: rec.rpe.max, repsMax: rec.reps.max, tempo: rec.tempo !== undefined },
          options.behaviour,
          bandIndex,
          pain,
        );
      }
      if (rec.band) for (const s of done) s.band = rec.band;
      checkIn.exercises = [{ exercise, sets: done }];
      adapt(body, done.filter((s) => !s.warmup && (s.rpe ?? 0) >= 7).length, perWeek);
      lastTrained = day;
      days.push({ day, rec, trueE1rm, done, ...(travel ? { note: "travel: bodyweight only" } : {}) });
    }
  }
  return { profile, body, days, log };
}
