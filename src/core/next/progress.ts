// P2–P10, F6, F7: what changes today on the main lift, from that lift's own history.
import { BREAK_DAYS, blockPosition } from "../block.js";
import { daysBetween } from "../dates.js";
import { doseFor, isRehab, type PersonDose } from "../dose.js";
import type { HipThrustSession } from "../history.js";
import { hasConstraint } from "../profile-checks.js";
import { loadFor, percentOf1rm } from "../progression/e1rm.js";
import {
  isNumericLoad,
  type LoadScheme,
  loadSchemeFor,
  maxLoad,
  nextIncrease,
  roundDown,
} from "../progression/loads.js";
import type { Change, HipThrustId, LoggedSet, Profile, Range, Reason, Warning } from "../types.js";
import {
  availableVariations,
  isBanded,
  isExternallyLoaded,
  nameOf,
  nextVariationDown,
  nextVariationUp,
  startingVariation,
} from "../variation.js";
import { failedBelowFloor, formGates, reachedTop, techniqueFailed, topLoad } from "./gates.js";
import { type LiftSession, liftHistory, repsFit } from "./lift-history.js";
import { startingLoad } from "./start.js";

export interface ProgressInput {
  profile: Profile;
  exercise: HipThrustId;
  dose: PersonDose;
  /** This week of the block: working sets and RPE ceiling. */
  week: { sets: number; rpe: Range; lighter: boolean; number: number };
  /** Hip-thrust sessions before the day, oldest first. */
  past: readonly HipThrustSession[];
  day: string;
  /** F5 (7–8) or the end of a daily streak (F3): no progression today. */
  noProgress: Reason | null;
  /** A stored plan's start day, anchoring the block. */
  planStart?: string;
  /** F6: the day a professional cleared the person after a referral, when that restart is due. */
  clearedRestart: string | null;
  /** Whether a session's main-lift sets fit today's rep range (else it belongs to an earlier block). */
  fits: (s: HipThrustSession) => boolean;
}

/** A group of sets at one load: straight sets are one group, a top set and back-offs two. */
export interface WorkGroup {
  sets: number;
  reps: number;
  load: number | null;
}

export interface Progress {
  exercise: HipThrustId;
  change: Change;
  load: number | null;
  repsTarget: number;
  sets: number;
  /** Reps range for today (a dumbbell at its heaviest may go to 20, P10). */
  reps?: Range;
  backoff: WorkGroup | null;
  /** The band to use on banded work (never "bodyweight"). */
  band?: string;
  /** First session on a loaded variation: work up to one set at the target RPE. */
  rampUp?: { from: number; step: number; reps: number; rpe: number };
  /** A slower tempo making unloaded work harder (P10, V4). */
  tempo?: string;
  warnings: Warning[];
  reasons: Reason[];
}

const P5_CUT = 0.95;
const P9_CUT = 0.95;
const P6_DELOAD = 0.9;
const BACK_PAIN_CUT = 0.9;
const SEVERE_PAIN_CUT = 0.8;
const SEVERE_PAIN = 5;
const CLEARED_RESTART = 0.55;
/** F7: about 90% after 2–4 weeks, about 80% and a set fewer after six or more. */
const LONG_BREAK_DAYS = 42;
/** F7: the ramp back after a break lasts about two weeks. */
const RAMP_BACK_DAYS = 14;
const INCREASE_SPACING_DAYS = 7;
/** P9: a big step is 5–10% (novices in their first weeks up to 20%: P10, quick increases). */
const BIG_STEP = { min: 0.05, max: 0.1, novice: 0.2 };
/** P6: a stall is three sessions without a new best spanning at least this many days; a second within six weeks changes the rep range. */
const STALL_SESSIONS = 3;
const STALL_MIN_DAYS = 10;
const SECOND_STALL_DAYS = 42;
/** A session at least this much lighter than the one before was a deload (it restarts the stall count). */
const DELOAD_DROP = 0.93;
/** P10: at the heaviest dumbbell or stack, reps go up to this before tempo and single-leg work. */
const HEAVIEST_REPS_MAX = 20;
/** A first-session ramp adds about this much a set on a bar. */
const RAMP_BAR_STEP = { kg: 10, lb: 20 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 100) / 100;
const minReps = (sets: readonly LoggedSet[]) => Math.min(...sets.map((s) => s.reps));
const maxRpe = (sets: readonly LoggedSet[]) =>
  sets.every((s) => s.rpe !== undefined) ? Math.max(...sets.map((s) => s.rpe as number)) : null;

interface Ctx {
  input: ProgressInput;
  scheme: LoadScheme;
  history: LiftSession[];
  last: LiftSession;
  /** The working load of the last session, made makeable. */
  load: number | null;
  lastReps: number;
  band?: string;
  /** RPE the heaviest set aims at for loads computed from e1RM: this week's ceiling. */
  targetRpe: number;
  e1rm: number | null;
}

function result(ctx: Ctx, over: Partial<Progress> & Pick<Progress, "change" | "reasons">): Progress {
  const { input } = ctx;
  const load = over.load === undefined ? ctx.load : over.load;
  const repsTarget = over.repsTarget ?? clamp(ctx.lastReps, input.dose.reps.min, input.dose.reps.max);
  return {
    exercise: input.exercise,
    load,
    repsTarget,
    sets: input.week.sets,
    backoff: backoffFor(ctx, load, over.change),
    warnings: [],
    ...(ctx.band ? { band: ctx.band } : {}),
    ...over,
  };
}

/** Back-off sets keep their share of the top set and progress by reps at that share (item 9). */
function backoffFor(ctx: Ctx, top: number | null, change: Change): WorkGroup | null {
  const back = ctx.last.backoff;
  if (back.length === 0 || top === null || ctx.load === null || !isNumericLoad(ctx.scheme)) return null;
  const share = (back[0] as LoggedSet).load / ctx.load;
  const reps = minReps(back);
  const { min, max } = ctx.input.dose.reps;
  const clean = back.every((s) => s.rpe === undefined || s.rpe <= ctx.input.dose.rpe.max);
  const repsNext = change === "add-reps" || change === "hold" ? (clean ? reps + 1 : reps) : reps;
  return { sets: back.length, reps: clamp(repsNext, min, max + 2), load: roundDown(top * share, ctx.scheme) };
}

/** About `factor` of the load: the makeable load nearest to it below the current one. */
function cutTo(ctx: Ctx, factor: number): number | null {
  if (ctx.load === null) return null;
  const target = ctx.load * factor;
  const below = roundDown(target, ctx.scheme) ?? ctx.load;
  const above = nextIncrease(below, ctx.scheme, ctx.input.profile.unit);
  if (above !== null && above < ctx.load && Math.abs(above - target) < Math.abs(target - below)) return above;
  return below;
}

/** F6/P9 on an unloaded variation: a lighter stage means the rung below. */
function regress(ctx: Ctx, reasons: Reason[], warnings: Warning[]): Progress {
  const down = nextVariationDown(ctx.input.exercise, ctx.input.profile);
  const reps = ctx.input.dose.reps;
  if (!down) {
    return result(ctx, { change: "hold", repsTarget: reps.min, reasons, warnings });
  }
  return result(ctx, {
    exercise: down,
    change: "regress-variation",
    load: null,
    repsTarget: reps.min,
    reasons,
    warnings,
  });
}

export function decideProgress(input: ProgressInput): Progress {
  const { profile, exercise, dose, past, day } = input;
  const scheme = loadSchemeFor(exercise, profile);
  const history = liftHistory(past, exercise);
  markLighterWeeks(history, past, input);
  const last = history.at(-1);
  // The heaviest set may reach this week's ceiling: with fatigue the earlier sets sit under it.
  const targetRpe = Math.max(dose.rpe.min, input.week.rpe.max);
  if (!last) return start(input, scheme, targetRpe);

  const logged = topLoad(last.sets);
  const load = isNumericLoad(scheme) ? (roundDown(logged, scheme) ?? logged) : null;
  const band = scheme.kind === "band" ? bandOf(last.sets, scheme.bands) : undefined;
  const recentE1rm = history
    .slice(-3)
    .map((s) => s.e1rm)
    .filter((x): x is number => x !== null);
  const ctx: Ctx = {
    input,
    scheme,
    history,
    last,
    load,
    lastReps: minReps(last.sets),
    ...(band ? { band } : {}),
    targetRpe,
    e1rm: recentE1rm.length ? (recentE1rm.at(-1) as number) : null,
  };
  const anyLast = past.at(-1) as HipThrustSession;

  // F6: after a professional cleared the person, restart at about 55% with pain logged every set.
  if (input.clearedRestart) {
    const restart = cutTo(ctx, CLEARED_RESTART);
    return result(ctx, {
      change: "reduce-load",
      load: restart,
      repsTarget: dose.reps.max,
      reasons: [
        {
          rule: "F6",
          message: `Cleared to train on ${input.clearedRestart}: restart at about ${Math.round(CLEARED_RESTART * 100)}%${restart !== null && load !== null ? ` (${restart} of ${load} ${profile.unit})` : ""}, log pain on every set, and build back from there (heuristic).`,
        },
      ],
    });
  }
  // F7: back after a break of two weeks or more.
  const gap = daysBetween(anyLast.day, day);
  if (gap >= BREAK_DAYS) return reEntry(ctx, gap);

  // F6: pain in the last hip-thrust session, by severity.
  const painLast = Math.max(anyLast.painWorking, anyLast.painMax ?? 0);
  if (painLast > 0) return painResponse(ctx, anyLast);

  // P8: a new rep range (a goal change, a novice's move to 3–5s): a new block, its load from e1RM.
  const heaviest = maxLoad(scheme);
  if (load !== null && ctx.e1rm !== null && !repsFit(last.sets, dose.reps, heaviest)) {
    return rangeChange(ctx, heaviest);
  }

  // P5/P9: effort above the ceiling or a failed set below the floor: lighter, reps held.
  const effort = effortCut(ctx);
  if (effort) return effort;

  // P3: a failed technique gate holds the load; twice running, lighter.
  const gates = formGates(last.sets);
  if (techniqueFailed(gates)) {
    const warning = {
      code: "form-breakdown",
      message: `Last session ${[gates.lockout === "failed" ? "missed full lockout" : "", gates.control === "failed" ? "lost control on the way down" : ""].filter(Boolean).join(" and ")}: the load does not go up until every set locks out under control.`,
    };
    const previous = history.at(-2);
    if (previous && techniqueFailed(formGates(previous.sets)) && load !== null) {
      return result(ctx, {
        change: "reduce-load",
        load: cutTo(ctx, P5_CUT),
        reasons: [
          {
            rule: "P3",
            message: "Form broke down two sessions running: about 5% lighter, to rebuild clean reps (004).",
          },
        ],
        warnings: [warning],
      });
    }
    return result(ctx, {
      change: "hold",
      reasons: [{ rule: "P3", message: "A failed form gate holds the load; never raises it (004)." }],
      warnings: [warning],
    });
  }

  // P6: no new best across three sessions and about two weeks.
  const stall = stallResponse(ctx);
  if (stall) return stall;

  if (input.week.lighter) {
    return result(ctx, {
      change: "hold",
      // Two reps under the last build-week session, not under each lighter session in turn.
      repsTarget: clamp(
        minReps((ctx.history.findLast((h) => !h.lighter) ?? last).sets) - 2,
        dose.reps.min,
        dose.reps.max,
      ),
      reasons: [
        {
          rule: "P4",
          message: `Week ${input.week.number} is the block's lighter week: the same load, ${input.week.sets} sets, nothing above RPE ${input.week.rpe.max}, and no increase.`,
        },
      ],
    });
  }
  return progress(ctx, gates.overall);
}

function bandOf(sets: readonly LoggedSet[], bands: readonly string[]): string | undefined {
  const logged = sets.find((s) => s.band)?.band;
  if (logged && bands.includes(logged)) return logged;
  return bands[0];
}

/** No history on this variation: P1's light start, and for a loaded one a ramp to one set at the target RPE. */
function start(input: ProgressInput, scheme: LoadScheme, targetRpe: number): Progress {
  const { profile, dose, exercise } = input;
  const reasons: Reason[] = [];
  const first = startingVariation(profile);
  if (first.id === exercise) reasons.push(...first.reasons);
  const base: Progress = {
    exercise,
    change: "start",
    load: null,
    repsTarget: dose.reps.min,
    sets: input.week.sets,
    backoff: null,
    warnings: [],
    reasons,
  };
  if (scheme.kind === "band") {
    const band = scheme.bands[0];
    reasons.push({
      rule: "P10",
      message: `Start with ${band ? `the ${band} band` : "a light band"} for ${dose.reps.min}–${dose.reps.max} reps, two or three short of failure.`,
    });
    return { ...base, ...(band ? { band } : {}) };
  }
  const load = startingLoad(scheme, profile);
  if (load === null || !isNumericLoad(scheme)) {
    if (!reasons.some((r) => r.rule === "P1")) {
      reasons.push({
        rule: "P1",
        message: "First session on it: no external load while you learn the movement.",
      });
    }
    return base;
  }
  const rampUp = rampFor(scheme, load, profile, dose, targetRpe);
  const { reps } = rampUp;
  reasons.push({
    rule: "P1",
    message: `First session on the ${nameOf(exercise).toLowerCase()}: start at ${load} ${profile.unit} for ${reps} reps and add about ${rampUp.step} ${profile.unit} a set, half that once a set feels RPE ${targetRpe - 2} or harder; log every set. The first set that reaches RPE ${targetRpe} is your working load, and \`next\` takes it from there.`,
  });
  return { ...base, load, repsTarget: reps, rampUp };
}

/** P1: a first session on a loaded variation works up from a light load to one set at the target RPE. */
function rampFor(
  scheme: Extract<LoadScheme, { kind: "barbell" | "increment" }>,
  from: number,
  profile: Profile,
  dose: PersonDose,
  rpe: number,
): NonNullable<Progress["rampUp"]> {
  const reps = Math.round((dose.reps.min + dose.reps.max) / 2);
  const step = scheme.kind === "barbell" ? RAMP_BAR_STEP[profile.unit] : scheme.step * 2;
  return { from, step, reps, rpe };
}

/**
 * P8: the rep range changed since the last session: the load for the new range comes from the e1RM
 * and the RPE table at this week's target, never above the last load after a form slip.
 */
function rangeChange(ctx: Ctx, heaviest: number | null): Progress {
  const { input, last } = ctx;
  const { dose, profile } = input;
  const e1rm = ctx.e1rm as number;
  const current = ctx.load as number;
  const reps = clamp(dose.reps.min + 1, dose.reps.min, dose.reps.max);
  let load = roundDown(loadFor(e1rm, reps, ctx.targetRpe), ctx.scheme) ?? current;
  if (heaviest !== null) load = Math.min(load, heaviest);
  // After a form slip, a high check-in or a daily streak the new range starts no heavier (P3, F5, F3).
  if (input.noProgress || techniqueFailed(formGates(last.sets))) load = Math.min(load, current);
  return result(ctx, {
    change: load > current ? "increase-load" : load < current ? "reduce-load" : "hold",
    load,
    repsTarget: reps,
    reasons: [
      {
        rule: "P8",
        message: `A new rep range (last time ${ctx.lastReps} reps; now ${dose.reps.min}–${dose.reps.max}, ${dose.label}) starts a new block: ${load} ${profile.unit} for ${reps} reps, from your e1RM of ${Math.round(e1rm)} ${profile.unit} at RPE ${ctx.targetRpe} by the RPE table.`,
      },
    ],
  });
}

function reEntry(ctx: Ctx, gap: number): Progress {
  const { input } = ctx;
  const long = gap >= LONG_BREAK_DAYS;
  const factor = long ? 0.8 : 0.9;
  const sets = Math.max(input.dose.sets.min - (long ? 1 : 0), long ? 1 : input.week.sets);
  const weeks = Math.floor(gap / 7);
  const warning = {
    code: "training-gap",
    message: `${weeks} weeks since your last hip-thrust session: ease back in over the next one to two weeks.`,
  };
  if (ctx.load === null) {
    const reps = clamp(ctx.lastReps - (long ? 4 : 2), input.dose.reps.min, input.dose.reps.max);
    return result(ctx, {
      change: "hold",
      sets,
      repsTarget: reps,
      warnings: [warning],
      reasons: [
        {
          rule: "F7",
          message: `Back after ${weeks} weeks: ${reps} reps a set${long ? " and one set fewer" : ""}, well short of failure, before building again (heuristic).`,
        },
      ],
    });
  }
  const load = cutTo(ctx, factor);
  return result(ctx, {
    change: "reduce-load",
    load,
    sets,
    warnings: [warning],
    reasons: [
      {
        rule: "F7",
        message: `Back after ${weeks} weeks: about ${Math.round(factor * 100)}% of your last ${ctx.load} ${input.profile.unit} (${load} ${input.profile.unit})${long ? " and one set fewer" : ""}, ramping back over one to two weeks (heuristic).`,
      },
    ],
  });
}

function painResponse(ctx: Ctx, session: HipThrustSession): Progress {
  const { input } = ctx;
  const pain = Math.max(session.painWorking, session.painMax ?? 0);
  const stopped = session.entries.some((e) =>
    e.sets.some((s) => (s.pain ?? 0) > 0 && s.reps < input.dose.reps.min),
  );
  const checklist =
    "Run the form check-list: ribs down, chin tucked, no arching past a straight line, feet placed so the shins are vertical at the top.";
  const warning = {
    code: "pain-reported",
    message: `You reported pain (${pain}/10) on ${session.day}: no load increase. ${checklist}`,
  };
  const severe =
    pain >= SEVERE_PAIN || stopped || (input.dose.painStop !== undefined && pain > input.dose.painStop);
  const back = hasConstraint(input.profile, "lower-back-sensitive");
  if (severe || back) {
    const factor = severe ? SEVERE_PAIN_CUT : BACK_PAIN_CUT;
    const why = severe
      ? `Pain of ${pain}/10${stopped ? " stopped a set" : ""} on ${session.day}`
      : `Pain of ${pain}/10 with a sensitive lower back`;
    if (ctx.load === null) {
      return regress(
        ctx,
        [{ rule: "F6", message: `${why}: a step down the ladder while it settles (001; heuristic).` }],
        [warning],
      );
    }
    const load = cutTo(ctx, factor);
    return result(ctx, {
      change: "reduce-load",
      load,
      warnings: [warning],
      reasons: [
        {
          rule: "F6",
          message: `${why}: about ${Math.round((1 - factor) * 100)}% lighter, ${ctx.load} → ${load} ${input.profile.unit}, and the form check-list first (001; heuristic).`,
        },
      ],
    });
  }
  return result(ctx, {
    change: "hold",
    warnings: [warning],
    reasons: [
      {
        rule: "F6",
        message: `Pain of ${pain}/10 stops progression: the same load and reps, watched; pain again next session means seeing a professional (001).`,
      },
    ],
  });
}

/** P5 and P9 downwards: RPE over the goal's ceiling, or reps short of the floor at RPE 10. */
function effortCut(ctx: Ctx): Progress | null {
  const { input, last, history } = ctx;
  const { dose } = input;
  const over = last.sets.filter((s) => s.rpe !== undefined && s.rpe > dose.rpe.max);
  const failed = failedBelowFloor(last.sets, dose.reps);
  if (over.length === 0 && !failed) return null;
  const previous = history.at(-2);
  const jumped =
    previous &&
    ctx.load !== null &&
    topLoad(previous.sets) < ctx.load &&
    daysBetween(previous.day, last.day) < BREAK_DAYS;
  const warnings: Warning[] = over.length
    ? [
        {
          code: "effort-above-target",
          message: `${over.length} set${over.length > 1 ? "s" : ""} last time went above RPE ${dose.rpe.max} (up to ${Math.max(...over.map((s) => s.rpe as number))}).`,
        },
      ]
    : [];
  if (ctx.load === null) {
    const reps = clamp(ctx.lastReps - 2, dose.reps.min, dose.reps.max);
    return result(ctx, {
      change: "hold",
      repsTarget: reps,
      warnings,
      reasons: [
        {
          rule: "P9",
          message: `Sets went past RPE ${dose.rpe.max}: aim for ${reps} reps and stop two or three short of failure (heuristic).`,
        },
      ],
    });
  }
  if (jumped && previous) {
    const owned = roundDown(topLoad(previous.sets), ctx.scheme) ?? ctx.load;
    return result(ctx, {
      change: "reduce-load",
      load: owned,
      repsTarget: clamp(minReps(previous.sets), dose.reps.min, dose.reps.max),
      warnings,
      reasons: [
        {
          rule: failed ? "P5" : "P9",
          message: `The jump to ${ctx.load} ${input.profile.unit} was too much (${failed ? `a set fell below ${dose.reps.min} reps at RPE 10` : `RPE above ${dose.rpe.max}`}): back to ${owned} ${input.profile.unit}, the last load you owned (heuristic).`,
        },
      ],
    });
  }
  // P9: the cut the RPE table gives for the same reps at the target instead of the RPE reached,
  // at most about 5% and at least one step (a half point over in a set of 15 is about 1%, in a
  // triple about 2%).
  const peak = over.length ? Math.max(...over.map((x) => x.rpe as number)) : 10;
  const excess = peak - dose.rpe.max;
  const table = percentOf1rm(ctx.lastReps, ctx.targetRpe) / percentOf1rm(ctx.lastReps, peak);
  const factor = failed ? P5_CUT : Math.max(P9_CUT, table);
  const cut = cutTo(ctx, factor);
  const load =
    cut !== null && ctx.load !== null && cut >= ctx.load ? roundDown(ctx.load - 0.01, ctx.scheme) : cut;
  return result(ctx, {
    change: "reduce-load",
    load,
    warnings,
    reasons: [
      failed
        ? {
            rule: "P5",
            message: `A set fell below ${dose.reps.min} reps at RPE 10: about 5% lighter (${ctx.load} → ${load} ${input.profile.unit}), same reps (heuristic).`,
          }
        : {
            rule: "P9",
            message: `RPE went above ${dose.rpe.max} (up to ${dose.rpe.max + excess}): the same reps at about ${Math.round((1 - factor) * 100)}% less (${ctx.load} → ${load} ${input.profile.unit}) (heuristic).`,
          },
    ],
  });
}

/** Flags the recent sessions that fell in a lighter week of their block (no measure of a stall). */
function markLighterWeeks(
  history: LiftSession[],
  past: readonly HipThrustSession[],
  input: ProgressInput,
): void {
  for (const s of history.slice(-12)) {
    s.lighter = blockPosition(
      past.filter((p) => p.day < s.day),
      s.day,
      input.planStart,
      input.fits,
    ).lighter;
  }
}

/** Sessions since the last reset (a deload or a rep-range change), and the day of that reset. */
function sinceReset(history: readonly LiftSession[]): { window: LiftSession[]; resetDay: string | null } {
  for (let i = history.length - 1; i > 0; i--) {
    const a = history[i - 1] as LiftSession;
    const b = history[i] as LiftSession;
    const dropped = topLoad(a.sets) > 0 && topLoad(b.sets) <= topLoad(a.sets) * DELOAD_DROP;
    const repsMoved = Math.abs(minReps(b.sets) - minReps(a.sets)) >= 3 && topLoad(b.sets) !== topLoad(a.sets);
    if ((dropped || repsMoved) && daysBetween(a.day, b.day) < BREAK_DAYS)
      return { window: history.slice(i), resetDay: b.day };
    if (daysBetween(a.day, b.day) >= BREAK_DAYS) return { window: history.slice(i), resetDay: null };
  }
  return { window: [...history], resetDay: null };
}

/** A new best: a higher e1RM (beyond 1%), or more reps at a load than ever at it or heavier. */
function isNewBest(before: readonly LiftSession[], s: LiftSession): boolean {
  if (before.length === 0) return true;
  const bestE = Math.max(0, ...before.map((b) => b.e1rm ?? 0));
  if (s.e1rm !== null && s.e1rm > bestE * 1.01) return true;
  const load = topLoad(s.sets);
  const reps = minReps(s.sets);
  const bestReps = Math.max(0, ...before.filter((b) => topLoad(b.sets) >= load).map((b) => minReps(b.sets)));
  return reps > bestReps;
}

function stallResponse(ctx: Ctx): Progress | null {
  const { input, history } = ctx;
  if (input.week.lighter) return null;
  const reset = sinceReset(history);
  // A lighter week is itself a rest for the lift: the count starts again after it.
  const lastLighter = reset.window.map((s) => s.lighter === true).lastIndexOf(true);
  let window = reset.window.slice(lastLighter + 1);
  // A lighter session (an effort cut, P9) restarts the count: effort is already steering the load.
  for (let i = window.length - 1; i > 0; i--) {
    if (topLoad((window[i] as LiftSession).sets) < topLoad((window[i - 1] as LiftSession).sets)) {
      window = window.slice(i);
      break;
    }
  }
  // Unloaded work restarts its count at each stage reached (reps, then tempo: P10).
  if (ctx.load === null) {
    const top = ctx.history[unloadedStages(ctx).lastTop];
    if (top) window = window.filter((s) => s.day >= top.day);
  }
  const resetDay = reset.resetDay;
  if (window.length < STALL_SESSIONS + 1) return null;
  let lastBest = 0;
  for (let i = 1; i < window.length; i++) {
    const s = window[i] as LiftSession;
    if (
      isNewBest(
        history.filter((h) => h.day < s.day),
        s,
      )
    )
      lastBest = i;
  }
  // Sessions well under the target effort are under-loading (P9's step), not a stall: they break the count.
  for (let i = lastBest + 1; i < window.length; i++) {
    const rpe = maxRpe((window[i] as LiftSession).sets);
    if (rpe !== null && rpe < input.dose.rpe.min) lastBest = i;
  }
  const since = window.length - 1 - lastBest;
  const bestDay = (window[lastBest] as LiftSession).day;
  if (since < STALL_SESSIONS || daysBetween(bestDay, input.day) < STALL_MIN_DAYS) return null;
  const warning = {
    code: "stall",
    message: `No new best on the ${nameOf(input.exercise).toLowerCase()} in your last ${since} sessions (since ${bestDay}).`,
  };
  if (ctx.load === null) {
    return result(ctx, {
      change: "hold",
      warnings: [warning],
      reasons: [
        {
          rule: "V4",
          message:
            "Stalled on an unloaded variation: slow the lowering to 3 s, pause at the top, or try a new foot position (000, 002).",
        },
      ],
    });
  }
  const { reps } = input.dose;
  if (resetDay !== null && daysBetween(resetDay, input.day) <= SECOND_STALL_DAYS && ctx.e1rm !== null) {
    // A second stall soon after a deload: a new rep target, not a second cut in a row (P6, V4).
    const low = ctx.lastReps <= (reps.min + reps.max) / 2;
    const target = low ? reps.max - 1 : reps.min + 1;
    const best = median(history.slice(-3).map((s) => s.e1rm ?? 0));
    const fromE1rm = roundDown(loadFor(best, target, ctx.targetRpe), ctx.scheme) ?? ctx.load;
    // Never heavier after a form slip, a high check-in or a daily streak (P3, F5, F3).
    let load = input.noProgress ? Math.min(fromE1rm, ctx.load) : fromE1rm;
    // A new rep target inside the range is no new range (P8): P4's weekly cap holds it.
    const spacing = spacingCap(ctx, load);
    if (spacing) load = ctx.load;
    return result(ctx, {
      change: load < ctx.load ? "reduce-load" : load > ctx.load ? "increase-load" : "hold",
      load,
      repsTarget: target,
      warnings: [warning],
      reasons: [
        {
          rule: "P6",
          message: `A second stall within six weeks of the last deload: change the rep target to ${target} (${load} ${input.profile.unit}${spacing ? "" : `, from your recent e1RM at RPE ${ctx.targetRpe}`}) rather than cutting again (heuristic).`,
        },
        ...(spacing ? [spacing] : []),
      ],
    });
  }
  const load = cutTo(ctx, P6_DELOAD);
  return result(ctx, {
    change: "deload",
    load,
    warnings: [warning],
    reasons: [
      {
        rule: "P6",
        message: `A stall: deload about 10% (${ctx.load} → ${load} ${input.profile.unit}) and build back (000).`,
      },
    ],
  });
}

/** The load a break interrupted, while the ramp back after it lasts (F7). */
function rampBackTarget(history: readonly LiftSession[], day: string): number | null {
  for (let i = history.length - 1; i > 0; i--) {
    const a = history[i - 1] as LiftSession;
    const b = history[i] as LiftSession;
    if (daysBetween(a.day, b.day) >= BREAK_DAYS) {
      return daysBetween(b.day, day) <= RAMP_BACK_DAYS ? topLoad(a.sets) : null;
    }
  }
  return null;
}

/** P4: the day of the last load increase, when it is under 7 days ago; else null. */
function recentIncrease(ctx: Ctx): string | null {
  const increasedOn = lastIncreaseDay(ctx.history);
  return increasedOn !== null && daysBetween(increasedOn, ctx.input.day) < INCREASE_SPACING_DAYS
    ? increasedOn
    : null;
}

/** P4: a load above the current one within 7 days of the last increase waits; the reason says so. */
function spacingCap(ctx: Ctx, load: number | null): Reason | null {
  if (load === null || ctx.load === null || load <= ctx.load) return null;
  const increasedOn = recentIncrease(ctx);
  if (increasedOn === null) return null;
  return {
    rule: "P4",
    message: `The load last went up on ${increasedOn}: ${ctx.load} ${ctx.input.profile.unit} until 7 days have passed, at most one increase a week (heuristic).`,
  };
}

function lastIncreaseDay(history: readonly LiftSession[]): string | null {
  for (let i = history.length - 1; i > 0; i--) {
    if (topLoad((history[i] as LiftSession).sets) > topLoad((history[i - 1] as LiftSession).sets))
      return (history[i] as LiftSession).day;
  }
  return null;
}

/** Double progression (P2, P4), steered by effort (P9) and the equipment's limits (P7, P10). */
function progress(ctx: Ctx, gates: "held" | "failed" | "unknown"): Progress {
  const { input, last, load } = ctx;
  const { dose, profile } = input;
  const unit = profile.unit;
  const planned = last.backoff.length ? last.sets.length : Math.min(dose.sets.min, input.week.sets);
  const top = reachedTop(last.sets, dose.reps, dose.rpe.max, planned);
  const rpe = maxRpe(last.sets);
  const easy = rpe !== null && rpe <= dose.rpe.min - 2;
  const held = gates === "held";
  const rampTo = load !== null ? rampBackTarget(ctx.history, input.day) : null;
  const wantsMore = top || easy || (rampTo !== null && load !== null && load < rampTo);

  if (wantsMore && input.noProgress) return result(ctx, { change: "hold", reasons: [input.noProgress] });
  if (wantsMore && !held) {
    return result(ctx, {
      change: "hold",
      reasons: [
        {
          rule: "P3",
          message:
            gates === "unknown"
              ? "The last session has no lockout, control or pain record (an imported or quick log, or a video in which a plate hid the hip): log them for one session, and if they hold the load goes up next time."
              : "A failed form gate holds the load (004).",
        },
      ],
    });
  }
  // Unloaded sets far under the effort floor skip ahead a stage, as a loaded lift takes a bigger step (P9).
  if (load === null) return unloadedProgress(ctx, (top || easy) && held);

  // F7: ramping back after a break, toward the load the break interrupted.
  if (
    rampTo !== null &&
    load < rampTo &&
    (top || ctx.lastReps >= dose.reps.min) &&
    (rpe === null || rpe <= input.week.rpe.max)
  ) {
    const next = Math.min(rampTo, roundDown(load * 1.06, ctx.scheme) ?? load);
    const stepUp = next > load ? next : (nextIncrease(load, ctx.scheme, unit) ?? load);
    return result(ctx, {
      change: stepUp > load ? "increase-load" : "hold",
      load: Math.min(stepUp, rampTo),
      reasons: [
        {
          rule: "F7",
          message: `Ramping back toward the ${rampTo} ${unit} you lifted before the break (heuristic).`,
        },
      ],
    });
  }
  if (easy && ctx.e1rm !== null) {
    const reps = clamp(ctx.lastReps, dose.reps.min, dose.reps.max);
    const cap = dose.kind === "novice-strength" ? BIG_STEP.novice : BIG_STEP.max;
    const wanted = clamp(loadFor(ctx.e1rm, reps, ctx.targetRpe), load * (1 + BIG_STEP.min), load * (1 + cap));
    const below = roundDown(wanted, ctx.scheme) ?? load;
    const above = nextIncrease(below, ctx.scheme, unit);
    const nearest =
      above !== null && above <= load * (1 + cap) && above - wanted < wanted - below ? above : below;
    const next = Math.max(nearest, nextIncrease(load, ctx.scheme, unit) ?? load);
    if (next > load) {
      return result(ctx, {
        change: "increase-load",
        load: next,
        repsTarget: reps,
        reasons: [
          {
            rule: "P9",
            message: `Last time's sets peaked at RPE ${rpe}, two or more under the floor of ${dose.rpe.min}: a bigger step from your e1RM, ${load} → ${next} ${unit} (+${Math.round(((next - load) / load) * 100)}%) for ${reps} reps (heuristic).`,
          },
        ],
      });
    }
  }
  if (!top) {
    // Autoregulated double progression (P9): reps in reserve beyond the target become reps.
    const spare = rpe === null ? 1 : Math.max(1, Math.round(ctx.targetRpe - rpe));
    const nextReps = clamp(ctx.lastReps + spare, dose.reps.min, dose.reps.max);
    const short = last.sets.length < planned;
    return result(ctx, {
      change: "add-reps",
      repsTarget: nextReps,
      reasons: [
        {
          rule: "P2",
          message: short
            ? `Last time ${last.sets.length} working set${last.sets.length > 1 ? "s" : ""} of ${planned}: same load, all sets of ${nextReps}.`
            : `Last time ${ctx.lastReps} reps${rpe !== null ? ` at up to RPE ${rpe}` : ""}, below the top of ${dose.reps.max}: same load, aim for ${nextReps} a set${spare > 1 ? ` (${spare} more: the sets were easier than RPE ${ctx.targetRpe})` : ""}.`,
        },
      ],
    });
  }
  const increasedOn = recentIncrease(ctx);
  if (increasedOn !== null) {
    return result(ctx, {
      change: "hold",
      reasons: [
        {
          rule: "P4",
          message: `Every set reached ${dose.reps.max}, but the load last went up on ${increasedOn}; at most one increase per 7 days (heuristic).`,
        },
      ],
    });
  }
  const next = nextIncrease(load, ctx.scheme, unit);
  const moved = dumbbellToBar(ctx, next);
  if (moved) return moved;
  if (next === null) return atEquipmentTop(ctx);
  // P9: sets that ended well under the target effort earn more than the smallest step: the load
  // for one rep fewer at the target RPE, from e1RM (at most about 10%).
  const aim = clamp(ctx.lastReps - 1, dose.reps.min, dose.reps.max);
  const wanted =
    ctx.e1rm !== null && rpe !== null && rpe < ctx.targetRpe - 0.5
      ? roundDown(Math.min(loadFor(ctx.e1rm, aim, ctx.targetRpe), load * (1 + BIG_STEP.max)), ctx.scheme)
      : null;
  if (wanted !== null && wanted > next) {
    return result(ctx, {
      change: "increase-load",
      load: wanted,
      repsTarget: aim,
      reasons: [
        {
          rule: "P2",
          message: `Every set reached ${dose.reps.max} reps at or under RPE ${dose.rpe.max} with form intact.`,
        },
        {
          rule: "P9",
          message: `The sets peaked at RPE ${rpe}, under the target of ${ctx.targetRpe}: ${load} → ${wanted} ${unit} (+${Math.round(((wanted - load) / load) * 100)}%, from your e1RM) for ${aim} reps (heuristic).`,
        },
      ],
    });
  }
  // Item 10: aim near the last reps: after a small step one or two under them, as the new load
  // allows at the target RPE by e1RM; after a big one what e1RM allows (without one, the floor).
  const small = (next - load) / load < 0.05;
  const byE1rm = ctx.e1rm !== null ? Math.floor(30 * (ctx.e1rm / next - 1) - (10 - ctx.targetRpe)) : null;
  const aimed = small ? Math.max(ctx.lastReps - 2, byE1rm ?? ctx.lastReps - 2) : (byE1rm ?? dose.reps.min);
  const repsTarget = clamp(Math.min(ctx.lastReps - 1, aimed), dose.reps.min, dose.reps.max);
  return result(ctx, {
    change: "increase-load",
    load: next,
    repsTarget,
    reasons: [
      {
        rule: "P2",
        message: `Every set reached ${dose.reps.max} reps at or under RPE ${dose.rpe.max} with form intact.`,
      },
      {
        rule: "P4",
        message: `Add ${round(next - load)} ${unit}, the smallest step your equipment makes; aim for ${repsTarget} reps.`,
      },
    ],
  });
}

/** P7: when the dumbbell outgrows the bar, move to the barbell at that load. */
function dumbbellToBar(ctx: Ctx, next: number | null): Progress | null {
  const { input } = ctx;
  if (
    input.exercise !== "dumbbell-hip-thrust" ||
    !availableVariations(input.profile).includes("barbell-hip-thrust")
  )
    return null;
  const bar = loadSchemeFor("barbell-hip-thrust", input.profile);
  const target = next ?? ctx.load;
  if (bar.kind !== "barbell" || target === null || (next !== null && target < bar.bar)) return null;
  return result(ctx, {
    exercise: "barbell-hip-thrust",
    change: "progress-variation",
    load: roundDown(Math.max(target, bar.bar), bar),
    repsTarget: input.dose.reps.min,
    reasons: [
      {
        rule: "P7",
        message: "Your dumbbell load has reached the bar's weight: move to the barbell hip thrust.",
      },
    ],
  });
}

/** No heavier load to add: the heaviest dumbbell or stack goes on by reps to 20, then tempo and single-leg (P10). */
function atEquipmentTop(ctx: Ctx): Progress {
  const { input, load } = ctx;
  const top = maxLoad(ctx.scheme);
  if (top === null || load === null || load < top) {
    return result(ctx, {
      change: "hold",
      reasons: [
        {
          rule: "P4",
          message:
            "Your plates cannot make a small enough step; add a pair of small plates, or add reps meanwhile.",
        },
      ],
    });
  }
  const what =
    ctx.scheme.kind === "increment" && ctx.scheme.what === "stack"
      ? "the machine's full stack"
      : "your heaviest dumbbell";
  const reps = { min: input.dose.reps.min, max: HEAVIEST_REPS_MAX };
  if (ctx.lastReps < HEAVIEST_REPS_MAX) {
    const target = Math.min(HEAVIEST_REPS_MAX, ctx.lastReps + 2);
    return result(ctx, {
      change: "add-reps",
      reps,
      repsTarget: target,
      reasons: [
        {
          rule: "P10",
          message: `${load} ${input.profile.unit} is ${what}: progress by reps, up to about ${HEAVIEST_REPS_MAX} a set, then a 3 s lowering and a pause at the top, then single-leg (heuristic).`,
        },
      ],
    });
  }
  const single = availableVariations(input.profile).includes("single-leg-hip-thrust");
  return result(ctx, {
    change: "hold",
    reps,
    repsTarget: HEAVIEST_REPS_MAX,
    reasons: [
      {
        rule: "P10",
        message: `${HEAVIEST_REPS_MAX} reps with ${what}: keep the load and slow the lowering to 3 s with a 2 s pause at the top${single ? "; when that is easy, go single-leg holding the dumbbell" : ""} (heuristic).`,
      },
    ],
  });
}

/** P10: the tempo that makes unloaded work harder before resistance is added (V4). */
export const TEMPO = "3 s lowering and a 2 s pause at the top";

/**
 * How many sessions on this unloaded variation (and band) reached the top of the range, or were
 * far under the effort floor, with form held, and the index of the last: each is a stage done.
 */
function unloadedStages(ctx: Ctx): { done: number; lastTop: number } {
  const { dose } = ctx.input;
  let done = 0;
  let lastTop = -1;
  ctx.history.forEach((s, i) => {
    if (ctx.scheme.kind === "band" && bandOf(s.sets, ctx.scheme.bands) !== ctx.band) return;
    const rpe = maxRpe(s.sets);
    const easy = rpe !== null && rpe <= dose.rpe.min - 2;
    if (!easy && !reachedTop(s.sets, dose.reps, dose.rpe.max, dose.sets.min)) return;
    if (formGates(s.sets).overall === "failed") return;
    done++;
    lastTop = i;
  });
  return { done, lastTop };
}

/** The banded variation a lifter moves to after single-leg work: band first when nothing else loads (P7). */
function bandedStep(profile: Profile): HipThrustId | null {
  return availableVariations(profile).find(isBanded) ?? null;
}

/**
 * Bodyweight and band work (P10, P7, V2, V4): reps to the top of the range; then, on the ladder,
 * a harder unloaded rung or (outside rehab) a dumbbell, bar or machine once the form held twice;
 * where only bands or nothing are left: a slower tempo, then one leg, then a band, then the next band.
 */
function unloadedProgress(ctx: Ctx, ready: boolean): Progress {
  const { input } = ctx;
  const { dose, profile, exercise } = input;
  const stages = unloadedStages(ctx);
  const up = nextVariationUp(exercise, profile);
  const ladderUp = up !== null && !isBanded(up) && (!isExternallyLoaded(up) || !isRehab(profile)) ? up : null;
  const tempo = !ladderUp && stages.done >= 1 && exercise !== "single-leg-hip-thrust" ? { tempo: TEMPO } : {};
  if (!ready) {
    const nextReps = clamp(ctx.lastReps + 1, dose.reps.min, dose.reps.max);
    return result(ctx, {
      change: "add-reps",
      repsTarget: nextReps,
      ...tempo,
      reasons: [
        {
          rule: "P10",
          message: `Last time ${ctx.lastReps} reps: aim for ${nextReps}${tempo.tempo ? ` with a ${TEMPO}` : ""}, two or three short of failure, up to ${dose.reps.max} (heuristic).`,
        },
      ],
    });
  }
  if (ctx.scheme.kind === "band" && ctx.band) {
    const i = ctx.scheme.bands.indexOf(ctx.band);
    const heavier = ctx.scheme.bands[i + 1];
    if (heavier) {
      return result(ctx, {
        change: "increase-load",
        band: heavier,
        repsTarget: dose.reps.min,
        reasons: [
          {
            rule: "P10",
            message: `Every set reached ${dose.reps.max} with the ${ctx.band} band: move to the ${heavier} band for ${dose.reps.min} (heuristic).`,
          },
        ],
      });
    }
  }
  const previous = ctx.history.at(-2);
  const twoClean = previous !== undefined && formGates(previous.sets).overall === "held";
  if (ladderUp && !twoClean) {
    return result(ctx, {
      change: "hold",
      reasons: [
        { rule: "V2", message: "Form held once; one more clean session before moving up the ladder." },
      ],
    });
  }
  if (ladderUp)
    return moveTo(
      ctx,
      ladderUp,
      "P7",
      `Form gates held for two sessions: move up to the ${nameOf(ladderUp).toLowerCase()} (V2).`,
    );
  // Only bands, or nothing, left to add: tempo first, then one leg, then a band (P10, V4).
  if (stages.done === 1 && exercise !== "single-leg-hip-thrust") {
    return result(ctx, {
      change: "progress-variation",
      repsTarget: dose.reps.min,
      tempo: TEMPO,
      reasons: [
        {
          rule: "P10",
          message: `Every set reached ${dose.reps.max}: make it harder before adding resistance, a ${TEMPO}, from ${dose.reps.min} reps (V4; heuristic).`,
        },
      ],
    });
  }
  const single = availableVariations(profile).includes("single-leg-hip-thrust");
  if (single && !isBanded(exercise) && exercise !== "single-leg-hip-thrust") {
    return moveTo(
      ctx,
      "single-leg-hip-thrust",
      "P10",
      `Every set reached ${dose.reps.max} with the slower tempo: one leg at a time next, before adding a band (V4; heuristic).`,
    );
  }
  const banded = isBanded(exercise) ? null : bandedStep(profile);
  if (banded) {
    return moveTo(
      ctx,
      banded,
      "P7",
      `Every set reached ${dose.reps.max}${exercise === "single-leg-hip-thrust" ? " on one leg" : ""}: add resistance with the ${nameOf(banded).toLowerCase()} (heuristic).`,
    );
  }
  const atTop = isBanded(exercise)
    ? `${dose.reps.max} reps with your heaviest band: double it up or go single-leg with it, and slow the lowering to 3 s (000, 002).`
    : "Top of the ladder your equipment allows: slow the lowering to 3 s and pause at the top to keep progressing (000, 002).";
  return result(ctx, {
    change: "hold",
    repsTarget: dose.reps.max,
    ...(exercise === "single-leg-hip-thrust" ? {} : { tempo: TEMPO }),
    reasons: [{ rule: "V4", message: atTop }],
  });
}

/** A move to another variation; a newly loaded one starts with a ramp to the target RPE (P1). */
function moveTo(ctx: Ctx, to: HipThrustId, rule: string, message: string): Progress {
  const { profile } = ctx.input;
  const dose = doseFor(profile, { exercise: to });
  const scheme = loadSchemeFor(to, profile);
  const load = startingLoad(scheme, profile);
  const ramp =
    load !== null && isNumericLoad(scheme) ? rampFor(scheme, load, profile, dose, ctx.targetRpe) : null;
  return result(ctx, {
    exercise: to,
    change: "progress-variation",
    load,
    repsTarget: dose.reps.min,
    ...(scheme.kind === "band" && scheme.bands[0] ? { band: scheme.bands[0] } : {}),
    ...(ramp ? { rampUp: ramp, repsTarget: ramp.reps } : {}),
    reasons: [
      { rule: "P2", message: `Every set reached ${ctx.input.dose.reps.max} reps with form intact.` },
      { rule, message },
    ],
  });
}
