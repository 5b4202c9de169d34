import type { HipThrustId, Profile, Unit } from "../types.js";
import { DEFAULT_BAR, DEFAULT_PLATES, plateGrain, platesPerSide } from "./plates.js";

/** How an exercise's load is made: a bar with plate pairs, fixed increments, or the body alone. */
export type LoadScheme =
  | { kind: "barbell"; bar: number; plates: number[] }
  | { kind: "increment"; step: number; min: number; what: "dumbbell" | "stack" }
  | { kind: "bodyweight" };

/** P4: a load step of about 1–2.5 kg or 2.5–5 lb. */
export const P4_STEP: Record<Unit, { min: number; max: number }> = {
  kg: { min: 1, max: 2.5 },
  lb: { min: 2.5, max: 5 },
};

const DUMBBELL_STEP: Record<Unit, number> = { kg: 2.5, lb: 5 };
const STACK_STEP: Record<Unit, number> = { kg: 5, lb: 10 };

export function loadSchemeFor(exercise: HipThrustId, profile: Profile): LoadScheme {
  const bar = profile.barWeight ?? DEFAULT_BAR[profile.unit];
  const plates = profile.plates?.length ? profile.plates : DEFAULT_PLATES[profile.unit];
  switch (exercise) {
    case "barbell-hip-thrust":
    case "barbell-glute-bridge":
    case "smith-machine-hip-thrust":
      return { kind: "barbell", bar, plates };
    case "dumbbell-hip-thrust":
    case "dumbbell-glute-bridge": {
      const step = DUMBBELL_STEP[profile.unit];
      return { kind: "increment", step, min: step, what: "dumbbell" };
    }
    case "machine-hip-thrust": {
      const step = STACK_STEP[profile.unit];
      return { kind: "increment", step, min: step, what: "stack" };
    }
    default:
      return { kind: "bodyweight" };
  }
}

const EPS = 1e-9;

export function isMakeable(load: number, scheme: LoadScheme): boolean {
  switch (scheme.kind) {
    case "barbell":
      return platesPerSide(load, scheme.bar, scheme.plates) !== null;
    case "increment":
      return load >= scheme.min - EPS && Math.abs(load / scheme.step - Math.round(load / scheme.step)) < 1e-6;
    case "bodyweight":
      return load === 0;
  }
}

/** Makeable loads from `from` in the given direction, nearest first; bounded so it always ends. */
function* walk(from: number, scheme: LoadScheme, direction: 1 | -1): Generator<number> {
  if (scheme.kind === "bodyweight") return;
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
  if (scheme.kind === "bodyweight") return null;
  for (const load of walk(target, scheme, -1)) return load;
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
    return jump <= Math.max(2 * P4_STEP[unit].max, 0.1 * current) + EPS ? load : null;
  }
  return null;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
