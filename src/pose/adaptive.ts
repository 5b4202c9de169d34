import { interiorAngle } from "../form/angles.js";
import { DEFAULT_SIGNAL } from "../form/options.js";
import { fullFrameRegion, nextCropRegion, searchRegions, torsoScore, torsoVisible } from "./crop.js";
import { COCO17_INDEX, type Frame, type Keypoint17, type PoseModel } from "./types.js";

/**
 * Adaptive sampling of a pose pass: every other sampled frame (a keyframe) goes through the model, and
 * so does the frame between two keyframes unless the hips are in the middle of a steady movement
 * there. Only then is it interpolated, halfway between its neighbours. Tops, bottoms, holds and the
 * onsets that time the phases are all slow or turning, so they are always seen by the model. Replayed
 * on the full-pass keypoints of the shared clips, this left counts and faults as they were, times
 * within 0.03 s and angles within 0.4°, for about a sixth fewer model passes on the hip-thrust clip.
 * Pure: the model comes from the caller.
 */

/**
 * Below this hip-angle speed (degrees per second, over each of the three keyframe steps around a
 * frame) the movement is too slow or near a turn for a straight line to stand in for the model.
 * 3° per 2/15 s: in the replay 0.5° changed a frog-pump fault, 1.5° kept every figure, and 3° keeps
 * a margin while interpolating almost as many frames.
 */
export const STEADY_MIN_DEG_PER_S = 22.5;

/**
 * A person the whole frame does not show is looked for closer up (searchRegions) at most once in
 * this many frames: about half a second at 15 Hz, so a clip with nobody in it costs little more.
 */
export const SEARCH_EVERY_FRAMES = 8;

const SIDES = [
  [COCO17_INDEX.leftShoulder, COCO17_INDEX.leftHip, COCO17_INDEX.leftKnee],
  [COCO17_INDEX.rightShoulder, COCO17_INDEX.rightHip, COCO17_INDEX.rightKnee],
] as const;

/** Shoulder–hip–knee angle on one side; NaN when the form analysis would not see one of the three. */
function hipAngle(keypoints: Keypoint17[], [s, h, k]: readonly [number, number, number]): number {
  const shoulder = keypoints[s] as Keypoint17;
  const hip = keypoints[h] as Keypoint17;
  const knee = keypoints[k] as Keypoint17;
  const min = DEFAULT_SIGNAL.minScore;
  if (shoulder[2] < min || hip[2] < min || knee[2] < min) return Number.NaN;
  return interiorAngle(shoulder[0], shoulder[1], hip[0], hip[1], knee[0], knee[1]);
}

export interface Keyframe {
  t: number;
  keypoints: Keypoint17[];
}

/**
 * True when, between each pair of these four consecutive keyframes, the hip angle of every side seen
 * moves the same way at STEADY_MIN_DEG_PER_S or more: the frame between the middle two is then on a
 * steady stretch of a rise or a lowering. A side seen in some keyframes and not others, or no side
 * seen at all, is never steady.
 */
export function steadyMovement(keyframes: readonly Keyframe[]): boolean {
  let seen = false;
  for (const side of SIDES) {
    const angles = keyframes.map((k) => hipAngle(k.keypoints, side));
    const unseen = angles.filter(Number.isNaN).length;
    if (unseen === angles.length) continue;
    if (unseen > 0) return false;
    let direction = 0;
    for (let i = 1; i < keyframes.length; i++) {
      const step = (angles[i] as number) - (angles[i - 1] as number);
      const seconds = (keyframes[i] as Keyframe).t - (keyframes[i - 1] as Keyframe).t;
      if (direction === 0) direction = Math.sign(step);
      if (Math.sign(step) !== direction || Math.abs(step) < STEADY_MIN_DEG_PER_S * seconds) return false;
    }
    seen = true;
  }
  return seen;
}

/**
 * Keypoints on the straight line through two frames' at `fraction` of the way from the first to the
 * second (0.5 halfway, 1.5 half a step beyond), scored as the less certain of the two.
 */
export function along(a: Keypoint17[], b: Keypoint17[], fraction: number): Keypoint17[] {
  return a.map(([x, y, score], k) => {
    const [bx, by, bScore] = b[k] as Keypoint17;
    return [x + (bx - x) * fraction, y + (by - y) * fraction, Math.min(score, bScore)];
  });
}

export interface Sample {
  index: number;
  t: number;
  frame: Frame;
}

export interface SampledPose {
  index: number;
  t: number;
  keypoints: Keypoint17[];
  /** Halfway between the model's keypoints for the frames either side, rather than the model's own. */
  interpolated: boolean;
}

/** What the pass needs of the model: keypoints seen in a given crop of a frame. */
export type CroppingModel = Pick<PoseModel, "estimateIn">;

/**
 * Poses for consecutive samples of one recording, in order. Each model pass is cropped around the
 * person as found in the frame before (MoveNet's tracking); a person not found there is looked for in
 * the whole frame, then closer up (searchRegions). A frame between keyframes is held back
 * when the hips were moving steadily over the last step: the next keyframe is then cropped where the
 * held frame's keypoints are expected to be, and the held frame is interpolated once two keyframes
 * after it confirm the movement went on steadily, else the model sees it after all. At most two
 * frames are held at once.
 */
export async function* adaptivePoses(
  samples: AsyncIterable<Sample>,
  model: CroppingModel,
): AsyncGenerator<SampledPose> {
  let first: number | null = null;
  const keyframes = new Map<number, Keyframe>();
  const held = new Map<number, Sample>();
  const done = new Map<number, SampledPose>();
  let next = 0;
  /** The keypoints of the frame before the one being estimated, where the next crop is placed. */
  let previous: Keypoint17[] | null = null;

  let lastSearch = Number.NEGATIVE_INFINITY;
  /**
   * Keypoints in a frame, cropped around where the person was just before. A person not there is
   * looked for; once found, the same frame is seen again cropped around them, as the next would be:
   * a person seen small reads poorly, and a poor first reading can look like a rep.
   */
  const estimate = async (frame: Frame, before: Keypoint17[] | null, offset: number) => {
    const { width, height } = frame;
    if (before && torsoVisible(before)) return model.estimateIn(frame, nextCropRegion(before, width, height));
    let found = await model.estimateIn(frame, fullFrameRegion(width, height));
    if (!torsoVisible(found) && offset - lastSearch >= SEARCH_EVERY_FRAMES) {
      lastSearch = offset;
      for (const region of searchRegions(width, height)) {
        const closer = await model.estimateIn(frame, region);
        if (torsoScore(closer) > torsoScore(found)) found = closer;
      }
    }
    if (!torsoVisible(found)) return found;
    const around = nextCropRegion(found, width, height);
    return around.size < Math.max(width, height) ? model.estimateIn(frame, around) : found;
  };
  const keyframesAround = (offset: number) =>
    [offset - 3, offset - 1, offset + 1, offset + 3].map((o) => keyframes.get(o));
  const settle = async (offset: number) => {
    const sample = held.get(offset) as Sample;
    held.delete(offset);
    const around = keyframesAround(offset);
    const known = around.filter((k): k is Keyframe => k !== undefined);
    const before = (around[1] as Keyframe).keypoints;
    const steady = known.length === 4 && steadyMovement(known);
    done.set(offset, {
      index: sample.index,
      t: sample.t,
      keypoints: steady
        ? along(before, (around[2] as Keyframe).keypoints, 0.5)
        : await estimate(sample.frame, before, offset),
      interpolated: steady,
    });
  };

  /** The poses settled so far, in order, up to the first still held. */
  function* ready(): Generator<SampledPose> {
    for (let pose = done.get(next); pose; pose = done.get(next)) {
      done.delete(next++);
      yield pose;
    }
  }

  for await (const sample of samples) {
    first ??= sample.index;
    const offset = sample.index - first;
    if (offset % 2 === 1) {
      const [twoBack, oneBack] = keyframesAround(offset);
      if (twoBack && oneBack && steadyMovement([twoBack, oneBack])) {
        held.set(offset, sample);
        previous = along(twoBack.keypoints, oneBack.keypoints, 1.5);
        continue;
      }
      previous = await estimate(sample.frame, previous, offset);
      done.set(offset, { index: sample.index, t: sample.t, keypoints: previous, interpolated: false });
    } else {
      previous = await estimate(sample.frame, previous, offset);
      keyframes.set(offset, { t: sample.t, keypoints: previous });
      done.set(offset, { index: sample.index, t: sample.t, keypoints: previous, interpolated: false });
      if (held.has(offset - 3)) await settle(offset - 3);
      keyframes.delete(offset - 6);
    }
    yield* ready();
  }
  // Held frames with no keyframe two steps on have nothing to confirm them: the model sees them.
  for (const offset of [...held.keys()].sort((a, b) => a - b)) await settle(offset);
  yield* ready();
}
