import type { RepWindow } from "./segment.js";

/**
 * A phase starts or ends where the hip's angular speed crosses this fraction of the phase's peak
 * speed: the usual kinematic onset criterion, and relative, so it suits slow and fast lifters alike.
 */
const ONSET_FRACTION = 0.1;
/** The top of a rep lies within this share of the typical range below its peak. */
const BOUNDARY_BAND = 0.15;
/** A rise of this share of the typical range ends the bottom pause (ours). */
const RISE = 0.2;
/** A rep spans at least half the typical range (CONTRACT: less is a partial). */
const HALF = 0.5;

/** Fractional frame indices of a rep's phase boundaries. */
export interface Phases {
  start: number;
  top: number;
  holdEnd: number;
  end: number;
  /** Where the hips start up again after the bottom (or the data ends). */
  pauseEnd: number;
}

/**
 * Angular speed, degrees per second: the slope of a straight line fitted to the angle within
 * ±halfWindow seconds. A fit over many frames is far steadier than a difference of two, which
 * matters because phases are cut where the speed is small. NaN where the angle is unknown.
 */
export function angularSpeed(values: Float64Array, times: Float64Array, halfWindow: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    while ((times[lo] as number) < t - halfWindow) lo++;
    while (hi + 1 < n && (times[hi + 1] as number) <= t + halfWindow) hi++;
    if (Number.isNaN(values[i] as number)) {
      out[i] = Number.NaN;
      continue;
    }
    let count = 0;
    let st = 0;
    let sv = 0;
    let stt = 0;
    let stv = 0;
    for (let j = lo; j <= hi; j++) {
      const v = values[j] as number;
      if (Number.isNaN(v)) continue;
      const dt = (times[j] as number) - t;
      count++;
      st += dt;
      sv += v;
      stt += dt * dt;
      stv += dt * v;
    }
    const denominator = count * stt - st * st;
    out[i] = count >= 2 && denominator > 0 ? (count * stv - st * sv) / denominator : Number.NaN;
  }
  return out;
}

/**
 * Walks from `from` to `to` until `stop(i)`; returns the fractional index where the signed speed
 * crosses `limit` between the last two samples seen, so timing is not rounded to whole frames.
 */
function scan(
  speed: Float64Array,
  from: number,
  to: number,
  sign: 1 | -1,
  limit: number,
  stop: (i: number) => boolean,
): number {
  const step = to >= from ? 1 : -1;
  let previous = from;
  for (let i = from; i !== to + step; i += step) {
    const v = sign * (speed[i] as number);
    // An unbridged gap says nothing about speed: look past it rather than stop inside the movement.
    if (Number.isNaN(v)) continue;
    if (stop(i)) {
      const pv = sign * (speed[previous] as number);
      if (Math.abs(i - previous) === 1 && (pv - limit) * (v - limit) < 0)
        return previous + ((i - previous) * (limit - pv)) / (v - pv);
      return i;
    }
    previous = i;
  }
  return to;
}

function lastSeen(values: Float64Array): number {
  let i = values.length - 1;
  while (i > 0 && Number.isNaN(values[i] as number)) i--;
  return i;
}

/** First index from `from` towards `to` (inclusive) where `test` holds; `to` when none does. */
function firstWhere(from: number, to: number, test: (i: number) => boolean): number {
  const step = to >= from ? 1 : -1;
  for (let i = from; i !== to; i += step) if (test(i)) return i;
  return to;
}

function argExtreme(speed: Float64Array, from: number, to: number, sign: 1 | -1): number {
  let best = from;
  for (let i = from; i <= to; i++) {
    if (sign * (speed[i] as number) > sign * (speed[best] as number) || Number.isNaN(speed[best] as number))
      best = i;
  }
  return best;
}

/** Speed of the hip angle fitted over a long and a short window (see angularSpeed). */
export interface Speeds {
  /** Steady: for finding phases and for slow movements. */
  wide: Float64Array;
  /** Sharp: re-times a quick descent, which the wide fit would stretch. */
  narrow: Float64Array;
}

/** A descent quicker than this is re-timed on the sharp speed (s, ours). */
const QUICK_DESCENT_SECONDS = 1.2;

/**
 * Cuts a rep into concentric, hold, eccentric and bottom pause. `typical` is the set's typical range:
 * a rep's bottom lies at least half of it below its top, which keeps a slowdown high in the range
 * from passing for the bottom, and keeps racking after the last rep out of its descent.
 */
export function findPhases(
  hip: Float64Array,
  times: Float64Array,
  speeds: Speeds,
  window: RepWindow,
  typical: number,
): Phases {
  const { startValley, peak, endValley } = window;
  const speed = speeds.wide;
  const top = hip[peak] as number;
  const low = top - HALF * typical;
  const high = top - BOUNDARY_BAND * typical;
  const below = (i: number) => (hip[i] as number) <= low;
  const nearTop = (i: number) => (hip[i] as number) >= high;

  // The movement around the half-way crossings is the rep itself; scanning out from there to the
  // first stillness keeps a set-up or racking movement next to the rep out of its peak speeds.
  const midUp = firstWhere(peak, startValley, below);
  const midDown = firstWhere(peak, endValley, below);
  const riseSpeed = speed[midUp] as number;
  const fallSpeed = -(speed[midDown] as number);
  const riseFrom = firstWhere(midUp, startValley, (i) => (speed[i] as number) < ONSET_FRACTION * riseSpeed);
  const fallTo = firstWhere(midDown, endValley, (i) => -(speed[i] as number) < ONSET_FRACTION * fallSpeed);

  const up = argExtreme(speed, riseFrom, peak, 1);
  const upLimit = ONSET_FRACTION * (speed[up] as number);
  const slowUp = (i: number) => (speed[i] as number) < upLimit;
  const start = scan(speed, up, startValley, 1, upLimit, (i) => slowUp(i) && below(i));
  const topAt = scan(speed, up, peak, 1, upLimit, (i) => slowUp(i) && nearTop(i));

  const descent = (v: Float64Array) => {
    const down = argExtreme(v, peak, fallTo, -1);
    const limit = ONSET_FRACTION * -(v[down] as number);
    const slow = (i: number) => -(v[i] as number) < limit;
    return {
      from: scan(v, down, peak, -1, limit, (i) => slow(i) && nearTop(i)),
      to: scan(v, down, endValley, -1, limit, (i) => slow(i) && below(i)),
    };
  };
  let fall = descent(speed);
  if (valueAt(times, fall.to) - valueAt(times, fall.from) < QUICK_DESCENT_SECONDS)
    fall = descent(speeds.narrow);
  const end = fall.to;

  // The pause lasts until the hips next rise for real: found back from a clear rise, so jitter
  // while resting at the bottom cannot end it.
  const risenLevel = valueAt(hip, end) + RISE * typical;
  const risen = firstWhere(Math.ceil(end), hip.length - 1, (i) => (hip[i] as number) >= risenLevel);
  const roseAgain = (hip[risen] as number) >= risenLevel;
  const pauseEnd = roseAgain ? scan(speed, risen, Math.ceil(end), 1, upLimit, slowUp) : lastSeen(hip);
  return { start, top: topAt, holdEnd: Math.max(topAt, fall.from), end, pauseEnd: Math.max(end, pauseEnd) };
}

/** Value of a per-frame series at a fractional index. */
export function valueAt(series: Float64Array, at: number): number {
  const i = Math.floor(at);
  const a = series[i] as number;
  const b = series[Math.min(series.length - 1, i + 1)] as number;
  return at === i || Number.isNaN(b) ? a : a + (b - a) * (at - i);
}
