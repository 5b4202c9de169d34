import type { KeypointsFile } from "../contract/keypoints.js";
import type { Keypoint17 } from "./types.js";

/** One analysed frame: its time in seconds from the start of the recording and its keypoints. */
export interface PoseFrame {
  t: number;
  keypoints: Keypoint17[];
  /** Set when the keypoints were interpolated between the model's for the frames either side. */
  interpolated?: boolean;
  /** On the frames looked at for a weight plate (plateWatch): whether one hid the hip. */
  hipHidden?: boolean;
}

export interface RecordingSize {
  /** The recording's frame rate (of the source, not of the sampling). */
  fps: number;
  /** Displayed size in pixels (after rotation), which the keypoints are in. */
  width: number;
  height: number;
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/**
 * Keypoints found at `scale` × the recording's size, in the recording's own pixels. Frames may be
 * analysed smaller than recorded; the keypoints file and the analysis speak of the recording.
 */
export function rescale(keypoints: Keypoint17[], scale: number): Keypoint17[] {
  if (scale === 1) return keypoints;
  return keypoints.map(([x, y, score]) => [x / scale, y / scale, score]);
}

/** Analysed frames → the CONTRACT keypoints file (coco17), ordered by time, rounded to 0.1 px. */
export function toKeypointsFile(size: RecordingSize, frames: PoseFrame[]): KeypointsFile {
  const ordered = [...frames].sort((a, b) => a.t - b.t);
  return {
    fps: round(size.fps, 3),
    width: size.width,
    height: size.height,
    format: "coco17",
    frames: ordered
      .filter((frame, i) => i === 0 || frame.t > (ordered[i - 1] as PoseFrame).t)
      .map((frame) => ({
        t: round(frame.t, 4),
        keypoints: frame.keypoints.map(([x, y, score]) => [
          round(x, 1),
          round(y, 1),
          round(Math.min(1, Math.max(0, score)), 3),
        ]),
      })),
  };
}
