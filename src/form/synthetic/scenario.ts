import { REP_FAULT_CODES, type RepFaultCode, type SetFaultCode } from "../../contract/analysis.js";
import { type FaultInput, levelKneeAngle, repFaults, setFaults } from "../faults.js";
import { DEFAULT_THRESHOLDS } from "../options.js";
import { mean, standardDeviation } from "../stats.js";
import {
  type Body,
  bodyRise,
  hipAngleAt,
  hipYForAngle,
  kneeAngle,
  placeFeet,
  poseAt,
  type Rig,
  sampleBody,
  type Vec,
} from "./body.js";
import { Motion, reboundEase, smoothEase } from "./motion.js";
import type { Rng } from "./prng.js";
import { exactRep, type RepTimes } from "./truth.js";

export type Exercise = "hip-thrust" | "glute-bridge";

/** What to build into a set; anything left out is drawn at random. */
export interface MotionOptions {
  exercise?: Exercise;
  reps?: number;
  /** Rep faults to build in (the two foot faults apply to the whole set). */
  faults?: RepFaultCode[];
  /** Share of reps showing each rep fault; 1 for all. */
  faultShare?: number;
  /** Make the top or the depth wander from rep to rep. */
  inconsistent?: "top" | "depth";
  partials?: number;
  /** Walk in standing and stand up at the end. */
  standing?: boolean;
  /** Rest after racking until the recording lasts this long. */
  minSeconds?: number;
}

export interface TruthRep extends FaultInput {
  rangeOfMotion: number;
  /** Time the hips arrive at the top. */
  top: number;
  faults: RepFaultCode[];
}

export interface MotionPlan {
  exercise: Exercise;
  rig: Rig;
  motion: Motion;
  reps: TruthRep[];
  setFaults: SetFaultCode[];
  partials: number;
  /** Seconds the set-up lasts before the first rep: long dropouts go there. */
  setUpSeconds: number;
}

interface RepDraft {
  top: number;
  topY: number;
  depthY: number;
  concentric: number;
  hold: number;
  /** No squeeze: the hips turn round at the top without stopping. */
  touchAndGo: boolean;
  eccentric: number;
  pause: number;
  rebound: boolean;
}

const WANDERS = ["top", "depth"] as const;
const EXCLUSIVE: [RepFaultCode, RepFaultCode][] = [
  ["incomplete-lockout", "hyperextension"],
  ["feet-too-far", "feet-too-close"],
  ["fast-eccentric", "bounce"],
];

function drawFaults(rng: Rng): RepFaultCode[] {
  if (rng.chance(0.35)) return [];
  const count = rng.chance(0.7) ? 1 : 2;
  const out: RepFaultCode[] = [];
  while (out.length < count) {
    const kind = rng.pick(REP_FAULT_CODES);
    const clash = EXCLUSIVE.some(
      ([a, b]) => (kind === a && out.includes(b)) || (kind === b && out.includes(a)),
    );
    if (!clash && !out.includes(kind)) out.push(kind);
  }
  return out;
}

function kneeAtLineFor(rng: Rng, faults: RepFaultCode[]): number {
  if (faults.includes("feet-too-far")) return rng.uniform(116, 132);
  if (faults.includes("feet-too-close")) return rng.uniform(52, 64);
  return rng.uniform(76, 104);
}

/**
 * Feet placed so the knee angle, referred to a level body (levelKneeAngle), is `level` where the hips
 * reach the line: on a bench that is the knee angle itself; in a floor bridge the body rises toward
 * the knees, so the raw angle is set smaller by the rise, found in two passes.
 */
function placeFeetLevel(body: Body, shoulder: Vec, level: number): Vec | null {
  let ankle = placeFeet(body, shoulder, level);
  for (let pass = 0; pass < 2 && ankle; pass++) {
    const rig: Rig = { body, shoulder, ankle };
    const lineY = hipYForAngle(rig, 180, 0.05);
    if (lineY === null) return ankle;
    const pose = poseAt(rig, { hipY: lineY, raise: 0, feet: 0, stand: 0 });
    const correction = levelKneeAngle(kneeAngle(pose), bodyRise(pose)) - kneeAngle(pose);
    ankle = placeFeet(body, shoulder, level - correction);
  }
  return ankle;
}

function fitsOnFloor(rig: Rig, hipY: number): boolean {
  const pose = poseAt(rig, { hipY, raise: 0, feet: 0, stand: 0 });
  const reach = Math.hypot(pose.hip.x - pose.ankle.x, pose.hip.y - pose.ankle.y);
  return reach < rig.body.thigh + rig.body.shin - 0.02 && pose.knee.y > pose.hip.y;
}

function shoulderPivot(rng: Rng, exercise: Exercise): Vec {
  // Hip thrust: shoulder joints just above a bench of usual height; bridge: lying on the floor.
  return exercise === "hip-thrust"
    ? { x: 0, y: rng.uniform(0.36, 0.48) }
    : { x: 0, y: rng.uniform(0.05, 0.09) };
}

/** Draws a set's movement with its true reps and faults; null when the drawn body cannot do it. */
export function planMotion(rng: Rng, options: MotionOptions): MotionPlan | null {
  const exercise: Exercise = options.exercise ?? (rng.chance(0.25) ? "glute-bridge" : "hip-thrust");
  const body: Body = sampleBody(rng);
  const faults = options.faults ?? drawFaults(rng);
  const share = options.faultShare ?? (rng.chance(0.4) ? 1 : rng.uniform(0.3, 0.7));
  const shoulder = shoulderPivot(rng, exercise);
  const ankle = placeFeetLevel(body, shoulder, kneeAtLineFor(rng, faults));
  if (!ankle) return null;
  const rig: Rig = { body, shoulder, ankle };
  const floorY = 0.09;
  const bottomY = exercise === "hip-thrust" ? rng.uniform(floorY, 0.2) : rng.uniform(floorY, 0.13);
  if (!fitsOnFloor(rig, floorY) || !fitsOnFloor(rig, bottomY)) return null;

  const repCount = options.reps ?? rng.int(3, 12);
  const inconsistent =
    "inconsistent" in options ? options.inconsistent : rng.chance(0.15) ? rng.pick(WANDERS) : undefined;
  const applies = (code: RepFaultCode) => faults.includes(code) && (share >= 1 || rng.chance(share));
  const topBase = rng.uniform(171, 189);
  const tempo = {
    concentric: rng.uniform(0.5, 1.3),
    hold: rng.uniform(0.45, 1.6),
    eccentric: rng.uniform(1.35, 3),
    pause: rng.uniform(0, 1),
  };
  const upEase = smoothEase(rng.next(), rng.uniform(0.8, 1.25));
  const downEase = smoothEase(rng.next(), rng.uniform(0.8, 1.25));
  const jitter = () => rng.uniform(0.88, 1.12);
  const startY = inconsistent === "depth" ? floorY : bottomY;
  const bottomAngle = hipAngleAt(rig, startY);
  const fullRange = topBase - bottomAngle;
  // Even a glute bridge moves the hips through 30° or more; less is not the exercise.
  if (fullRange < 30) return null;
  // Keeps clear of the thresholds' doubtful edges, and of ranges so short they would be partials.
  const clearOfEdges = (top: number) => Math.abs(top - 165) > 6 && Math.abs(top - 195) > 6;
  const drawTop = (min: number, max: number): number | null => {
    const lo = Math.max(min, bottomAngle + 0.62 * fullRange);
    if (lo >= max) return null;
    for (let k = 0; k < 50; k++) {
      const top = rng.uniform(lo, max);
      if (clearOfEdges(top)) return top;
    }
    return null;
  };

  const drafts: RepDraft[] = [];
  for (let i = 0; i < repCount; i++) {
    let top: number | null = topBase + rng.uniform(-2.5, 2.5);
    if (inconsistent === "top") top = drawTop(148, 208);
    if (applies("incomplete-lockout")) top = drawTop(143, 158) ?? top;
    if (applies("hyperextension")) top = drawTop(201, 211);
    if (top === null) return null;
    const topY = hipYForAngle(rig, top, floorY);
    if (topY === null) return null;
    let depthY = bottomY + rng.uniform(-0.012, 0.012);
    if (inconsistent === "depth") {
      const share = rng.chance(0.5) ? rng.uniform(0.65, 0.72) : rng.uniform(0.95, 1);
      const y = hipYForAngle(rig, top - share * (top - bottomAngle), 0.05);
      if (y === null) return null;
      depthY = y;
    }
    const bounce = applies("bounce");
    const fast = !bounce && applies("fast-eccentric");
    const touchAndGo = applies("no-top-hold");
    drafts.push({
      top,
      topY,
      depthY: Math.max(floorY - 0.01, depthY),
      concentric: tempo.concentric * jitter(),
      hold: touchAndGo ? rng.uniform(0, 0.05) : tempo.hold * jitter(),
      touchAndGo,
      eccentric: bounce
        ? rng.uniform(0.35, 0.6)
        : fast
          ? rng.uniform(0.4, 0.8)
          : Math.max(1.3, tempo.eccentric * jitter()),
      pause: bounce ? 0 : fast ? rng.uniform(0.45, 1.2) : tempo.pause * rng.uniform(0.7, 1.3),
      rebound: bounce,
    });
  }

  const standing = options.standing ?? rng.chance(0.3);
  const sitRaise = exercise === "hip-thrust" ? rng.uniform(0.08, 0.18) : rng.uniform(0.25, 0.35);
  const motion = new Motion({
    hipY: floorY,
    raise: sitRaise,
    feet: rng.uniform(0.05, 0.2),
    stand: standing ? 1 : 0,
  });
  const settle = () => smoothEase(rng.next(), 1);
  if (standing) motion.hold(rng.uniform(0.5, 1.2)).move({ stand: 0 }, rng.uniform(1.5, 2.5), settle());
  motion
    .hold(rng.uniform(0.4, 1.2))
    .move({ feet: 0 }, rng.uniform(0.6, 1.2), settle())
    .move({ hipY: floorY + 0.01 }, 0.3, settle())
    .move({ hipY: floorY }, 0.3, settle())
    .move({ raise: 0, hipY: startY }, rng.uniform(0.6, 1.2), settle())
    .hold(rng.uniform(0.3, 1.2));
  const setUpSeconds = motion.time;

  const partialCount = options.partials ?? (rng.chance(0.25) ? rng.int(1, 2) : 0);
  const partialAfter = new Set<number>();
  while (partialAfter.size < Math.min(partialCount, repCount)) partialAfter.add(rng.int(0, repCount - 1));
  // A partial rises well under half the set's typical range: a third of the shortest rep's range.
  const shortest = Math.min(...drafts.map((d) => d.top - hipAngleAt(rig, d.depthY)));

  const upStarts: number[] = [];
  const moves: Omit<RepTimes, "until">[] = [];
  let rebound = false;
  for (const [i, rep] of drafts.entries()) {
    const upAt = motion.time;
    upStarts.push(upAt);
    motion.move({ hipY: rep.topY }, rep.concentric, reboundEase(rebound, rep.touchAndGo));
    const topAt = motion.time;
    motion.hold(rep.hold, rep.touchAndGo ? 0 : rng.uniform(0, 0.004));
    const downAt = motion.time;
    const descent = rep.touchAndGo || rep.rebound ? reboundEase(rep.touchAndGo, rep.rebound) : downEase;
    motion.move({ hipY: rep.depthY }, rep.eccentric, descent);
    moves.push({ upAt, topAt, downAt, bottomAt: motion.time });
    const last = i === drafts.length - 1;
    motion.hold(last ? Math.max(0.6, rep.pause) : rep.pause);
    rebound = rep.rebound && !last && !partialAfter.has(i);
    if (partialAfter.has(i)) {
      const y = hipYForAngle(rig, hipAngleAt(rig, rep.depthY) + rng.uniform(0.3, 0.36) * shortest, floorY);
      if (y === null) return null;
      upStarts.push(motion.time);
      motion
        .move({ hipY: y }, rng.uniform(0.4, 0.9), upEase)
        .hold(rng.uniform(0, 0.25))
        .move({ hipY: rep.depthY }, rng.uniform(0.5, 1), downEase)
        .hold(rng.uniform(0.4, 1));
    }
  }
  motion.hold(rng.uniform(0, 0.9)).move({ hipY: floorY, raise: sitRaise }, rng.uniform(0.8, 1.5), settle());
  if (standing) {
    motion.hold(rng.uniform(0.3, 0.8));
    upStarts.push(motion.time);
    motion.move({ stand: 1 }, rng.uniform(1.5, 2.5), settle());
  }
  motion.hold(rng.uniform(0.5, 1.5));
  if (options.minSeconds && motion.time < options.minSeconds) motion.hold(options.minSeconds - motion.time);

  const reps: TruthRep[] = moves.map((m) => {
    const nextUp = upStarts.find((t) => t > m.bottomAt - 1e-9);
    const exact = exactRep(rig, motion, {
      ...m,
      until: Math.min(motion.time, (nextUp ?? motion.time) + 0.6),
    });
    const metrics: FaultInput = {
      hipAngleTop: exact.hipAngleTop,
      kneeAngleTop: exact.kneeAngleTop,
      bodyRiseTop: exact.bodyRiseTop,
      topHoldSeconds: exact.holdEnd - exact.top,
      eccentricSeconds: exact.end - exact.holdEnd,
      bottomPauseSeconds: exact.nextUp - exact.end,
    };
    return {
      ...metrics,
      rangeOfMotion: exact.hipAngleTop - exact.hipAngleBottom,
      top: exact.top,
      faults: repFaults(metrics, DEFAULT_THRESHOLDS),
    };
  });
  return {
    exercise,
    rig,
    motion,
    reps,
    setFaults: setFaults(reps, DEFAULT_THRESHOLDS),
    partials: partialAfter.size,
    setUpSeconds,
  };
}

const near = (value: number, edge: number, margin: number) => Math.abs(value - edge) < margin;

/**
 * True when a rep or the set sits so close to a threshold that noise alone decides the verdict: the
 * benchmark leaves such sets out, because no analysis could be right or wrong about them.
 */
export function isBorderline(plan: MotionPlan): boolean {
  const t = DEFAULT_THRESHOLDS;
  const repDoubt = plan.reps.some(
    (r) =>
      near(r.hipAngleTop, t.lockoutMinDegrees, 5) ||
      near(r.hipAngleTop, t.hyperextensionMaxDegrees, 5) ||
      near(levelKneeAngle(r.kneeAngleTop, r.bodyRiseTop), t.kneeTopMaxDegrees, 5) ||
      near(levelKneeAngle(r.kneeAngleTop, r.bodyRiseTop), t.kneeTopMinDegrees, 5) ||
      (r.topHoldSeconds > 0.08 && r.topHoldSeconds < 0.35) ||
      (r.eccentricSeconds > 0.8 && r.eccentricSeconds < 1.25) ||
      (r.eccentricSeconds < 0.8 &&
        ((r.eccentricSeconds > 0.6 && r.bottomPauseSeconds < 0.35) ||
          (r.bottomPauseSeconds > 0.05 && r.bottomPauseSeconds < 0.35))),
  );
  if (repDoubt || plan.reps.length < 3) return repDoubt;
  const tops = plan.reps.map((r) => r.hipAngleTop);
  const ranges = plan.reps.map((r) => r.rangeOfMotion);
  const spread = standardDeviation(tops);
  const cv = standardDeviation(ranges) / mean(ranges);
  return (spread > 4.5 && spread < 8) || (cv > 0.11 && cv < 0.19);
}
