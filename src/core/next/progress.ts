import { daysBetween } from "../dates.js";
import type { Dose } from "../dose.js";
import type { HipThrustSession } from "../history.js";
import { hasConstraint } from "../profile-checks.js";
import { isMakeable, loadSchemeFor, nextIncrease, roundDown } from "../progression/loads.js";
import type { Change, HipThrustId, Profile, Reason, Warning } from "../types.js";
import {
  availableVariations,
  nameOf,
  nextVariationDown,
  nextVariationUp,
  rungOf,
  startingVariation,
} from "../variation.js";
import { failedBelowFloor, formGates, reachedTop, repsAtTop, techniqueFailed, topLoad } from "./gates.js";
import { startingLoad } from "./start.js";

export interface ProgressInput {
  profile: Profile;
  dose: Dose;
  /** Hip-thrust sessions before the day, oldest first. */
  past: readonly HipThrustSession[];
  day: string;
  /** F5: today's check-in shows soreness or fatigue of 7+. */
  highSoreness: boolean;
}

export interface Progress {
  exercise: HipThrustId;
  change: Change;
  load: number | null;
  /** Reps per set to aim for today, inside the goal's range. */
  repsTarget: number;
  /** Working sets as last time, inside the goal's range. */
  sets: number;
  warnings: Warning[];
  reasons: Reason[];
}

/** P5 cuts about 5%, P6 deloads about 10%, F6 lightens a sensitive back by about 10%. */
const P5_CUT = 0.95;
const P6_DELOAD = 0.9;
const BACK_PAIN_CUT = 0.9;
/** P4 (heuristic): at most one load increase per 7 days. */
const INCREASE_SPACING_DAYS = 7;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Whether `b` beat `a`: more load, or as much load and more reps at it (P6). */
function progressed(a: HipThrustSession, b: HipThrustSession): boolean {
  const la = topLoad(a.sets);
  const lb = topLoad(b.sets);
  return lb > la || (lb === la && repsAtTop(b.sets) > repsAtTop(a.sets));
}

/** Day of the most recent load increase on this exercise, if any. */
function lastIncreaseDay(same: readonly HipThrustSession[]): string | null {
  for (let i = same.length - 1; i > 0; i--) {
    if (topLoad((same[i] as HipThrustSession).sets) > topLoad((same[i - 1] as HipThrustSession).sets)) {
      return (same[i] as HipThrustSession).day;
    }
  }
  return null;
}

function start(input: ProgressInput, exercise: HipThrustId, reasons: Reason[]): Progress {
  const { profile, dose } = input;
  const load = startingLoad(loadSchemeFor(exercise, profile), profile);
  // P1 is said once: the variation's own reasons may already carry it (V2 for novices).
  const p1: Reason[] = reasons.some((r) => r.rule === "P1")
    ? []
    : [
        {
          rule: "P1",
          message:
            load === null
              ? "First session on it: no external load while you learn the movement."
              : `First session on it: a light ${load} ${profile.unit} to groove the form; your log decides from here.`,
        },
      ];
  return {
    exercise,
    change: "start",
    load,
    repsTarget: dose.reps.min,
    sets: dose.sets.min,
    warnings: [],
    reasons: [...reasons, ...p1],
  };
}

function painWarning(session: HipThrustSession): Warning {
  return {
    code: "pain-reported",
    message: `You reported pain (${session.painMax}/10) on ${session.day}: no load increase. Run the form check-list: ribs down, chin tucked, no arching past a straight line, feet placed so the shins are vertical at the top.`,
  };
}

const PAIN_REASON: Reason = { rule: "F6", message: "Pain during a set stops progression (001)." };

/**
 * P2–P7: what changes today, from the sessions on the current variation. Whatever branch decides,
 * pain in the last session is always reported (F6).
 */
export function decideProgress(input: ProgressInput): Progress {
  const result = chooseProgress(input);
  const last = input.past.at(-1);
  if (last && (last.painMax ?? 0) > 0) {
    if (!result.warnings.some((w) => w.code === "pain-reported")) result.warnings.push(painWarning(last));
    if (!result.reasons.some((r) => r.rule === "F6")) result.reasons.push(PAIN_REASON);
  }
  return result;
}

function chooseProgress(input: ProgressInput): Progress {
  const { profile, dose, past } = input;
  const last = past.at(-1);
  if (!last) {
    const first = startingVariation(profile);
    return start(input, first.id, first.reasons);
  }
  // V3: equipment changed since the last session.
  if (!availableVariations(profile).includes(last.exercise)) {
    const fit = startingVariation(profile);
    const change: Change =
      rungOf(fit.id) < rungOf(last.exercise) ? "regress-variation" : "progress-variation";
    const moved = start(input, fit.id, [
      { rule: "V3", message: `${nameOf(last.exercise)} no longer fits your equipment.` },
    ]);
    return { ...moved, change };
  }

  const exercise = last.exercise;
  const same = past.filter((s) => s.exercise === exercise);
  const scheme = loadSchemeFor(exercise, profile);
  const loaded = scheme.kind !== "bodyweight";
  // A logged load the equipment cannot make (a typo, a missing plate) is rounded down to one it can.
  const logged = topLoad(last.sets);
  const load = loaded ? (isMakeable(logged, scheme) ? logged : (roundDown(logged, scheme) ?? logged)) : null;
  const sets = clamp(last.sets.length, dose.sets.min, dose.sets.max);
  const lastReps = Math.min(...last.sets.map((s) => s.reps));
  const nextReps = clamp(lastReps + 1, dose.reps.min, dose.reps.max);
  const gates = formGates(last.sets);
  const top = reachedTop(last.sets, dose.reps, dose.rpe.max, dose.sets.min);
  const base = { exercise, load, sets, warnings: [] as Warning[], reasons: [] as Reason[] };
  const hold = (reason: Reason, warning?: Warning): Progress => ({
    ...base,
    change: "hold",
    repsTarget: clamp(lastReps, dose.reps.min, dose.reps.max),
    reasons: [reason],
    warnings: warning ? [warning] : [],
  });
  const cut = (factor: number, change: Change, reason: Reason, warning?: Warning): Progress => {
    if (!loaded || load === null) {
      const down = nextVariationDown(exercise, profile);
      if (!down) return hold(reason, warning);
      return {
        ...base,
        exercise: down,
        change: "regress-variation",
        load: null,
        repsTarget: dose.reps.min,
        reasons: [reason],
        warnings: warning ? [warning] : [],
      };
    }
    const lighter = roundDown(load * factor, scheme) ?? load;
    return {
      ...base,
      change,
      load: lighter,
      repsTarget: dose.reps.min,
      reasons: [reason],
      warnings: warning ? [warning] : [],
    };
  };

  // F6: pain stops progression; with a sensitive lower back, the form check-list and a lighter load.
  const pain = (last.painMax ?? 0) > 0;
  if (pain && hasConstraint(profile, "lower-back-sensitive")) {
    return cut(BACK_PAIN_CUT, "reduce-load", PAIN_REASON, painWarning(last));
  }
  // P5: a set short of the range at RPE 10.
  if (failedBelowFloor(last.sets, dose.reps)) {
    return cut(P5_CUT, "reduce-load", {
      rule: "P5",
      message: `A set fell below ${dose.reps.min} reps at RPE 10 last time: about 5% lighter (heuristic).`,
    });
  }
  if (pain) return hold(PAIN_REASON, painWarning(last));
  // P6: no progress across three sessions (unless the last one hit the top and only we held it back).
  const lastThree = same.slice(-3);
  if (
    lastThree.length === 3 &&
    !top &&
    !progressed(lastThree[0] as HipThrustSession, lastThree[1] as HipThrustSession) &&
    !progressed(lastThree[1] as HipThrustSession, lastThree[2] as HipThrustSession)
  ) {
    const warning = {
      code: "stall",
      message: "No progress in load or reps across your last three sessions.",
    };
    if (!loaded) {
      return hold(
        {
          rule: "V4",
          message:
            "Stalled on an unloaded variation: change it up — slower tempo, a new foot position, or single-leg work (000, 002).",
        },
        warning,
      );
    }
    return cut(
      P6_DELOAD,
      "deload",
      { rule: "P6", message: "A stall: deload about 10% and build back (000)." },
      warning,
    );
  }
  // P3: a failed technique gate holds the load, and cuts it when it failed twice running.
  if (techniqueFailed(gates)) {
    const warning = {
      code: "form-breakdown",
      message: `Last session ${[gates.lockout === "failed" ? "missed full lockout" : "", gates.control === "failed" ? "lost control on the way down" : ""].filter(Boolean).join(" and ")}: the load does not go up until every set locks out under control.`,
    };
    const previous = same.at(-2);
    if (previous && techniqueFailed(formGates(previous.sets))) {
      return cut(
        P5_CUT,
        "reduce-load",
        {
          rule: "P3",
          message: "Form broke down two sessions running: lighter, to rebuild clean reps (004).",
        },
        warning,
      );
    }
    return hold(
      { rule: "P3", message: "A failed form gate holds the load; never raises it (004)." },
      warning,
    );
  }
  if (!top) {
    const reasons: Reason[] = [
      {
        rule: "P2",
        message:
          last.sets.length < dose.sets.min
            ? `Last time ${last.sets.length} working set${last.sets.length > 1 ? "s" : ""} of the ${dose.sets.min} planned: same load, all ${sets} sets of ${nextReps}.`
            : `Not every set reached ${dose.reps.max} reps yet: same load, aim for ${nextReps} reps a set.`,
      },
    ];
    if (gates.overall === "unknown") reasons.push(unknownGateReason());
    return { ...base, change: "add-reps", repsTarget: nextReps, reasons };
  }
  if (gates.overall !== "held") return hold(unknownGateReason());
  if (input.highSoreness) {
    return hold({ rule: "P3", message: "Soreness or fatigue carried into today: the load stays (004)." });
  }
  return increase(input, { exercise, same, load, sets, base, hold });
}

function unknownGateReason(): Reason {
  return {
    rule: "P3",
    message:
      "Record lockout, control and pain for each set: a form gate that was not recorded is not a pass, so the load cannot go up.",
  };
}

interface IncreaseContext {
  exercise: HipThrustId;
  same: readonly HipThrustSession[];
  load: number | null;
  sets: number;
  base: { exercise: HipThrustId; load: number | null; sets: number; warnings: Warning[]; reasons: Reason[] };
  hold: (reason: Reason, warning?: Warning) => Progress;
}

/** Every gate held at the top of the range: add load, or move up the ladder on unloaded rungs (P2, P4, P7, V2). */
function increase(input: ProgressInput, ctx: IncreaseContext): Progress {
  const { profile, dose, day, past } = input;
  const { exercise, load, base, hold } = ctx;
  const scheme = loadSchemeFor(exercise, profile);
  const topReason: Reason = {
    rule: "P2",
    message: `Every set reached ${dose.reps.max} reps with form intact.`,
  };

  if (load === null || scheme.kind === "bodyweight") {
    const up = nextVariationUp(exercise, profile);
    const previous = past.at(-2);
    const twoClean = previous !== undefined && formGates(previous.sets).overall === "held";
    if (!up) {
      return hold({
        rule: "V4",
        message:
          "Top of the ladder your equipment allows: slow the lowering (3 s) or pause at the top to keep progressing (000, 002).",
      });
    }
    if (!twoClean) {
      return hold({
        rule: "V2",
        message: "Form held once; one more clean session before moving up the ladder.",
      });
    }
    const moved = startingLoad(loadSchemeFor(up, profile), profile);
    return {
      ...base,
      exercise: up,
      change: "progress-variation",
      load: moved,
      repsTarget: dose.reps.min,
      reasons: [
        topReason,
        {
          rule: "P7",
          message: `Form gates held for two sessions: move up to the ${nameOf(up).toLowerCase()} (V2).`,
        },
      ],
    };
  }

  const increasedOn = lastIncreaseDay(ctx.same);
  if (increasedOn !== null && daysBetween(increasedOn, day) < INCREASE_SPACING_DAYS) {
    return hold({
      rule: "P4",
      message: `Load last went up on ${increasedOn}; at most one increase per 7 days (heuristic).`,
    });
  }
  const next = nextIncrease(load, scheme, profile.unit);
  // P7: when the dumbbell outgrows the bar, move to the barbell at that load.
  const barbell =
    exercise === "dumbbell-hip-thrust" && availableVariations(profile).includes("barbell-hip-thrust");
  if (barbell && next !== null) {
    const bar = loadSchemeFor("barbell-hip-thrust", profile);
    if (bar.kind === "barbell" && next >= bar.bar) {
      return {
        ...base,
        exercise: "barbell-hip-thrust",
        change: "progress-variation",
        load: roundDown(next, bar),
        repsTarget: dose.reps.min,
        reasons: [
          topReason,
          { rule: "P7", message: "The dumbbell now weighs as much as the bar: move to the barbell." },
        ],
      };
    }
  }
  if (next === null) {
    return hold({
      rule: "P4",
      message:
        "Your plates cannot make a small enough step; add a pair of small plates, or add reps meanwhile.",
    });
  }
  return {
    ...base,
    change: "increase-load",
    load: next,
    repsTarget: dose.reps.min,
    reasons: [
      topReason,
      {
        rule: "P4",
        message: `Add ${round(next - load)} ${profile.unit}: the smallest step your equipment makes.`,
      },
    ],
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
