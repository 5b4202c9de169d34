import type { PlatesPerSide, Unit } from "../types.js";

export const DEFAULT_PLATES: Record<Unit, number[]> = {
  kg: [25, 20, 15, 10, 5, 2.5, 1.25],
  lb: [45, 35, 25, 10, 5, 2.5],
};
export const DEFAULT_BAR: Record<Unit, number> = { kg: 20, lb: 45 };

// Work in thousandths so 1.25 and 2.5 add up exactly.
const SCALE = 1000;
const toInt = (x: number) => Math.round(x * SCALE);

/**
 * Plates per side for `total` on a bar of `bar`, assuming pairs of every listed size without
 * limit. Fewest plates first; null when the plates cannot make the load exactly.
 */
export function platesPerSide(total: number, bar: number, plates: readonly number[]): PlatesPerSide | null {
  const side = toInt(total - bar) / 2;
  if (!Number.isInteger(side) || side < 0) return null;
  const sizes = [...new Set(plates.map(toInt))].filter((p) => p > 0).sort((a, b) => b - a);
  // Unbounded change-making, fewest plates; loads here stay small (a few thousand steps of the gcd).
  const unit = sizes.reduce(gcd, side || (sizes[0] ?? 1));
  if (unit === 0 || side % unit !== 0) return null;
  const n = side / unit;
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const pick = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (const size of sizes) {
      const s = size / unit;
      if (s <= i && (best[i - s] as number) + 1 < (best[i] as number)) {
        best[i] = (best[i - s] as number) + 1;
        pick[i] = size;
      }
    }
  }
  if (!Number.isFinite(best[n])) return null;
  const perSide: number[] = [];
  for (let i = n; i > 0; i -= (pick[i] as number) / unit) perSide.push((pick[i] as number) / SCALE);
  perSide.sort((a, b) => b - a);
  return { perSide, bar, total };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The finest amount the plates can add to one side (their greatest common divisor). */
export function plateGrain(plates: readonly number[]): number {
  const sizes = plates.map(toInt).filter((p) => p > 0);
  return sizes.reduce(gcd, sizes[0] ?? SCALE) / SCALE;
}
