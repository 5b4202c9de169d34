import { volumeTrendOf } from "../analytics/volume.js";
import { BREAK_DAYS, blockPosition } from "../block.js";
import { dayOf, daysBetween } from "../dates.js";
import { decide } from "../decide.js";
import {
  DOSES,
  type Dose,
  doseFor,
  isDosedInReps,
  isRehab,
  type PersonDose,
  restSeconds,
  WARM_UP,
} from "../dose.js";
import {
  allHipThrustSets,
  clearedDays,
  type HipThrustSession,
  hipThrustSessions,
  isActivationDose,
  readinessOn,
  setsOn,
  sortedSessions,
  workingSets,
} from "../history.js";
import { doseForWeek } from "../plan/dose-by-week.js";
import { hipThrustDaysPerWeek } from "../plan/schedule.js";
import { sessionE1rm } from "../progression/e1rm.js";
import { DEFAULT_SMITH_BAR, loadSchemeFor, maxLoad, roundDown } from "../progression/loads.js";
import { platesPerSide } from "../progression/plates.js";
import type {
  HipThrustId,
  LoggedSet,
  NextRecommendation,
  Profile,
  Range,
  Reason,
  TrainingLog,
  Warning,
} from "../types.js";
import { availableVariations, isExternallyLoaded, startingVariation } from "../variation.js";
import { checkFrequency } from "./frequency.js";
import { formGates, techniqueFailed } from "./gates.js";
import { liftHistory, mainLift, repsFit } from "./lift-history.js";
import { decideProgress } from "./progress.js";
import { warmUpFor } from "./warmup.js";

/** F5: a check-in of 7+ for soreness or fatigue trims the day; 9–10, or 7+ after under 5 h of sleep, rests it. */
const HIGH_READINESS_SCORE = 7;
const REST_READINESS_SCORE = 9;
const SHORT_SLEEP_HOURS = 5;
const F5_RPE_CAP = 7;
/** F6: "in a row" means consecutive hip-thrust sessions within three weeks. */
const PAIN_ROW_DAYS = 21;

export interface NextOptions {
  /** The start day of a stored plan: anchors the block (else its first session does). */
  planStart?: string;
}

const activationSet = () => ({
  exercise: "glute-bridge" as HipThrustId,
  sets: WARM_UP.sets.max,
  reps: WARM_UP.reps,
  rpe: WARM_UP.rpe,
});

function restDay(
  profile: Profile,
  day: string,
  exercise: HipThrustId | null,
  warnings: Warning[],
  reasons: Reason[],
  activation: boolean,
): NextRecommendation {
  const zero: Range = { min: 0, max: 0 };
  return {
    date: day,
    train: false,
    exercise,
    sets: 0,
    reps: zero,
    rpe: zero,
    load: null,
    unit: profile.unit,
    change: "rest",
    restSeconds: 0,
    plates: null,
    e1rm: null,
    activation: activation || profile.challenge === "daily-two-weeks" ? activationSet() : null,
    warnings,
    reasons,
  };
}

/**
 * F4 (heuristic): the week's hard sets, with `planned` more today, against the previous four weeks.
 * Not for a return after a break (F7), and not while the week stays within the sets the programme
 * itself prescribes at most (`prescribed`): the block's climb and its first hard weeks after easy
 * ones rose 1.5× over the mean and warned a quarter of the training days of lifters doing exactly
 * what they were told (`npx tsx bench/coach-simulation.ts` counts them).
 */
function volumeSpike(
  sessions: readonly HipThrustSession[],
  day: string,
  planned: number,
  prescribed: number,
): { warning: Warning; reason: Reason } | null {
  const recent = sessions.filter((s) => daysBetween(s.day, day) <= 35);
  const back = recent.some(
    (s, i) => i > 0 && daysBetween((recent[i - 1] as HipThrustSession).day, s.day) >= BREAK_DAYS,
  );
  const last = sessions.at(-1);
  if (back || (last && daysBetween(last.day, day) >= BREAK_DAYS)) return null;
  const trend = volumeTrendOf(sessions, day, planned);
  if (!trend.spike || trend.thisWeek <= prescribed) return null;
  const today = planned > 0 ? "With today's sets, this week reaches" : "This week already has";
  return {
    warning: {
      code: "volume-spike",
      message: `${today} ${trend.thisWeek} hard sets, over 1.5× your recent weekly mean of ${trend.baseline.toFixed(1)}.`,
    },
    reason: {
      rule: "F4",
      message: "A week's hard sets above 1.5× the mean of the previous four is a spike (heuristic).",
    },
  };
}

/**
 * P10: two loaded sessions running with every form gate held show the form under load, once and for
 * all: a later slip holds the load (P3) but does not send a novice back to sets of 6–10, which made
 * the rep range flip with every missed lockout.
 */
function heldUnderLoadTwiceRunning(sessions: readonly { sets: readonly LoggedSet[] }[]): boolean {
  const held = sessions
    .filter((s) => s.sets.some((x) => x.load > 0))
    .map((s) => formGates(s.sets).overall === "held");
  return held.some((h, i) => h && i > 0 && held[i - 1]);
}

/** G4 as the goal: light activation sets, any day; F1 and F2 do not apply to them. */
function activationDay(profile: Profile, day: string, dose: Dose, hasHistory: boolean): NextRecommendation {
  const variation = startingVariation(profile);
  return {
    date: day,
    train: true,
    exercise: variation.id,
    sets: dose.sets.max,
    reps: dose.reps,
    rpe: dose.rpe,
    load: null,
    unit: profile.unit,
    change: hasHistory ? "hold" : "start",
    restSeconds: restSeconds(dose),
    plates: null,
    e1rm: null,
    activation: null,
    warnings: [],
    reasons: [
      ...variation.reasons,
      {
        rule: "G4",
        message: "Activation sets: 1–2 light sets of 10–20, well short of failure; they fit any day.",
      },
    ],
  };
}

/** F6: pain in the last two hip-thrust sessions (working sets, within three weeks), not since cleared. */
function referral(
  sessions: readonly HipThrustSession[],
  cleared: readonly string[],
): HipThrustSession[] | null {
  const [a, b] = sessions.slice(-2);
  if (!a || !b || a.painWorking <= 0 || b.painWorking <= 0) return null;
  if (daysBetween(a.day, b.day) > PAIN_ROW_DAYS) return null;
  if (cleared.some((d) => d >= b.day)) return null;
  return [a, b];
}

/** F6: pain on any hip-thrust set (warm-ups too) of the last session with hip-thrust sets is always reported. */
function lastPain(log: TrainingLog, day: string): Warning | null {
  const last = sortedSessions(log)
    .filter((s) => {
      const working = workingSets(allHipThrustSets(s));
      return dayOf(s.date) < day && working.length > 0 && !isActivationDose(working);
    })
    .at(-1);
  const pain = last ? Math.max(0, ...allHipThrustSets(last).map((s) => s.pain ?? 0)) : 0;
  if (!last || pain === 0) return null;
  return {
    code: "pain-reported",
    message: `You reported pain (${pain}/10) on ${dayOf(last.date)}: no load increase. Run the form check-list: ribs down, chin tucked, no arching past a straight line.`,
  };
}

/** The rehab profile's main lift stays bodyweight or banded (D4). */
function rehabLift(profile: Profile, lift: HipThrustId): HipThrustId {
  if (!isExternallyLoaded(lift)) return lift;
  const available = availableVariations(profile);
  return available.includes("banded-hip-thrust")
    ? "banded-hip-thrust"
    : available.includes("bodyweight-hip-thrust")
      ? "bodyweight-hip-thrust"
      : "glute-bridge";
}

/** What to do on `day` (YYYY-MM-DD) from the profile and the log: the whole rulebook in one call. */
export function recommendNext(
  profile: Profile,
  log: TrainingLog,
  day: string,
  options: NextOptions = {},
): NextRecommendation {
  const goalDose = DOSES[profile.goal];
  // Light sets on an unloaded main lift are its working sets (a rehab dose); elsewhere they are G4.
  const loggedMain = mainLift(
    profile,
    hipThrustSessions(log).filter((s) => s.day < day),
    day,
  );
  const unloadedMain = loggedMain ?? startingVariation(profile).id;
  const sessions = hipThrustSessions(
    log,
    isRehab(profile)
      ? rehabLift(profile, unloadedMain)
      : isDosedInReps(unloadedMain)
        ? unloadedMain
        : undefined,
  );
  const past = sessions.filter((s) => s.day < day);
  const cleared = clearedDays(log).filter((d) => d <= day);

  // F6: pain two sessions running: see a professional; no "next time" until cleared.
  const painful = referral(past, cleared);
  if (painful) {
    return restDay(
      profile,
      day,
      null,
      [
        {
          code: "persistent-pain",
          message: `Pain in two hip-thrust sessions running (${painful.map((s) => `${s.day}: ${s.painWorking}/10`).join(", ")}): see a healthcare professional before hip thrusting again, and log \`--cleared\` once they clear you.`,
        },
      ],
      [
        {
          rule: "F6",
          message:
            "Pain in two sessions in a row calls for a professional's view (001); the hip thrust is no substitute for care (D4).",
        },
      ],
      false,
    );
  }
  if (profile.goal === "activation") return activationDay(profile, day, goalDose, past.length > 0);

  const decision = decide(profile);
  const perWeek = hipThrustDaysPerWeek(
    profile.daysPerWeek,
    goalDose.daysPerWeek.max,
    decision.verdict === "accessory",
  );
  const frequency = checkFrequency(
    sessions.filter((s) => s.day <= day),
    day,
    goalDose,
    perWeek,
  );
  const readiness = readinessOn(log, day);
  const worst = Math.max(readiness?.soreness ?? 0, readiness?.fatigue ?? 0);
  const shortSleep = readiness?.sleepHours !== undefined && readiness.sleepHours < SHORT_SLEEP_HOURS;
  const restForReadiness = worst >= REST_READINESS_SCORE || (worst >= HIGH_READINESS_SCORE && shortSleep);
  const trimmed = !restForReadiness && worst >= HIGH_READINESS_SCORE;

  let exercise = mainLift(profile, past, day) ?? startingVariation(profile).id;
  if (isRehab(profile)) exercise = rehabLift(profile, exercise);
  const first = past[0];
  const weeksTrained = first ? Math.floor(daysBetween(first.day, day) / 7) : 0;
  // Any loaded variation counts: a move from the dumbbell to the bar keeps the range it earned.
  const gatesHeldUnderLoad = heldUnderLoadTwiceRunning(past);
  const dose: PersonDose = doseFor(profile, { exercise, weeksTrained, gatesHeldUnderLoad });
  // A session outside today's rep range on the main lift belongs to an earlier block (a goal change).
  const heaviest = maxLoad(loadSchemeFor(exercise, profile));
  // Another loaded variation shares the goal's range (a dumbbell before the bar); unloaded days
  // (travel, a home day) are dosed in reps of their own and say nothing about it.
  const fits = (s: HipThrustSession) => {
    const own = setsOn(s, exercise);
    if (own.length) return repsFit(own, dose.reps, heaviest);
    const bothLoaded = isExternallyLoaded(s.exercise) && isExternallyLoaded(exercise);
    return !bothLoaded || repsFit(s.sets, dose.reps, null);
  };
  const block = blockPosition(past, day, options.planStart, fits);
  const weekDose = doseForWeek(dose, block.week, Number.POSITIVE_INFINITY, profile.experience);
  // The most hard sets a week of the programme asks for (week 3 is a block's hardest): a rolling
  // week can hold the end of one block and the start of the next, so F4 warns only beyond these.
  const prescribedPerWeek = doseForWeek(dose, 3, Number.POSITIVE_INFINITY, profile.experience).sets * perWeek;

  if (frequency.rest || restForReadiness) {
    const spike = volumeSpike(sessions, day, 0, prescribedPerWeek);
    const warnings = [...frequency.warnings, ...(spike ? [spike.warning] : [])];
    const reasons = [...frequency.reasons, ...(spike ? [spike.reason] : [])];
    if (restForReadiness) {
      warnings.push({
        code: "high-soreness",
        message: `Today's check-in (soreness ${readiness?.soreness ?? "?"}/10, fatigue ${readiness?.fatigue ?? "?"}/10${readiness?.sleepHours !== undefined ? `, ${readiness.sleepHours} h sleep` : ""}): rest, or light activation only.`,
      });
      reasons.push({
        rule: "F5",
        message:
          "Soreness or fatigue of 9–10, or 7+ after under five hours of sleep: rest or activation only (000, 004; heuristic).",
      });
    }
    if (dose.caution) warnings.push(dose.caution);
    return restDay(profile, day, exercise, warnings, reasons, restForReadiness);
  }

  const streakEnd = frequency.warnings.some((w) => w.code === "daily-streak");
  const lastAny = past.at(-1);
  const formSlipped = lastAny !== undefined && techniqueFailed(formGates(lastAny.sets));
  const noProgress: Reason | null = formSlipped
    ? {
        rule: "P3",
        message: `Form broke down in your last session (${lastAny.day}): no load increase until it holds (004).`,
      }
    : trimmed
      ? { rule: "F5", message: "Soreness or fatigue of 7+ today: no progression; the load stays (004)." }
      : streakEnd
        ? { rule: "F3", message: "After a run of daily sessions the variation and load stay where they are." }
        : null;
  const lastCleared = cleared.at(-1);
  const clearedRestart =
    lastCleared && !past.some((s) => s.day >= lastCleared) && past.some((s) => s.painWorking > 0)
      ? lastCleared
      : null;
  const today = decideProgress({
    profile,
    exercise,
    dose,
    week: { sets: weekDose.sets, rpe: weekDose.rpe, lighter: block.lighter, number: block.week },
    past,
    day,
    noProgress,
    clearedRestart,
    fits,
    ...(options.planStart ? { planStart: options.planStart } : {}),
  });
  // A move to another variation takes that variation's dose (P10: reps for unloaded work).
  const finalDose =
    today.exercise === exercise
      ? dose
      : doseFor(profile, { exercise: today.exercise, weeksTrained, gatesHeldUnderLoad });
  const finalWeek =
    today.exercise === exercise
      ? weekDose
      : doseForWeek(finalDose, block.week, Number.POSITIVE_INFINITY, profile.experience);
  const warnings = [...frequency.warnings, ...today.warnings];
  const lastDay = past.at(-1)?.day;
  if (
    lastDay &&
    daysBetween(lastDay, day) >= BREAK_DAYS &&
    !warnings.some((w) => w.code === "training-gap")
  ) {
    warnings.push({
      code: "training-gap",
      message: `${Math.floor(daysBetween(lastDay, day) / 7)} weeks since your last hip-thrust session (${lastDay}): ease back in.`,
    });
  }
  const painWarning = lastPain(log, day);
  if (painWarning && !warnings.some((w) => w.code === "pain-reported")) {
    warnings.push(painWarning);
    if (!today.reasons.some((r) => r.rule === "F6"))
      today.reasons.push({ rule: "F6", message: "Pain during a set stops progression (001)." });
  }
  const reasons = [...frequency.reasons, ...today.reasons];

  let sets = today.exercise === exercise ? today.sets : finalWeek.sets;
  let rpe: Range = { ...finalWeek.rpe };
  let repsTarget = today.repsTarget;
  let load = today.load;
  const scheme = loadSchemeFor(today.exercise, profile);
  if (trimmed) {
    sets = Math.max(1, sets - 1);
    const deficit = Math.max(0, rpe.max - F5_RPE_CAP);
    rpe = { min: Math.min(rpe.min, F5_RPE_CAP), max: Math.min(rpe.max, F5_RPE_CAP) };
    const fewer = repsTarget - Math.ceil(deficit);
    if (fewer >= finalDose.reps.min || load === null) repsTarget = Math.max(finalDose.reps.min, fewer);
    else load = roundDown(load * (1 - 0.03 * deficit), scheme) ?? load;
    warnings.push({
      code: "high-soreness",
      message: `Today's check-in shows soreness ${readiness?.soreness ?? "?"}/10 and fatigue ${readiness?.fatigue ?? "?"}/10: one set fewer and nothing above RPE ${F5_RPE_CAP}.`,
    });
    reasons.push({
      rule: "F5",
      message: `High soreness or fatigue cuts today's work: one set fewer, RPE cap ${F5_RPE_CAP}, ${repsTarget} reps${load !== today.load ? ` at ${load} ${profile.unit}` : ""} (004, 000).`,
    });
  }

  const spike = volumeSpike(sessions, day, sets, prescribedPerWeek);
  if (spike) {
    warnings.push(spike.warning);
    reasons.push(spike.reason);
  }
  if (finalDose.caution) warnings.push(finalDose.caution);
  for (const r of finalDose.reasons) if (!reasons.some((x) => x.rule === r.rule)) reasons.push(r);
  if (scheme.kind === "barbell" && scheme.assumedBar && load !== null) {
    reasons.push({
      rule: "V3",
      message: `Smith bar assumed to weigh ${DEFAULT_SMITH_BAR[profile.unit]} ${profile.unit}; set smithBarWeight in your profile if yours differs.`,
    });
  }
  const reps = today.reps ?? finalDose.reps;
  // In rehab the dose is D4's, whatever the goal's G row says.
  const doseRule = finalDose.kind === "rehab" ? "D4" : finalDose.rule;
  if (!block.lighter && block.week > 0 && today.change !== "start") {
    reasons.push({
      rule: doseRule,
      message: `Week ${block.week} of the block (${finalWeek.focus}): ${sets} sets of ${reps.min}–${reps.max} at RPE ${rpe.min}–${rpe.max}.`,
    });
  } else {
    reasons.push({
      rule: doseRule,
      message: `${finalDose.label}: ${reps.min}–${reps.max} reps at RPE ${finalDose.rpe.min}–${finalDose.rpe.max}.`,
    });
  }

  const backoff = today.backoff && !trimmed ? today.backoff : null;
  const topSets = backoff ? Math.max(1, sets - backoff.sets) : sets;
  const work = [{ sets: topSets, reps: repsTarget, load }, ...(backoff ? [backoff] : [])];
  const plates =
    scheme.kind === "barbell" && load !== null ? platesPerSide(load, scheme.bar, scheme.plates) : null;
  const lastSame = liftHistory(past, today.exercise).at(-1);
  const e = lastSame ? sessionE1rm(lastSame.sets) : null;
  return {
    date: day,
    train: true,
    exercise: today.exercise,
    sets,
    reps,
    repsTarget,
    rpe,
    load,
    unit: profile.unit,
    change: today.change,
    restSeconds: restSeconds(finalDose),
    plates,
    e1rm: e ? { value: Math.round(e.value * 10) / 10, method: e.method, exercise: today.exercise } : null,
    activation: null,
    work,
    // A first session's ramp is its own warm-up: only the activation set goes before it.
    warmUp: warmUpFor(profile, today.exercise, today.rampUp ? null : load, scheme),
    block: { week: block.week, lighter: block.lighter, anchor: block.anchor },
    ...(today.band ? { band: today.band } : {}),
    ...(today.tempo ? { tempo: today.tempo } : {}),
    ...(today.rampUp ? { rampUp: today.rampUp } : {}),
    warnings,
    reasons,
  };
}
