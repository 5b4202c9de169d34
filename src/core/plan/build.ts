import { decide } from "../decide.js";
import { DOSES, doseFor, isRehab, restSeconds, WARM_UP } from "../dose.js";
import { trains } from "../profile-checks.js";
import type {
  HipThrustId,
  PatternId,
  Plan,
  PlanDay,
  PlanItem,
  PlanRole,
  Profile,
  Reason,
  Warning,
} from "../types.js";
import {
  addsResistance,
  availableVariations,
  hasBench,
  isBanded,
  isBridge,
  nameOf,
  nextVariationUp,
  rungOf,
} from "../variation.js";
import { complementItem, pickComplement, weeklyCount } from "./complements.js";
import { doseForWeek } from "./dose-by-week.js";
import { challengeWorkingDays, trainingDays, workingDays } from "./schedule.js";

export interface PlanOptions {
  weeks: number;
}

const CHALLENGE_WEEKS = 2;
/** Working days a week when the hip thrust is an accessory (D3): the top of G3's 1–2. */
const ACCESSORY_DAYS = 2;
/** Weeks on the starting rung before the plan pencils in the next one (V2: two sessions of good form). */
const LEARNING_WEEKS = 2;

interface Context {
  profile: Profile;
  role: PlanRole;
  complementsByDay: Map<number, PlanItem[]>;
  /** Reasons the person's dose gives (P10, D4), once each however many items cite them. */
  doseReasons: Map<string, Reason>;
}

/** A programme of `weeks` weeks for the profile (G, F1–F3, V, P1, P7, D5). */
export function buildPlan(profile: Profile, options: PlanOptions): Plan {
  const decision = decide(profile);
  const dose = DOSES[profile.goal];
  const person = doseFor(profile);
  const warnings: Warning[] = [...decision.cautions.filter((c) => c.code !== "daily-challenge-risk")];
  const reasons: Reason[] = [...decision.reasons];
  const activationOnly = profile.goal === "activation";
  // D3: as an accessory beside squats, deadlifts or sport, two working days are enough.
  const most = person.daysPerWeek.max;
  const cap = decision.verdict === "accessory" ? Math.min(ACCESSORY_DAYS, most) : most;
  const perWeek = activationOnly ? 0 : Math.min(profile.daysPerWeek, cap);
  const working = perWeek ? workingDays(perWeek) : [];
  const days = trainingDays(profile.daysPerWeek, working.length ? working : [1]);
  const ctx: Context = {
    profile,
    role: decision.verdict === "primary" ? "primary" : "accessory",
    complementsByDay: placeComplements(decision.pairWith, profile, days, working),
    doseReasons: new Map(),
  };

  // D4: in rehab the goal's G row never applies; the rehab dose's own reason says what does.
  if (person.kind !== "rehab") {
    reasons.push({
      rule: dose.rule,
      message: `${dose.label}: ${dose.sets.min}–${dose.sets.max} sets of ${dose.reps.min}–${dose.reps.max} reps at RPE ${dose.rpe.min}–${dose.rpe.max}, ${dose.restSeconds.min / 60}–${dose.restSeconds.max / 60} min rest.`,
    });
  }
  if (!activationOnly) {
    reasons.push(
      {
        rule: "F1",
        message: `Hip-thrust working days (${working.join(", ")}) are 48 h or more apart, week ends included.`,
      },
      {
        rule: "F2",
        message: `${perWeek} working day${perWeek > 1 ? "s" : ""} a week, within ${dose.rule}'s ${dose.daysPerWeek.min}–${dose.daysPerWeek.max}.`,
      },
      { rule: "G4", message: "Each working day opens with one light activation set." },
      {
        rule: "P2",
        message:
          "Within each week, add reps until every set reaches the top of the range with form intact, then add load (bodyweight and band work: the next stage in its note); `hipthrust next` works out each session.",
      },
    );
    warnings.push(...frequencyWarnings(profile, perWeek));
  }
  if (profile.daysPerWeek > perWeek && perWeek > 0) {
    reasons.push({
      rule: "F2",
      message:
        "Your other training days have no hip-thrust working sets: they are for your other training and complement work.",
    });
  }

  const ladder = variationPath(profile, decision.variation, options.weeks, warnings, reasons);
  const weeks = [];
  for (let week = 1; week <= options.weeks; week++) {
    const variation = ladder(week);
    const challengeWeek = profile.challenge === "daily-two-weeks" && week <= CHALLENGE_WEEKS;
    const weekDays = challengeWeek
      ? challengeWeekDays(ctx, variation, week, options.weeks, dose.daysPerWeek.max)
      : regularWeekDays(ctx, variation, week, options.weeks, days, working, activationOnly);
    weeks.push({
      week,
      focus: doseForWeek(dose, week, options.weeks, profile.experience).focus,
      days: weekDays,
    });
  }
  reasons.push(...ctx.doseReasons.values());
  if (profile.challenge === "daily-two-weeks") {
    warnings.push({
      code: "daily-challenge-risk",
      message:
        "Hip thrusts every day for two weeks risk overtraining, fatigue and injury (000). Working sets stay 48 h apart and the days between are light activation only (F1, F3); stop and rest if soreness or pain builds.",
    });
    reasons.push({
      rule: "F3",
      message: "Weeks 1–2 follow the daily challenge: working days alternate with activation-only days.",
    });
  }
  return { goal: profile.goal, unit: profile.unit, weeks, warnings, reasons };
}

function frequencyWarnings(profile: Profile, perWeek: number): Warning[] {
  const dose = DOSES[profile.goal];
  const out: Warning[] = [];
  if (perWeek < dose.daysPerWeek.min) {
    out.push({
      code: "low-frequency",
      message: `${perWeek} hip-thrust day a week is below ${dose.rule}'s ${dose.daysPerWeek.min}–${dose.daysPerWeek.max} for ${dose.label}; add a day at least 48 h from the other to train it well.`,
    });
  }
  return out;
}

/**
 * The variation for each week: the start (P1, V1–V3), then, for a learner with more rungs within
 * reach, the next rung after the learning weeks (V2, P7). `next` moves up only when form held.
 */
function variationPath(
  profile: Profile,
  start: HipThrustId,
  weeks: number,
  warnings: Warning[],
  reasons: Reason[],
): (week: number) => HipThrustId {
  // G4 and D4: activation and rehab work stay bodyweight or band, never climbing to a load.
  // Pencilled in from week 3; `next` moves when the log says so (a band after tempo and one leg: P10).
  const up = profile.goal === "activation" || isRehab(profile) ? null : nextVariationUp(start, profile);
  const moveUp = up !== null && rungOf(start) <= 1 && weeks > LEARNING_WEEKS;
  if (moveUp) {
    reasons.push({
      rule: "P7",
      message: `From week ${LEARNING_WEEKS + 1}, the ${nameOf(up as HipThrustId).toLowerCase()} once the form gates have held for two sessions (V2); until then the ${nameOf(start).toLowerCase()}.`,
    });
  }
  if (isRehab(profile)) return () => start;
  if (profile.goal === "strength" && !availableVariations(profile).some((id) => rungOf(id) === 3)) {
    warnings.push({
      code: "no-heavy-load",
      message:
        "Strength work (G1) needs loads you can lift only 3–5 times. Your equipment cannot load the hip thrust that heavily: add a barbell with plates and a bench, a Smith machine, or a hip-thrust machine. Until then unloaded sets use 8–12 reps.",
    });
  }
  const resisted = availableVariations(profile).some(addsResistance);
  if (profile.goal === "hypertrophy" && profile.experience !== "novice" && !resisted) {
    warnings.push({
      code: "no-external-load",
      message:
        "Nothing in your equipment adds resistance, and a trained lifter rarely reaches RPE 7–9 in 8–12 bodyweight reps (G2). The plan uses the hardest unloaded form; add a band or a dumbbell to keep progressing, and meanwhile slow the lowering to 3 s (V4).",
    });
  }
  const top = moveUp ? (up as HipThrustId) : start;
  warnings.push(...ceilingWarnings(profile, top));
  return (week) => (moveUp && week > LEARNING_WEEKS ? (up as HipThrustId) : start);
}

/**
 * The top of what the person owns, said up front: a dumbbell-only lifter meets their heaviest
 * dumbbell, a bands-only lifter their heaviest band; what comes after is reps, pauses, slower
 * lowering and one leg (P10, V4), never "nothing adds resistance".
 */
function ceilingWarnings(profile: Profile, top: HipThrustId): Warning[] {
  const dumbbellTop =
    (top === "dumbbell-hip-thrust" || top === "dumbbell-glute-bridge") && profile.dumbbellMax !== undefined;
  if (dumbbellTop) {
    return [
      {
        code: "dumbbell-ceiling",
        message: `Loads stop at your heaviest dumbbell (${profile.dumbbellMax} ${profile.unit}). There, progress by reps (up to about 20), then a pause at the top and a slower 3 s lowering, then one leg at a time (P10, V4).`,
      },
    ];
  }
  if (isBanded(top)) {
    const bands = profile.bands?.length ? ` (${profile.bands.join(" → ")})` : "";
    return [
      {
        code: "band-ceiling",
        message: `Bands add the resistance: progress by reps, then to the next band${bands}; past the heaviest, double the band up or go single-leg (P10, V4).`,
      },
    ];
  }
  return [];
}

function mainItem(ctx: Context, variation: HipThrustId, week: number, totalWeeks: number): PlanItem {
  // P10, D4: who the person is shapes the dose (a novice's first strength weeks, rehab, work in reps).
  const dose = doseFor(ctx.profile, { exercise: variation, weeksTrained: week - 1 });
  const weekDose = doseForWeek(dose, week, totalWeeks, ctx.profile.experience);
  for (const reason of dose.reasons) ctx.doseReasons.set(reason.message, reason);
  const item: PlanItem = {
    exercise: variation,
    role: ctx.role,
    sets: weekDose.sets,
    reps: dose.reps,
    rpe: weekDose.rpe,
    restSeconds: restSeconds(dose),
    load: null,
  };
  if (dose.kind === "rehab")
    item.note = `light and pain-free: log pain every set, stop above ${dose.painStop}/10`;
  else if (dose.kind === "unloaded") item.note = unloadedNote(ctx.profile, variation, dose.reps.max);
  else if (ctx.profile.goal === "athletic")
    item.note = "explosive intent: drive up fast, lower under control; first, while fresh";
  else if (ctx.role === "accessory") item.note = accessoryNote(ctx.profile);
  return item;
}

/**
 * P10: how unloaded work gets harder, as `next` moves it on: reps to the top, then the next band;
 * where a band or nothing is left to add, a slower tempo, then one leg, then a band.
 */
function unloadedNote(profile: Profile, variation: HipThrustId, top: number): string {
  const owned = availableVariations(profile);
  const up = nextVariationUp(variation, profile);
  if (isBanded(variation))
    return `reps to ${top}, then the next band; past the heaviest, 3 s down and a 2 s pause`;
  if (up && !isBanded(up)) return `reps to ${top}; ${nameOf(up).toLowerCase()} once the form holds twice`;
  const steps = [`reps to ${top}`, "then 3 s down with a 2 s pause"];
  if (variation !== "single-leg-hip-thrust" && owned.includes("single-leg-hip-thrust"))
    steps.push("then one leg");
  const band = owned.find(isBanded);
  if (band) steps.push("then a band");
  return steps.join(", ");
}

/** Where accessory work goes: after the main lifts only for people who have main lifts (D3). */
function accessoryNote(profile: Profile): string {
  if (trains(profile, "squat", "deadlift", "powerlifting")) return "after your main lifts";
  if (trains(profile, "sprint", "team-sport"))
    return "after your sprint or sport work, or on a day without it";
  return "lighter than your main work";
}

function warmUpItem(variation: HipThrustId, sets: number): PlanItem {
  return {
    exercise: variation,
    role: "activation",
    sets,
    reps: WARM_UP.reps,
    rpe: WARM_UP.rpe,
    restSeconds: restSeconds(WARM_UP),
    load: null,
    note: "bodyweight or a light band",
  };
}

/** G4: warm-ups use the bodyweight or banded form of the day's variation (a bridge without a bench). */
function warmUpVariation(profile: Profile, variation: HipThrustId): HipThrustId {
  const bench = hasBench(profile) && variation !== "machine-hip-thrust" && !isBridge(variation);
  if (profile.equipment.includes("bands") && addsResistance(variation))
    return bench ? "banded-hip-thrust" : "banded-glute-bridge";
  return bench ? "bodyweight-hip-thrust" : "glute-bridge";
}

function dayItems(ctx: Context, day: number, hipThrust: PlanItem[]): PlanItem[] {
  const complements = ctx.complementsByDay.get(day) ?? [];
  // G5: explosive work comes first, while fresh. D3: otherwise an accessory follows the main work.
  const late = ctx.role === "accessory" && ctx.profile.goal !== "athletic";
  return late
    ? [...hipThrust.slice(0, 1), ...complements, ...hipThrust.slice(1)]
    : [...hipThrust, ...complements];
}

function regularWeekDays(
  ctx: Context,
  variation: HipThrustId,
  week: number,
  totalWeeks: number,
  days: number[],
  working: number[],
  activationOnly: boolean,
): PlanDay[] {
  const warmUp = warmUpVariation(ctx.profile, variation);
  const out = days.map((day) => {
    if (activationOnly) return { day, items: [warmUpItem(variation, WARM_UP.sets.max)] };
    const hipThrust = working.includes(day)
      ? [warmUpItem(warmUp, 1), mainItem(ctx, variation, week, totalWeeks)]
      : [];
    return { day, items: dayItems(ctx, day, hipThrust) };
  });
  return out.filter((day) => day.items.length > 0);
}

/** F3: every day has hip thrusts; working days follow the F1/F2 spacing, the rest are activation only. */
function challengeWeekDays(
  ctx: Context,
  variation: HipThrustId,
  week: number,
  totalWeeks: number,
  maxPerWeek: number,
): PlanDay[] {
  const workingAbs = challengeWorkingDays(maxPerWeek, 7 * CHALLENGE_WEEKS);
  const warmUp = warmUpVariation(ctx.profile, variation);
  const out: PlanDay[] = [];
  for (let day = 1; day <= 7; day++) {
    const isWorking = workingAbs.includes((week - 1) * 7 + day - 1) && ctx.profile.goal !== "activation";
    const items = isWorking
      ? dayItems(ctx, day, [warmUpItem(warmUp, 1), mainItem(ctx, variation, week, totalWeeks)])
      : [
          {
            ...warmUpItem(warmUp, WARM_UP.sets.max),
            note: "activation-only day: light, nowhere near failure",
          },
        ];
    out.push({ day, items });
  }
  return out;
}

/**
 * D5: each pattern on its own days, spread over the training week. Hinges stay off sport days
 * (G5: hamstrings fresh for sprinting), and abduction joins a day that has other work: a day of
 * only a couple of abduction sets is not worth the trip.
 */
function placeComplements(
  patterns: readonly PatternId[],
  profile: Profile,
  days: readonly number[],
  working: readonly number[],
): Map<number, PlanItem[]> {
  const byDay = new Map<number, PlanItem[]>();
  if (isRehab(profile)) return byDay;
  const sport = new Set(profile.sportDays ?? []);
  const sorted = [...patterns].sort((a, b) => Number(a === "abduction") - Number(b === "abduction"));
  for (const pattern of sorted) {
    const exercise = pickComplement(pattern, profile);
    if (!exercise) continue;
    const index = patterns.indexOf(pattern);
    let allowed = pattern === "hinge" ? days.filter((d) => !sport.has(d)) : [...days];
    if (pattern === "abduction") allowed = allowed.filter((d) => working.includes(d) || byDay.has(d));
    if (allowed.length === 0) continue;
    const count = Math.min(weeklyCount(pattern, days.length), allowed.length);
    const placed = new Set<number>();
    for (let k = 0; k < count; k++) {
      placed.add(allowed[(index + Math.round((k * allowed.length) / count)) % allowed.length] as number);
    }
    for (const day of placed) {
      const items = byDay.get(day) ?? [];
      items.push(complementItem(pattern, exercise, profile));
      byDay.set(day, items);
    }
  }
  return byDay;
}
