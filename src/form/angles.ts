import type { Joint } from "./keypoints.js";
import type { Path } from "./signals.js";

const DEG = 180 / Math.PI;

/** Angle a–b–c at b, in degrees from 0 to 180. */
export function interiorAngle(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  const ux = ax - bx;
  const uy = ay - by;
  const vx = cx - bx;
  const vy = cy - by;
  return Math.abs(Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)) * DEG;
}

/**
 * Shoulder–hip–knee angle in image coordinates (y down): 180 when the three are in line, above 180
 * when the hip lies above the shoulder–knee line. The lifter lies face up, so "above the line" is
 * the belly side: hips pushed past straight. Which way round the line runs depends on where the feet
 * point (facing: +1 right, −1 left), which is why an unsigned angle cannot tell 190 from 170.
 */
export function signedHipAngle(
  sx: number,
  sy: number,
  hx: number,
  hy: number,
  kx: number,
  ky: number,
  facing: 1 | -1,
): number {
  const inner = interiorAngle(sx, sy, hx, hy, kx, ky);
  const cross = (kx - sx) * (hy - sy) - (ky - sy) * (hx - sx);
  return facing * cross < 0 ? 360 - inner : inner;
}

/** Tilt of the shoulder–knee line from the image horizontal, 0 to 90 degrees. */
export function lineTilt(sx: number, sy: number, kx: number, ky: number): number {
  return Math.atan2(Math.abs(ky - sy), Math.abs(kx - sx)) * DEG;
}

/** How far the knees sit above the shoulders, as the shoulder–knee line's angle (−90 to 90; y down). */
export function lineRise(sx: number, sy: number, kx: number, ky: number): number {
  return Math.atan2(sy - ky, Math.abs(kx - sx)) * DEG;
}

export interface AngleSeries {
  /** Signed shoulder–hip–knee angle (degrees), NaN where a joint is unseen. */
  hip: Float64Array;
  /** Hip–knee–ankle angle (degrees). */
  knee: Float64Array;
  /** Tilt of the body line (degrees): near 0 lying back, near 90 sitting or standing up. */
  tilt: Float64Array;
  /** Signed rise of the body line toward the knees (degrees): about 0 on a bench, 20–30 in a floor bridge. */
  rise: Float64Array;
}

export function angleSeries(paths: Record<Joint, Path>, facing: 1 | -1): AngleSeries {
  const { shoulder, hip, knee, ankle } = paths;
  const n = hip.x.length;
  const out: AngleSeries = {
    hip: new Float64Array(n),
    knee: new Float64Array(n),
    tilt: new Float64Array(n),
    rise: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const sx = shoulder.x[i] as number;
    const sy = shoulder.y[i] as number;
    const hx = hip.x[i] as number;
    const hy = hip.y[i] as number;
    const kx = knee.x[i] as number;
    const ky = knee.y[i] as number;
    // NaN coordinates propagate, so an unseen joint gives an unknown angle.
    out.hip[i] = signedHipAngle(sx, sy, hx, hy, kx, ky, facing);
    out.knee[i] = interiorAngle(hx, hy, kx, ky, ankle.x[i] as number, ankle.y[i] as number);
    out.tilt[i] = lineTilt(sx, sy, kx, ky);
    out.rise[i] = lineRise(sx, sy, kx, ky);
  }
  return out;
}
