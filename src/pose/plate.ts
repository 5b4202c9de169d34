import type { Sample } from "./adaptive.js";
import { COCO17_INDEX, type Frame, type Keypoint17 } from "./types.js";

/**
 * A loaded bar seen from the side puts a weight plate over the hip, and the pose model then guesses
 * the hip, confidently and often too low (a 45 cm plate read a locked-out hip 35° short). This finds
 * such a plate: a disc of even colour round the hip whose rim stands out from what is behind it.
 * Pure: pixels and joints in, a circle or null out. Only brightness is read: the Y plane of a YUV
 * frame as it is, an RGB frame's luma computed.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Plate extends Point {
  r: number;
  /** Share of the rim where the disc's edge stands out from the background. */
  rim: number;
}

/** Plate radius as a share of the shoulder–knee distance: a 30–45 cm plate on an adult (ours). */
const MIN_RADIUS = 0.14;
const MAX_RADIUS = 0.36;
/** How far from the model's hip the plate's centre is looked for, as a share of shoulder–knee. */
const SEARCH = 0.4;
/** Points read round the rim. */
const RIM_POINTS = 64;
/** Luma step across the rim that counts as an edge (0–255). */
const EDGE = 20;
/** A plate's rim is of one colour: the middle half of the inside readings spans at most this. */
const EVEN = 24;
/** Shares of the rim that must be edge: more than a body's curve or a chance ring of texture makes. */
const MIN_RIM = 0.75;
/** On the coarse grid a plate's rim is read a little off its edge, so less of it shows. */
const COARSE_RIM = 0.4;

/** The rim's directions, the same for every disc tried. */
const COS = Float64Array.from({ length: RIM_POINTS }, (_, k) => Math.cos((2 * Math.PI * k) / RIM_POINTS));
const SIN = Float64Array.from({ length: RIM_POINTS }, (_, k) => Math.sin((2 * Math.PI * k) / RIM_POINTS));

function lumaOf(frame: Frame): Uint8Array {
  if ("yuv420" in frame) return frame.yuv420.subarray(0, frame.width * frame.height);
  const { data, width, height } = frame;
  const luma = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < luma.length; i++, p += 3) {
    luma[i] = ((data[p] as number) * 77 + (data[p + 1] as number) * 150 + (data[p + 2] as number) * 29) >> 8;
  }
  return luma;
}

/** The best disc round the hip, or null when no disc with an even rim and a clear edge is there. */
export function findPlate(frame: Frame, joints: { shoulder: Point; hip: Point; knee: Point }): Plate | null {
  const { width, height } = frame;
  const span = Math.hypot(joints.shoulder.x - joints.knee.x, joints.shoulder.y - joints.knee.y);
  if (!(span > 0)) return null;
  const luma = lumaOf(frame);
  const at = (x: number, y: number) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    return xi < 0 || yi < 0 || xi >= width || yi >= height ? -1 : (luma[yi * width + xi] as number);
  };
  const inside = new Int16Array(RIM_POINTS);

  /** The share of the rim that is edge, or 0 when below `floor` or the rim's colour is uneven. */
  const rimOf = (cx: number, cy: number, r: number, floor: number): number => {
    const gap = Math.max(2, 0.1 * r);
    let edges = 0;
    let read = 0;
    for (let k = 0; k < RIM_POINTS; k++) {
      const a = at(cx + (r - gap) * (COS[k] as number), cy + (r - gap) * (SIN[k] as number));
      const b = at(cx + (r + gap) * (COS[k] as number), cy + (r + gap) * (SIN[k] as number));
      if (a < 0 || b < 0) continue; // past the frame's edge: neither for nor against
      inside[read++] = a;
      if (Math.abs(a - b) >= EDGE) edges++;
    }
    if (read < RIM_POINTS / 2 || edges / read < floor) return 0;
    const sorted = inside.slice(0, read).sort();
    const even = (sorted[Math.floor(read * 0.75)] as number) - (sorted[Math.floor(read * 0.25)] as number);
    return even <= EVEN ? edges / read : 0;
  };

  // Coarse grid first, then a fine one round the three best coarse discs.
  const search = (
    cx0: number,
    cy0: number,
    reach: number,
    step: number,
    r0: number,
    r1: number,
    grow: number,
    floor: number,
  ) => {
    const found: Plate[] = [];
    for (let dy = -reach; dy <= reach + 1e-9; dy += step) {
      for (let dx = -reach; dx <= reach + 1e-9; dx += step) {
        for (let r = r0; r <= r1; r *= grow) {
          const rim = rimOf(cx0 + dx, cy0 + dy, r, floor);
          if (rim > 0) found.push({ x: cx0 + dx, y: cy0 + dy, r, rim });
        }
      }
    }
    return found.sort((a, b) => b.rim - a.rim);
  };
  const coarse = 0.05 * span;
  let best: Plate | null = null;
  for (const c of search(
    joints.hip.x,
    joints.hip.y,
    SEARCH * span,
    coarse,
    MIN_RADIUS * span,
    MAX_RADIUS * span,
    1.1,
    COARSE_RIM,
  ).slice(0, 3)) {
    const [fine] = search(c.x, c.y, coarse, coarse / 4, c.r / 1.1, c.r * 1.1, 1.02, MIN_RIM);
    if (fine && fine.rim > (best?.rim ?? 0)) best = fine;
  }
  return best;
}

/** True when a plate covers the hip the model gave (its guess sits inside the disc or on its rim). */
export function hidesHip(plate: Plate | null, hip: Point): boolean {
  return plate !== null && Math.hypot(hip.x - plate.x, hip.y - plate.y) <= 1.15 * plate.r;
}

/** Keypoints this sure are the person's (the form analysis's own threshold). */
const SURE = 0.3;
/** A plate is looked for once a second at 15 Hz: a loaded bar carries it through the whole set. */
const PLATE_EVERY_SAMPLES = 15;

/** Whether a plate hides the hip in this frame (the side the model saw better); null with no person. */
export function hipHiddenIn(frame: Frame, keypoints: Keypoint17[]): boolean | null {
  const [left, right] = (["left", "right"] as const).map((side) =>
    (["Shoulder", "Hip", "Knee"] as const).map(
      (joint) => keypoints[COCO17_INDEX[`${side}${joint}`]] as Keypoint17,
    ),
  ) as [Keypoint17[], Keypoint17[]];
  const score = (joints: Keypoint17[]) => joints.reduce((sum, [, , s]) => sum + s, 0);
  const near = score(left) >= score(right) ? left : right;
  if (near.some(([, , s]) => s < SURE)) return null;
  const [shoulder, hip, knee] = near.map(([x, y]) => ({ x, y })) as [Point, Point, Point];
  return hidesHip(findPlate(frame, { shoulder, hip, knee }), hip);
}

/**
 * Looks for a plate during the pose pass, so no frame is decoded twice: `tap` keeps every
 * PLATE_EVERY_SAMPLES-th frame from sample `from` on (a worker's warm-up frames are not its to
 * judge), `check` looks at it once its pose is known.
 */
export function plateWatch(from = 0) {
  const kept = new Map<number, Frame>();
  return {
    async *tap(samples: AsyncIterable<Sample>): AsyncGenerator<Sample> {
      for await (const sample of samples) {
        if (sample.index >= from && sample.index % PLATE_EVERY_SAMPLES === 0)
          kept.set(sample.index, sample.frame);
        yield sample;
      }
    },
    /** True or false for a frame that was looked at with a person in it; undefined otherwise. */
    check(pose: { index: number; keypoints: Keypoint17[] }): boolean | undefined {
      const frame = kept.get(pose.index);
      if (!frame) return undefined;
      kept.delete(pose.index);
      return hipHiddenIn(frame, pose.keypoints) ?? undefined;
    },
  };
}

/** Why lockout cannot be judged when a plate hid the hip in most frames looked at; else null. */
export function plateVerdict(looks: readonly boolean[]): string | null {
  const hidden = looks.filter(Boolean).length;
  return looks.length >= 2 && hidden * 2 > looks.length
    ? `a weight plate hid the hip in ${hidden} of the ${looks.length} frames looked at (one a second)`
    : null;
}
