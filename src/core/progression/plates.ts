import type { PlatesPerSide, Unit } from "../types.js";

export const DEFAULT_PLATES: Record<Unit, number[]> = {
  kg: [25, 20, 15, 10, 5, 2.5, 1.25],
  lb: [45, 35, 25, 10, 5, 2.5],
};
export const DEFAULT_BAR: Record<Unit, number> = { kg: 20, lb: 45 };

/**
 * The finest plate step the search works in (either unit). Profiles only hold plates that are
 * multiples of it, so the search below counts in whole steps and its size is known in advance.
 */
export const PLATE_STEP = 0.05;
/** The most distinct plate sizes a profile may list. */
export const MAX_PLATE_SIZES = 20;
/** No side of a bar holds more than this (in the profile's unit): loads are at most 2000. */
export const MAX_SIDE = 1000;

// Work in thousandths so 1.25 and 2.5 add up exactly.
const SCALE = 1000;
const toInt = (x: number) => Math.round(x * SCALE);

/**
 * Fewest plates for every side load of one plate set, filled once up to the largest side asked so
 * far (at most MAX_SIDE / grain entries × MAX_PLATE_SIZES steps), then answered by lookup: `walk`
 * in loads.ts asks about thousands of neighbouring loads for one request.
 */
interface PlateTable {
  /** Thousandths per table step: the greatest common divisor of the sizes. */
  unit: number;
  /** Sizes in table steps, largest first. */
  sizes: number[];
  /** Fewest plates for i steps (0 = cannot be made; index 0 is the empty side). */
  count: Uint16Array;
  /** The plate (in table steps) that the fewest-plates answer for i steps ends with. */
  pick: Uint32Array;
  filled: number;
}

const tables = new Map<string, PlateTable>();
/** A server sees few distinct plate sets; drop the oldest past this many. */
const MAX_TABLES = 64;

function tableFor(sizesInt: readonly number[]): PlateTable {
  const key = sizesInt.join(",");
  const found = tables.get(key);
  if (found) return found;
  const unit = sizesInt.reduce(gcd);
  const table: PlateTable = {
    unit,
    sizes: sizesInt.map((s) => s / unit),
    count: new Uint16Array(1),
    pick: new Uint32Array(1),
    filled: 0,
  };
  if (tables.size >= MAX_TABLES) tables.delete(tables.keys().next().value as string);
  tables.set(key, table);
  return table;
}

/** Extends the table's fewest-plates counts up to n steps (a bounded change-making DP). */
function fill(table: PlateTable, n: number): void {
  if (n <= table.filled) return;
  const count = new Uint16Array(n + 1);
  const pick = new Uint32Array(n + 1);
  count.set(table.count);
  pick.set(table.pick);
  for (let i = table.filled + 1; i <= n; i++) {
    let best = 0;
    let bestSize = 0;
    for (const s of table.sizes) {
      if (s > i) continue;
      const rest = i === s ? 0 : (count[i - s] as number);
      if (i !== s && rest === 0) continue;
      if (best === 0 || rest + 1 < best) {
        best = rest + 1;
        bestSize = s;
      }
    }
    count[i] = best;
    pick[i] = bestSize;
  }
  table.count = count;
  table.pick = pick;
  table.filled = n;
}

/**
 * Plates per side for `total` on a bar of `bar`, assuming pairs of every listed size without
 * limit. Fewest plates first; null when the plates cannot make the load exactly.
 */
export function platesPerSide(total: number, bar: number, plates: readonly number[]): PlatesPerSide | null {
  const side = toInt(total - bar) / 2;
  if (!Number.isInteger(side) || side < 0) return null;
  if (side === 0) return { perSide: [], bar, total };
  if (side > toInt(MAX_SIDE)) return null;
  const sizes = [...new Set(plates.map(toInt))].filter((p) => p > 0).sort((a, b) => b - a);
  if (sizes.length === 0) return null;
  const table = tableFor(sizes);
  if (side % table.unit !== 0) return null;
  const n = side / table.unit;
  fill(table, n);
  if (table.count[n] === 0) return null;
  const perSide: number[] = [];
  for (let i = n; i > 0; i -= table.pick[i] as number) {
    perSide.push(((table.pick[i] as number) * table.unit) / SCALE);
  }
  perSide.sort((a, b) => b - a);
  return { perSide, bar, total };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The finest amount the plates can add to one side (their greatest common divisor). */
export function plateGrain(plates: readonly number[]): number {
  const sizes = plates.map(toInt).filter((p) => p > 0);
  return sizes.reduce(gcd, sizes[0] ?? SCALE) / SCALE;
}
