import { type Phases, valueAt } from "./phases.js";
import { mean, quantile } from "./stats.js";

/** What the fault rules look at, per rep (times in seconds, angles in degrees). */
export interface RepMetrics {
  start: number;
  top: number;
  end: number;
  concentricSeconds: number;
  topHoldSeconds: number;
  eccentricSeconds: number;
  bottomPauseSeconds: number;
  hipAngleTop: number;
  hipAngleBottom: number;
  kneeAngleTop: number;
  /** Rise of the shoulder–knee line toward the knees where the feet are judged (degrees). */
  bodyRiseTop: number;
  rangeOfMotion: number;
}

const STRAIGHT = 180;
/** The held top position is read as this quantile of the hold's angles (ours). */
const TOP_QUANTILE = 0.9;
/** Knee angles count as "at the top" while the hips are this close to it (degrees, ours). */
const NEAR_TOP_DEGREES = 3;
/** How far past the end of the descent the bottom is looked for (s, ours). */
const BOTTOM_LOOKAHEAD_SECONDS = 0.5;

/** Samples of a series between two fractional indices, unknown ones left out. */
function samples(series: Float64Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.ceil(from); i <= Math.floor(to); i++) {
    const v = series[i] as number;
    if (!Number.isNaN(v)) out.push(v);
  }
  if (out.length === 0) out.push(valueAt(series, (from + to) / 2));
  return out;
}

/**
 * Where the hips are held at the top: near the highest the smoothed angle gets during the hold,
 * but a robust high quantile rather than the maximum so that one noisy frame does not decide it.
 */
function topAngle(hip: Float64Array, phases: Phases): number {
  return quantile(samples(hip, phases.top, phases.holdEnd), TOP_QUANTILE);
}

/**
 * Foot placement is read where the hips first reach the straight line: pushing on past it opens the
 * knee and would hide feet set too close (CONTRACT). Hips that never get there are read at the top.
 * Returns the knee angle and the body line's rise at that moment.
 */
function kneeAtTop(
  hip: Float64Array,
  knee: Float64Array,
  rise: Float64Array,
  phases: Phases,
  hipTop: number,
): { knee: number; rise: number } {
  for (let i = Math.max(1, Math.ceil(phases.start)); i <= Math.floor(phases.holdEnd); i++) {
    const h = hip[i] as number;
    const before = hip[i - 1] as number;
    if (h >= STRAIGHT && before < STRAIGHT) {
      const at = i - 1 + (STRAIGHT - before) / (h - before);
      return { knee: valueAt(knee, at), rise: valueAt(rise, at) };
    }
  }
  const atTop: number[] = [];
  for (let i = Math.ceil(phases.top); i <= Math.floor(phases.holdEnd); i++) {
    if ((hip[i] as number) >= hipTop - NEAR_TOP_DEGREES && !Number.isNaN(knee[i] as number)) atTop.push(i);
  }
  if (atTop.length === 0) {
    const mid = (phases.top + phases.holdEnd) / 2;
    return { knee: valueAt(knee, mid), rise: valueAt(rise, mid) };
  }
  return {
    knee: mean(atTop.map((i) => knee[i] as number)),
    rise: mean(atTop.map((i) => valueAt(rise, i))),
  };
}

/**
 * The depth the descent reached: the lowest the hips get, looked for only a little past the end of
 * the descent so that sitting up after the last rep does not count.
 */
function bottomAngle(hip: Float64Array, times: Float64Array, phases: Phases): number {
  let last = phases.end;
  const limit = valueAt(times, phases.end) + BOTTOM_LOOKAHEAD_SECONDS;
  while (last + 1 <= phases.pauseEnd && (times[Math.floor(last + 1)] as number) <= limit) last++;
  return Math.min(...samples(hip, phases.holdEnd, last));
}

export function repMetrics(
  times: Float64Array,
  hip: Float64Array,
  knee: Float64Array,
  rise: Float64Array,
  phases: Phases,
): RepMetrics {
  const at = (i: number) => valueAt(times, i);
  const hipAngleTop = topAngle(hip, phases);
  const feet = kneeAtTop(hip, knee, rise, phases, hipAngleTop);
  const hipAngleBottom = bottomAngle(hip, times, phases);
  return {
    start: at(phases.start),
    top: at(phases.top),
    end: at(phases.end),
    concentricSeconds: at(phases.top) - at(phases.start),
    topHoldSeconds: at(phases.holdEnd) - at(phases.top),
    eccentricSeconds: at(phases.end) - at(phases.holdEnd),
    bottomPauseSeconds: at(phases.pauseEnd) - at(phases.end),
    hipAngleTop,
    hipAngleBottom,
    kneeAngleTop: feet.knee,
    bodyRiseTop: feet.rise,
    rangeOfMotion: hipAngleTop - hipAngleBottom,
  };
}
