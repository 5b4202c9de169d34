import { COCO17_INDEX, type Keypoint17 } from "./types.js";

/**
 * MoveNet's crop-region tracking (after the TF Hub reference, `determine_crop_region`): the model sees
 * a square crop around the person found in the previous frame, so the person fills its 192×192 input;
 * the whole frame is seen at the start and whenever the torso is lost. Pure.
 */

/** A square region in frame pixels; it may reach past the frame's edges (padded with black). */
export interface CropRegion {
  x: number;
  y: number;
  size: number;
}

/** Below this score a keypoint does not place the crop (the reference's threshold). */
export const MIN_CROP_KEYPOINT_SCORE = 0.2;
/** Margins around the torso and the whole body (the reference's factors). */
const TORSO_EXPANSION = 1.9;
const BODY_EXPANSION = 1.2;

const TORSO = [
  COCO17_INDEX.leftShoulder,
  COCO17_INDEX.rightShoulder,
  COCO17_INDEX.leftHip,
  COCO17_INDEX.rightHip,
];

/** The whole frame, as a square centred on it (the longer side padded). */
export function fullFrameRegion(width: number, height: number): CropRegion {
  const size = Math.max(width, height);
  return { x: (width - size) / 2, y: (height - size) / 2, size };
}

const scoreOf = (keypoints: Keypoint17[], index: number) => keypoints[index]?.[2] ?? 0;

/** How surely the torso was seen: the better hip's score or the better shoulder's, whichever is lower. */
export function torsoScore(keypoints: Keypoint17[]): number {
  const hip = Math.max(scoreOf(keypoints, COCO17_INDEX.leftHip), scoreOf(keypoints, COCO17_INDEX.rightHip));
  const shoulder = Math.max(
    scoreOf(keypoints, COCO17_INDEX.leftShoulder),
    scoreOf(keypoints, COCO17_INDEX.rightShoulder),
  );
  return Math.min(hip, shoulder);
}

/** The reference's test: one hip and one shoulder seen. Without them the person is lost. */
export function torsoVisible(keypoints: Keypoint17[], minScore = MIN_CROP_KEYPOINT_SCORE): boolean {
  return torsoScore(keypoints) > minScore;
}

/**
 * Where to look, closer up, for a person the whole frame did not show: squares of the frame's
 * shorter side at the start, middle and end of its longer side. Seen whole, a wide frame is padded
 * to a square of its longer side, which shrinks a person far from the camera below what the model
 * finds; these squares show them 16/9 times larger in a 16:9 frame. None for a frame near square,
 * where they would show little more.
 */
export function searchRegions(width: number, height: number): CropRegion[] {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  if (long < 1.3 * short) return [];
  return [0, (long - short) / 2, long - short].map((along) =>
    width >= height ? { x: along, y: 0, size: short } : { x: 0, y: along, size: short },
  );
}

/** The crop for the next frame, from this frame's keypoints; the full frame when the person is lost. */
export function nextCropRegion(keypoints: Keypoint17[], width: number, height: number): CropRegion {
  if (!torsoVisible(keypoints)) return fullFrameRegion(width, height);
  const lh = keypoints[COCO17_INDEX.leftHip] as Keypoint17;
  const rh = keypoints[COCO17_INDEX.rightHip] as Keypoint17;
  const cx = (lh[0] + rh[0]) / 2;
  const cy = (lh[1] + rh[1]) / 2;
  let torsoX = 0;
  let torsoY = 0;
  for (const index of TORSO) {
    const point = keypoints[index] as Keypoint17;
    torsoX = Math.max(torsoX, Math.abs(cx - point[0]));
    torsoY = Math.max(torsoY, Math.abs(cy - point[1]));
  }
  let bodyX = 0;
  let bodyY = 0;
  for (const point of keypoints) {
    if (point[2] < MIN_CROP_KEYPOINT_SCORE) continue;
    bodyX = Math.max(bodyX, Math.abs(cx - point[0]));
    bodyY = Math.max(bodyY, Math.abs(cy - point[1]));
  }
  let half = Math.max(
    torsoX * TORSO_EXPANSION,
    torsoY * TORSO_EXPANSION,
    bodyX * BODY_EXPANSION,
    bodyY * BODY_EXPANSION,
  );
  // Never reach further past the frame than the distance from the centre to its farthest edge.
  half = Math.min(half, Math.max(cx, width - cx, cy, height - cy));
  if (!(half > 0) || half * 2 > Math.max(width, height)) return fullFrameRegion(width, height);
  return { x: cx - half, y: cy - half, size: half * 2 };
}
