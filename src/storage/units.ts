import type { Unit } from "../core/types.js";

/** Exact by definition (international yard and pound agreement, 1959). */
export const KG_PER_LB = 0.45359237;

/**
 * Converts a stored load for display. The stored value never changes, so a round trip is
 * exact; the result is rounded to 1e-6 only to drop binary noise (100 lb → 45.359237 kg).
 */
export function convertLoad(load: number, from: Unit, to: Unit): number {
  if (from === to) return load;
  const value = from === "lb" ? load * KG_PER_LB : load / KG_PER_LB;
  return Math.round(value * 1e6) / 1e6;
}
