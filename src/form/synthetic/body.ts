import type { Rng } from "./prng.js";

/**
 * A 2D kinematic model of a lifter seen from the side, in metres: x along the floor towards the
 * feet, y up, the bench edge at x = 0. Independent of the analysis code on purpose, so the two
 * cannot share a mistake.
 */
export interface Vec {
  x: number;
  y: number;
}

export interface Body {
  height: number;
  /** Shoulder joint to hip joint. */
  torso: number;
  thigh: number;
  shin: number;
  /** Ankle joint above the floor. */
  ankleHeight: number;
  shoulderWidth: number;
  hipWidth: number;
}

/** Segment lengths as shares of height (anthropometric averages), each varied ±10 %. */
export function sampleBody(rng: Rng): Body {
  const height = rng.uniform(1.5, 1.95);
  const vary = () => rng.uniform(0.9, 1.1);
  return {
    height,
    torso: 0.29 * height * vary(),
    thigh: 0.245 * height * vary(),
    shin: 0.246 * height * vary(),
    ankleHeight: 0.039 * height,
    shoulderWidth: 0.2 * height * vary(),
    hipWidth: 0.12 * height * vary(),
  };
}

/** Where the lifter is fixed: the shoulders' pivot (on the bench, or on the floor) and the feet. */
export interface Rig {
  body: Body;
  shoulder: Vec;
  ankle: Vec;
}

/** Moving parts of the pose; everything else follows from the rig. */
export interface PoseState {
  hipY: number;
  /** Shoulders lifted off the pivot, as when sitting up against the bench (m). */
  raise: number;
  /** Feet moved away from their place (m), as while walking them in. */
  feet: number;
  /** 0 lying back, 1 standing beside the bench. */
  stand: number;
}

export interface Pose {
  shoulder: Vec;
  hip: Vec;
  knee: Vec;
  ankle: Vec;
}

const DEG = 180 / Math.PI;

/** The knee where thigh and shin meet, bent upwards; a leg too short to reach is drawn straight. */
export function kneePosition(hip: Vec, ankle: Vec, thigh: number, shin: number): Vec {
  const dx = ankle.x - hip.x;
  const dy = ankle.y - hip.y;
  const d = Math.hypot(dx, dy);
  if (d >= thigh + shin) return { x: hip.x + (dx * thigh) / d, y: hip.y + (dy * thigh) / d };
  const along = (thigh * thigh - shin * shin + d * d) / (2 * d);
  const across = Math.sqrt(Math.max(0, thigh * thigh - along * along));
  const mx = hip.x + (dx * along) / d;
  const my = hip.y + (dy * along) / d;
  const a = { x: mx - (dy * across) / d, y: my + (dx * across) / d };
  const b = { x: mx + (dy * across) / d, y: my - (dx * across) / d };
  return a.y >= b.y ? a : b;
}

function lyingPose(rig: Rig, state: PoseState): Pose {
  const { body } = rig;
  const shoulder = { x: rig.shoulder.x, y: rig.shoulder.y + state.raise };
  const dy = Math.max(-0.97 * body.torso, Math.min(0.97 * body.torso, state.hipY - shoulder.y));
  const hip = { x: shoulder.x + Math.sqrt(body.torso ** 2 - dy ** 2), y: shoulder.y + dy };
  const ankle = { x: rig.ankle.x + state.feet, y: rig.ankle.y };
  return { shoulder, hip, knee: kneePosition(hip, ankle, body.thigh, body.shin), ankle };
}

function standingPose(rig: Rig): Pose {
  const { body } = rig;
  const x = rig.ankle.x + 0.3;
  const ankle = { x, y: body.ankleHeight };
  const knee = { x: x - 0.02, y: ankle.y + body.shin };
  const hip = { x, y: knee.y + body.thigh };
  return { shoulder: { x: x + 0.01, y: hip.y + body.torso }, hip, knee, ankle };
}

const mix = (a: Vec, b: Vec, w: number): Vec => ({ x: a.x + (b.x - a.x) * w, y: a.y + (b.y - a.y) * w });

export function poseAt(rig: Rig, state: PoseState): Pose {
  const lying = lyingPose(rig, state);
  if (state.stand <= 0) return lying;
  const standing = standingPose(rig);
  return {
    shoulder: mix(lying.shoulder, standing.shoulder, state.stand),
    hip: mix(lying.hip, standing.hip, state.stand),
    knee: mix(lying.knee, standing.knee, state.stand),
    ankle: mix(lying.ankle, standing.ankle, state.stand),
  };
}

function between(a: Vec, b: Vec, c: Vec): number {
  return (
    Math.abs(
      Math.atan2(
        (a.x - b.x) * (c.y - b.y) - (a.y - b.y) * (c.x - b.x),
        (a.x - b.x) * (c.x - b.x) + (a.y - b.y) * (c.y - b.y),
      ),
    ) * DEG
  );
}

/** Shoulder–hip–knee angle; above 180 when the hip rises over the shoulder–knee line (y up here). */
export function hipAngle(pose: Pose): number {
  const { shoulder: s, hip: h, knee: k } = pose;
  const inner = between(s, h, k);
  const lineY = s.y + ((k.y - s.y) * (h.x - s.x)) / (k.x - s.x);
  return h.y > lineY ? 360 - inner : inner;
}

export function kneeAngle(pose: Pose): number {
  return between(pose.hip, pose.knee, pose.ankle);
}

/** Rise of the shoulder–knee line toward the knees, degrees (this model's y points up). */
export function bodyRise(pose: Pose): number {
  const { shoulder: s, knee: k } = pose;
  return Math.atan2(k.y - s.y, Math.abs(k.x - s.x)) * DEG;
}

const LYING: Omit<PoseState, "hipY"> = { raise: 0, feet: 0, stand: 0 };

export function hipAngleAt(rig: Rig, hipY: number): number {
  return hipAngle(poseAt(rig, { hipY, ...LYING }));
}

function bisect(f: (x: number) => number, lo: number, hi: number): number | null {
  let flo = f(lo);
  if (flo * f(hi) > 0) return null;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (flo * fm <= 0) hi = mid;
    else {
      lo = mid;
      flo = fm;
    }
  }
  return (lo + hi) / 2;
}

/** Hip height that gives this hip angle, or null when the rig cannot reach it. */
export function hipYForAngle(rig: Rig, angle: number, lowest: number): number | null {
  return bisect((y) => hipAngleAt(rig, y) - angle, lowest, rig.shoulder.y + 0.9 * rig.body.torso);
}

/**
 * Puts the feet on the floor so that, when shoulder, hip and knee are in line, the knee is bent to
 * `kneeAtLine` degrees (90: shins upright under a level body).
 */
export function placeFeet(body: Body, shoulder: Vec, kneeAtLine: number): Vec | null {
  const k = kneeAtLine / DEG;
  const ankleAt = (phi: number): Vec => {
    const reach = body.torso + body.thigh;
    const knee = { x: shoulder.x + reach * Math.cos(phi), y: shoulder.y + reach * Math.sin(phi) };
    // The shin leaves the knee at `kneeAtLine` from the thigh, turned towards the floor.
    const back = Math.PI + phi + k;
    return { x: knee.x + body.shin * Math.cos(back), y: knee.y + body.shin * Math.sin(back) };
  };
  const phi = bisect((p) => ankleAt(p).y - body.ankleHeight, -0.6, 1.0);
  return phi === null ? null : ankleAt(phi);
}
