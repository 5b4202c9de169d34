import type { RepOptions } from "./options.js";
import { median, quantile } from "./stats.js";

/** Beyond this tilt of the shoulder–knee line the lifter is sitting or standing, not thrusting (ours). */
export const MAX_LYING_TILT = 45;
/** Fine swings smaller than this fraction of the hip angle's spread are noise (ours). */
const FINE_SWING_FRACTION = 0.12;
/** …and never below this many degrees, about three times the smoothed angle's jitter (ours). */
const MIN_FINE_SWING = 4;

export interface Extremum {
  kind: "peak" | "valley";
  index: number;
  /** The recording ended before the swing that would confirm it. */
  pending: boolean;
}

/**
 * Alternating peaks and valleys that differ by at least `swing` (hysteresis: a peak counts only once
 * the signal has fallen `swing` below it). NaN samples are skipped.
 */
export function zigzag(values: Float64Array, swing: number): Extremum[] {
  const out: Extremum[] = [];
  let direction = 0;
  let hi = -1;
  let lo = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    if (hi < 0) {
      hi = i;
      lo = i;
      continue;
    }
    if (direction === 0) {
      if (v > (values[hi] as number)) hi = i;
      if (v < (values[lo] as number)) lo = i;
      if ((values[hi] as number) - (values[lo] as number) >= swing) {
        if (lo < hi) {
          out.push({ kind: "valley", index: lo, pending: false });
          direction = 1;
        } else {
          out.push({ kind: "peak", index: hi, pending: false });
          direction = -1;
        }
      }
    } else if (direction === 1) {
      if (v > (values[hi] as number)) hi = i;
      else if ((values[hi] as number) - v >= swing) {
        out.push({ kind: "peak", index: hi, pending: false });
        direction = -1;
        lo = i;
      }
    } else if (v < (values[lo] as number)) lo = i;
    else if (v - (values[lo] as number) >= swing) {
      out.push({ kind: "valley", index: lo, pending: false });
      direction = 1;
      hi = i;
    }
  }
  if (direction === 1) out.push({ kind: "peak", index: hi, pending: true });
  if (direction === -1) out.push({ kind: "valley", index: lo, pending: true });
  return out;
}

/** Indices into the frame arrays. */
export interface RepWindow {
  startValley: number;
  peak: number;
  endValley: number;
  /** The recording ends at this rep's top: its hold and descent were not filmed (endValley is the last frame). */
  cutOff?: boolean;
}

export interface PartialWindow extends RepWindow {
  /** Rise from the bottom as a fraction of the typical range. */
  fraction: number;
}

export interface Segmentation {
  /** The set's typical rise of the hip angle, degrees; 0 when there is no exercise to count. */
  typicalRange: number;
  reps: RepWindow[];
  partials: PartialWindow[];
}

function firstSeen(values: Float64Array): number {
  return values.findIndex((v) => !Number.isNaN(v));
}

function lyingAt(tilt: Float64Array, i: number): boolean {
  return (tilt[i] as number) < MAX_LYING_TILT;
}

function neighbours(extrema: Extremum[], k: number): { before?: Extremum; after?: Extremum } {
  return { before: extrema[k - 1], after: extrema[k + 1] };
}

/**
 * The typical rise: the median of the rep-sized swings. Each swing is the smaller of its rise and
 * fall, so a first rep started from sitting, or a last one followed by racking, does not inflate it.
 */
function typicalRange(hip: Float64Array, tilt: Float64Array, fine: Extremum[]): number {
  const amplitudes: number[] = [];
  fine.forEach((e, k) => {
    if (e.kind !== "peak" || e.pending || !lyingAt(tilt, e.index)) return;
    const { before, after } = neighbours(fine, k);
    if (!before) return;
    const top = hip[e.index] as number;
    const rise = top - (hip[before.index] as number);
    amplitudes.push(after ? Math.min(rise, top - (hip[after.index] as number)) : rise);
  });
  if (amplitudes.length === 0) return 0;
  const large = quantile(amplitudes, 0.9) / 2;
  return median(amplitudes.filter((a) => a >= large));
}

function repWindow(hip: Float64Array, fine: Extremum[], peak: number, drop: number): RepWindow | null {
  const floor = (hip[peak] as number) - drop;
  let startValley = -1;
  let endValley = -1;
  for (const e of fine) {
    if (e.kind !== "valley" || (hip[e.index] as number) > floor) continue;
    if (e.index < peak) startValley = e.index;
    else if (endValley < 0) endValley = e.index;
  }
  return startValley < 0 || endValley < 0 ? null : { startValley, peak, endValley };
}

/** A last rise that reached the top before the recording ended: from its bottom to the last frame. */
function cutOffRep(hip: Float64Array, fine: Extremum[], peak: number, drop: number): RepWindow | null {
  const floor = (hip[peak] as number) - drop;
  let startValley = -1;
  for (const e of fine) {
    if (e.kind === "valley" && e.index < peak && (hip[e.index] as number) <= floor) startValley = e.index;
  }
  if (startValley < 0) return null;
  let last = hip.length - 1;
  while (last > peak && Number.isNaN(hip[last] as number)) last--;
  return { startValley, peak, endValley: last, cutOff: true };
}

/**
 * Splits the signed hip angle into reps and partials. The thresholds are fractions of the set's own
 * typical range, so the same rule serves a hip thrust (~80°) and a glute bridge (~40°). Peaks where
 * the body line is steep (sitting up, standing) are set-up or racking, not reps.
 */
export function segmentReps(hip: Float64Array, tilt: Float64Array, options: RepOptions): Segmentation {
  const lying: number[] = [];
  for (let i = 0; i < hip.length; i++) {
    if (!Number.isNaN(hip[i] as number) && lyingAt(tilt, i)) lying.push(hip[i] as number);
  }
  const spread = quantile(lying, 0.98) - quantile(lying, 0.02);
  if (!(spread >= options.minRangeDegrees)) return { typicalRange: 0, reps: [], partials: [] };

  const fine = zigzag(hip, Math.max(MIN_FINE_SWING, FINE_SWING_FRACTION * spread));
  const typical = typicalRange(hip, tilt, fine);
  if (!(typical >= options.minRangeDegrees)) return { typicalRange: 0, reps: [], partials: [] };

  const drop = options.partialFraction * typical;
  const reps: RepWindow[] = [];
  for (const e of zigzag(hip, drop)) {
    if (e.kind !== "peak" || !lyingAt(tilt, e.index)) continue;
    if (e.pending) {
      // CONTRACT counts a last rise whose lowering the recording cuts off.
      const cut = cutOffRep(hip, fine, e.index, drop);
      if (cut) reps.push(cut);
      continue;
    }
    const window = repWindow(hip, fine, e.index, drop);
    if (window) reps.push(window);
  }

  const bottom = median(reps.map((r) => hip[r.cutOff ? r.startValley : r.endValley] as number));
  // A rise the recording opens on, from well above the set's bottom, was not filmed from the bottom:
  // like a lowering from an opening top, it is no rep (the clips README's rule). Its rise from the
  // first frame can still pass half the range, as on the shared clip filmed from further away.
  const first = reps[0];
  if (
    first !== undefined &&
    reps.length > 1 &&
    first.startValley === firstSeen(hip) &&
    (hip[first.startValley] as number) > bottom + options.minPartialFraction * typical
  ) {
    reps.shift();
  }
  const partials: PartialWindow[] = [];
  fine.forEach((e, k) => {
    if (e.kind !== "peak" || e.pending || !lyingAt(tilt, e.index)) return;
    if (reps.some((r) => e.index > r.startValley && e.index < r.endValley)) return;
    const { before, after } = neighbours(fine, k);
    if (!before) return;
    const top = hip[e.index] as number;
    const rise = top - (hip[before.index] as number);
    // A partial starts from the bottom and clearly leaves it, yet stops short of half the range.
    const fromBottom = (hip[before.index] as number) <= bottom + options.minPartialFraction * typical;
    const leftBottom = top - bottom >= options.minPartialFraction * typical;
    if (!fromBottom || !leftBottom || rise >= drop) return;
    partials.push({
      startValley: before.index,
      peak: e.index,
      endValley: after ? after.index : e.index,
      fraction: Math.min(1, rise / typical),
    });
  });
  return { typicalRange: typical, reps, partials };
}
