import { JOINTS, type Joint, type SideTracks, type Track } from "./keypoints.js";
import type { SignalOptions } from "./options.js";
import { median } from "./stats.js";

/** A joint's path with unseen samples as NaN. */
export interface Path {
  x: Float64Array;
  y: Float64Array;
}

/** Low-score keypoints are the model's guesses: drop them rather than trust them. */
export function maskUnseen(track: Track, minScore: number): Path {
  const n = track.x.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ok = (track.score[i] ?? 0) >= minScore;
    x[i] = ok ? (track.x[i] ?? Number.NaN) : Number.NaN;
    y[i] = ok ? (track.y[i] ?? Number.NaN) : Number.NaN;
  }
  return { x, y };
}

/** Median of the first `count` values of `buffer`, which it reorders. */
function medianOf(buffer: Float64Array, count: number): number {
  const values = buffer.subarray(0, count).sort();
  const mid = count >> 1;
  return count % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

/**
 * Drops samples that jump away from their neighbours' median within ±windowSeconds: a joint cannot
 * leave and return that fast, so such a sample is a misdetection even when it is scored high.
 */
export function removeSpikes(path: Path, times: Float64Array, windowSeconds: number, maxJump: number): Path {
  const n = times.length;
  const x = Float64Array.from(path.x);
  const y = Float64Array.from(path.y);
  let xs = new Float64Array(16);
  let ys = new Float64Array(16);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    while ((times[lo] as number) < t - windowSeconds) lo++;
    while (hi + 1 < n && (times[hi + 1] as number) <= t + windowSeconds) hi++;
    const xi = path.x[i] as number;
    if (Number.isNaN(xi)) continue;
    if (xs.length < hi - lo + 1) {
      xs = new Float64Array(hi - lo + 1);
      ys = new Float64Array(hi - lo + 1);
    }
    let count = 0;
    for (let j = lo; j <= hi; j++) {
      const xj = path.x[j] as number;
      if (j === i || Number.isNaN(xj)) continue;
      xs[count] = xj;
      ys[count] = path.y[j] as number;
      count++;
    }
    if (count < 2) continue;
    const jump = Math.hypot(xi - medianOf(xs, count), (path.y[i] as number) - medianOf(ys, count));
    if (jump > maxJump) {
      x[i] = Number.NaN;
      y[i] = Number.NaN;
    }
  }
  return { x, y };
}

/**
 * Fills unseen stretches of at most maxGapSeconds by straight lines between the samples either side.
 * Longer stretches stay NaN: guessing a joint over a whole phase of a rep would invent the movement.
 */
export function bridgeGaps(
  values: Float64Array,
  times: Float64Array,
  frameInterval: number,
  maxGapSeconds: number,
): Float64Array {
  const out = Float64Array.from(values);
  const n = values.length;
  let i = 0;
  while (i < n) {
    if (!Number.isNaN(values[i] as number)) {
      i++;
      continue;
    }
    const first = i;
    while (i < n && Number.isNaN(values[i] as number)) i++;
    const before = first - 1;
    const after = i;
    if (before < 0 || after >= n) continue;
    const t0 = times[before] as number;
    const t1 = times[after] as number;
    // The unseen time is the span between the seen samples less the one frame interval that is always there.
    if (t1 - t0 - frameInterval > maxGapSeconds + 1e-9) continue;
    const v0 = values[before] as number;
    const v1 = values[after] as number;
    for (let j = first; j < after; j++) out[j] = v0 + ((v1 - v0) * ((times[j] as number) - t0)) / (t1 - t0);
  }
  return out;
}

export function bridgePath(
  path: Path,
  times: Float64Array,
  frameInterval: number,
  maxGapSeconds: number,
): Path {
  return {
    x: bridgeGaps(path.x, times, frameInterval, maxGapSeconds),
    y: bridgeGaps(path.y, times, frameInterval, maxGapSeconds),
  };
}

/** Spike test window: a joint cannot leave its neighbours' path and come back within this (s). */
const SPIKE_WINDOW_SECONDS = 0.1;
/** A sample further than this share of the torso length from its neighbours' median is a spike (ours). */
const SPIKE_FRACTION_OF_TORSO = 0.25;

/** The side's joints with guesses dropped, misdetections removed and short gaps bridged. */
export function cleanSide(
  tracks: SideTracks,
  times: Float64Array,
  frameInterval: number,
  options: Pick<SignalOptions, "minScore" | "maxGapSeconds">,
): Record<Joint, Path> {
  const masked = {} as Record<Joint, Path>;
  for (const joint of JOINTS) masked[joint] = maskUnseen(tracks[joint], options.minScore);
  const torso: number[] = [];
  for (let i = 0; i < times.length; i++) {
    const d = Math.hypot(
      (masked.shoulder.x[i] as number) - (masked.hip.x[i] as number),
      (masked.shoulder.y[i] as number) - (masked.hip.y[i] as number),
    );
    if (!Number.isNaN(d)) torso.push(d);
  }
  const maxJump = SPIKE_FRACTION_OF_TORSO * (torso.length > 0 ? median(torso) : Number.POSITIVE_INFINITY);
  const out = {} as Record<Joint, Path>;
  for (const joint of JOINTS) {
    const kept = removeSpikes(masked[joint], times, SPIKE_WINDOW_SECONDS, maxJump);
    out[joint] = bridgePath(kept, times, frameInterval, options.maxGapSeconds);
  }
  return out;
}
