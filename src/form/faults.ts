import type { RepFaultCode, SetFaultCode } from "../contract/analysis.js";
import type { RepMetrics } from "./metrics.js";
import type { FaultThresholds } from "./options.js";
import { mean, standardDeviation } from "./stats.js";

/** Faults read off the hip angle at the top: not judged when the hip was hidden there. */
export const LOCKOUT_FAULTS: ReadonlySet<string> = new Set<RepFaultCode>([
  "incomplete-lockout",
  "hyperextension",
]);
/** Faults about the feet: not judged when the recording cannot show where the feet are. */
export const FOOT_FAULTS: ReadonlySet<string> = new Set<RepFaultCode>(["feet-too-far", "feet-too-close"]);

export type FaultInput = Pick<
  RepMetrics,
  "hipAngleTop" | "kneeAngleTop" | "topHoldSeconds" | "eccentricSeconds" | "bottomPauseSeconds"
> &
  Partial<Pick<RepMetrics, "bodyRiseTop">>;

/** Within this rise the body counts as level, as on a bench, and the knee angle is judged as it is (ours). */
const LEVEL_BAND_DEGREES = 10;

/**
 * CONTRACT's knee limits stand for "shins vertical at the top" on a level body. When the body line
 * rises steeply toward the knees (a floor bridge), vertical shins close the knee by that rise, so the
 * rise beyond the level band is added back before the limits are applied.
 */
export function levelKneeAngle(kneeAngleTop: number, bodyRiseTop = 0): number {
  const beyond = Math.max(0, Math.abs(bodyRiseTop) - LEVEL_BAND_DEGREES);
  return kneeAngleTop + Math.sign(bodyRiseTop) * beyond;
}

/** CONTRACT's per-rep rules, in its order. */
export function repFaults(m: FaultInput, t: FaultThresholds): RepFaultCode[] {
  const faults: RepFaultCode[] = [];
  if (m.hipAngleTop < t.lockoutMinDegrees) faults.push("incomplete-lockout");
  if (m.hipAngleTop > t.hyperextensionMaxDegrees) faults.push("hyperextension");
  const knee = levelKneeAngle(m.kneeAngleTop, m.bodyRiseTop);
  if (knee > t.kneeTopMaxDegrees) faults.push("feet-too-far");
  if (knee < t.kneeTopMinDegrees) faults.push("feet-too-close");
  if (m.topHoldSeconds < t.topHoldMinSeconds) faults.push("no-top-hold");
  if (m.eccentricSeconds < t.eccentricMinSeconds) faults.push("fast-eccentric");
  if (m.eccentricSeconds < t.bounceEccentricMaxSeconds && m.bottomPauseSeconds < t.bouncePauseMaxSeconds) {
    faults.push("bounce");
  }
  return faults;
}

/** Fewer reps than this say nothing about consistency. */
const MIN_REPS_FOR_SPREAD = 3;

/** inconsistent-range: the top or the depth wanders from rep to rep (004). */
export function setFaults(
  reps: readonly { hipAngleTop: number; rangeOfMotion: number }[],
  t: FaultThresholds,
): SetFaultCode[] {
  if (reps.length < MIN_REPS_FOR_SPREAD) return [];
  const tops = reps.map((r) => r.hipAngleTop);
  const ranges = reps.map((r) => r.rangeOfMotion);
  const topWanders = standardDeviation(tops) > t.topSpreadMaxDegrees;
  const depthWanders = standardDeviation(ranges) > t.rangeSpreadMaxFraction * mean(ranges);
  return topWanders || depthWanders ? ["inconsistent-range"] : [];
}
