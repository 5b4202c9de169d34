import type { LoggedSet, Range } from "../types.js";

/** P3 gate state; a form field that was not recorded is unknown, never a pass (CONTRACT). */
export type GateState = "held" | "failed" | "unknown";

export interface FormGates {
  lockout: GateState;
  control: GateState;
  pain: GateState;
  overall: GateState;
}

function gate(sets: readonly LoggedSet[], pass: (s: LoggedSet) => boolean | undefined): GateState {
  const results = sets.map(pass);
  if (results.includes(false)) return "failed";
  return results.length > 0 && results.every((r) => r === true) ? "held" : "unknown";
}

export function formGates(sets: readonly LoggedSet[]): FormGates {
  const lockout = gate(sets, (s) => s.fullLockout);
  const control = gate(sets, (s) => s.controlled);
  const pain = gate(sets, (s) => (s.pain === undefined ? undefined : s.pain === 0));
  const all = [lockout, control, pain];
  const overall = all.includes("failed") ? "failed" : all.every((g) => g === "held") ? "held" : "unknown";
  return { lockout, control, pain, overall };
}

/** Technique gates only (lockout and control): pain is judged on its own by F6. */
export function techniqueFailed(gates: FormGates): boolean {
  return gates.lockout === "failed" || gates.control === "failed";
}

/** P2: every planned set reached the top of the range at or under the RPE ceiling. */
export function reachedTop(
  sets: readonly LoggedSet[],
  reps: Range,
  rpeCeiling: number,
  planned: number,
): boolean {
  return (
    sets.length >= planned &&
    sets.every((s) => s.reps >= reps.max && (s.rpe === undefined || s.rpe <= rpeCeiling))
  );
}

/** P5: a set below the range's floor at RPE 10. */
export function failedBelowFloor(sets: readonly LoggedSet[], reps: Range): boolean {
  return sets.some((s) => s.reps < reps.min && s.rpe !== undefined && s.rpe >= 10);
}

/** The session's working load: its heaviest working set. */
export function topLoad(sets: readonly LoggedSet[]): number {
  return Math.max(0, ...sets.map((s) => s.load));
}

/** Reps done at the session's top load, the measure of rep progress at a given load. */
export function repsAtTop(sets: readonly LoggedSet[]): number {
  const top = topLoad(sets);
  return sets.filter((s) => s.load === top).reduce((sum, s) => sum + s.reps, 0);
}
