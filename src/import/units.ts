import type { Unit } from "../core/types.js";

/** The international pound, exactly. */
const KG_PER_LB = 0.45359237;

/**
 * A load in another unit. Converted loads are rounded to 3 decimals: finer than any plate, and
 * free of float noise like 132.27735731092653. Same-unit loads are returned untouched.
 */
export function convertLoad(load: number, from: Unit, to: Unit): number {
  if (from === to) return load;
  const converted = from === "lb" ? load * KG_PER_LB : load / KG_PER_LB;
  return Math.round(converted * 1000) / 1000;
}
