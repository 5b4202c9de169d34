import { bodyRise, hipAngle, kneeAngle, poseAt, type Rig } from "./body.js";
import type { Motion } from "./motion.js";

/** Sampling rate of the exact motion; far above any camera so timing errors here are negligible. */
const RATE = 1000;
/** A movement starts or stops where the hip's speed crosses this share of its peak (as documented). */
const ONSET = 0.1;

export interface ExactRep {
  start: number;
  top: number;
  holdEnd: number;
  end: number;
  nextUp: number;
  hipAngleTop: number;
  hipAngleBottom: number;
  kneeAngleTop: number;
  bodyRiseTop: number;
}

interface Series {
  t0: number;
  hip: Float64Array;
  knee: Float64Array;
  rise: Float64Array;
  speed: Float64Array;
}

function exactSeries(rig: Rig, motion: Motion, from: number, to: number): Series {
  const n = Math.max(3, Math.ceil((to - from) * RATE) + 1);
  const hip = new Float64Array(n);
  const knee = new Float64Array(n);
  const rise = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pose = poseAt(rig, motion.sample(from + i / RATE));
    hip[i] = hipAngle(pose);
    knee[i] = kneeAngle(pose);
    rise[i] = bodyRise(pose);
  }
  const speed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - 1);
    const b = Math.min(n - 1, i + 1);
    speed[i] = (((hip[b] as number) - (hip[a] as number)) * RATE) / (b - a);
  }
  return { t0: from, hip, knee, rise, speed };
}

function argMax(values: Float64Array, from: number, to: number, sign: number): number {
  let best = from;
  for (let i = from; i <= to; i++)
    if (sign * (values[i] as number) > sign * (values[best] as number)) best = i;
  return best;
}

/** First index from `from` stepping by `step` where sign·speed drops below `limit`. */
function until(speed: Float64Array, from: number, step: number, sign: number, limit: number): number {
  let i = from;
  while (i + step >= 0 && i + step < speed.length && sign * (speed[i] as number) >= limit) i += step;
  return i;
}

function mean(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += values[i] as number;
  return sum / (to - from + 1);
}

/** Nominal times of one rep's moves, seconds. */
export interface RepTimes {
  /** Leaves the bottom. */
  upAt: number;
  /** Arrives at the top. */
  topAt: number;
  /** Leaves the top. */
  downAt: number;
  /** Arrives at the bottom. */
  bottomAt: number;
  /** Some time into the next upward move, or the end of the recording. */
  until: number;
}

/**
 * The CONTRACT metrics of one rep read off the exact, noise-free motion with the documented
 * definitions: phases start and stop where the hip's angular speed crosses a tenth of the phase's
 * peak; the bottom pause lasts until the hips rise that fast again.
 */
export function exactRep(rig: Rig, motion: Motion, times: RepTimes): ExactRep {
  const s = exactSeries(rig, motion, times.upAt, times.until);
  const index = (t: number) => Math.min(s.hip.length - 1, Math.max(0, Math.round((t - times.upAt) * RATE)));
  const time = (i: number) => s.t0 + i / RATE;
  const up = argMax(s.speed, 0, index(times.topAt), 1);
  const upLimit = ONSET * (s.speed[up] as number);
  const down = argMax(s.speed, index(times.downAt), index(times.bottomAt), -1);
  const downLimit = ONSET * -(s.speed[down] as number);
  const start = until(s.speed, up, -1, 1, upLimit);
  const top = until(s.speed, up, 1, 1, upLimit);
  const holdEnd = Math.max(top, until(s.speed, down, -1, -1, downLimit));
  const end = until(s.speed, down, 1, -1, downLimit);
  let nextUp = end;
  while (nextUp < s.speed.length - 1 && (s.speed[nextUp] as number) < upLimit) nextUp++;
  let atLine = -1;
  for (let i = start + 1; i <= holdEnd && atLine < 0; i++) {
    if ((s.hip[i] as number) >= 180 && (s.hip[i - 1] as number) < 180) atLine = i;
  }
  return {
    start: time(start),
    top: time(top),
    holdEnd: time(holdEnd),
    end: time(end),
    nextUp: time(nextUp),
    hipAngleTop: mean(s.hip, top, holdEnd),
    hipAngleBottom: s.hip[end] as number,
    kneeAngleTop: atLine < 0 ? mean(s.knee, top, holdEnd) : (s.knee[atLine] as number),
    bodyRiseTop: atLine < 0 ? mean(s.rise, top, holdEnd) : (s.rise[atLine] as number),
  };
}
