import type { HipThrustId, Profile, Unit } from "../types.js";
import { DEFAULT_BAR, DEFAULT_PLATES, plateGrain, platesPerSide } from "./plates.js";

/**
 * How an exercise's load is made: a bar with plate pairs (a Smith bar says when its weight was
 * assumed), fixed increments up to what is owned (dumbbells to `dumbbellMax`, a machine stack to
 * `machineMax`), the bands owned, or the body alone.
 */
export type LoadScheme =
  | { kind: "barbell"; bar: number; plates: number[]; assumedBar?: boolean }
  | { kind: "increment"; step: number; min: number; max?: number; what: "dumbbell" | "stack" }
  | { kind: "band"; bands: string[] }
  | { kind: "bodyweight" };

/** P4: a load step of about 1–2.5 kg or 2.5–5 lb. */
export const P4_STEP: Record<Unit, { min: number; max: number }> = {
  kg: { min: 1, max: 2.5 },
  lb: { min: 2.5, max: 5 },
};

const DUMBBELL_STEP: Record<Unit, number> = { kg: 2.5, lb: 5 };
const STACK_STEP: Record<Unit, number> = { kg: 5, lb: 10 };
/** A Smith bar's weight when the profile does not give it: many are lighter than a barbell or counterbalanced. */
export const DEFAULT_SMITH_BAR: Record<Unit, number> = { kg: 15, lb: 35 };

export function loadSchemeFor(exercise: HipThrustId, profile: Profile): LoadScheme {
  const bar = profile.barWeight ?? DEFAULT_BAR[profile.unit];
  const plates = profile.plates?.length ? profile.plates : DEFAULT_PLATES[profile.unit];
  switch (exercise) {
    case "barbell-hip-thrust":
    case "barbell-glute-bridge":
      return { kind: "barbell", bar, plates };
    case "smith-machine-hip-thrust":
      return profile.smithBarWeight !== undefined
        ? { kind: "barbell", bar: profile.smithBarWeight, plates }
        : { kind: "barbell", bar: DEFAULT_SMITH_BAR[profile.unit], plates, assumedBar: true };
    case "dumbbell-hip-thrust":
    case "dumbbell-glute-bridge": {
      const step = DUMBBELL_STEP[profile.unit];
      return {
        kind: "increment",
        step,
        min: step,
        what: "dumbbell",
        ...(profile.dumbbellMax !== undefined ? { max: profile.dumbbellMax } : {}),
      };
    }
    case "machine-hip-thrust": {
      const step = profile.machineStep ?? STACK_STEP[profile.unit];
      return {
        kind: "increment",
        step,
        min: step,
        what: "stack",
        ...(profile.machineMax !== undefined ? { max: profile.machineMax } : {}),
      };
    }
    case "banded-hip-thrust":
    case "banded-glute-bridge":
      return { kind: "band", bands: profile.bands ?? [] };
    default:
      return { kind: "bodyweight" };
  }
}

/** The heaviest load the equipment makes, when it has a top (dumbbells owned, a machine's stack). */
export function maxLoad(scheme: LoadScheme): number | null {
  if (scheme.kind !== "increment" || scheme.max === undefined) return null;
  return Math.floor(scheme.max / scheme.step + 1e-9) * scheme.step;
}

/** Whether a scheme's load is a number (bar, dumbbell, stack) rather than the body or a band. */
export function isNumericLoad(
  scheme: LoadScheme,
): scheme is Extract<LoadScheme, { kind: "barbell" | "increment" }> {
  return scheme.kind === "barbell" || scheme.kind === "increment";
}

const EPS = 1e-9;

export function isMakeable(load: number, scheme: LoadScheme): boolean {
  switch (scheme.kind) {
    case "barbell":
      return platesPerSide(load, scheme.bar, scheme.plates) !== null;
    case "increment":
      return (
        load >= scheme.min - EPS &&
        (scheme.max === undefined || load <= scheme.max + EPS) &&
        Math.abs(load / scheme.step - Math.round(load / scheme.step)) < 1e-6
      );
    case "band":
    case "bodyweight":
      return load === 0;
  }
}

/** Makeable loads from `from` in the given direction, nearest first; bounded so it always ends. */
function* walk(from: number, scheme: LoadScheme, direction: 1 | -1): Generator<number> {
  if (!isNumericLoad(scheme)) return;
  const grain = scheme.kind === "barbell" ? 2 * plateGrain(scheme.plates) : scheme.step;
  const floor = scheme.kind === "barbell" ? scheme.bar : scheme.min;
  const base = scheme.kind === "barbell" ? scheme.bar : 0;
  const start = direction === 1 ? Math.max(from, floor) : from;
  let k =
    direction === 1 ? Math.ceil((start - base) / grain - 1e-9) : Math.floor((start - base) / grain + 1e-9);
  for (let i = 0; i < 10_000; i++, k += direction) {
    const load = round3(base + k * grain);
    if (load < floor - EPS) return;
    if (isMakeable(load, scheme)) yield load;
  }
}

/** The heaviest makeable load at or below `target`; the lightest makeable load when none is. */
export function roundDown(target: number, scheme: LoadScheme): number | null {
  if (!isNumericLoad(scheme)) return null;
  const top = maxLoad(scheme);
  for (const load of walk(top === null ? target : Math.min(target, top), scheme, -1)) return load;
  for (const load of walk(0, scheme, 1)) return load;
  return null;
}

/**
 * P4: the next load up — the smallest makeable load above `current`. Null when the equipment
 * cannot make a step small enough (over twice P4's step and over 10% of the load): add reps instead.
 */
export function nextIncrease(current: number, scheme: LoadScheme, unit: Unit): number | null {
  for (const load of walk(current + P4_STEP[unit].min, scheme, 1)) {
    const jump = load - current;
    // A dumbbell rack or a machine stack steps as it is made: its next step is the step.
    if (scheme.kind === "increment") return jump <= scheme.step + EPS ? load : null;
    return jump <= Math.max(2 * P4_STEP[unit].max, 0.1 * current) + EPS ? load : null;
  }
  return null;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
