import type { KeypointFormat, KeypointsFile } from "../contract/keypoints.js";

export type Side = "left" | "right";
export const JOINTS = ["shoulder", "hip", "knee", "ankle"] as const;
export type Joint = (typeof JOINTS)[number];

/** Where each joint the analysis needs sits in a frame's keypoint array. */
export const LAYOUTS: Record<KeypointFormat, Record<Side, Record<Joint, number>>> = {
  // COCO / MoveNet: nose, eyes, ears, shoulders, elbows, wrists, hips, knees, ankles; left before right.
  coco17: {
    left: { shoulder: 5, hip: 11, knee: 13, ankle: 15 },
    right: { shoulder: 6, hip: 12, knee: 14, ankle: 16 },
  },
  // MediaPipe BlazePose: 11/12 shoulders, 23/24 hips, 25/26 knees, 27/28 ankles.
  blazepose33: {
    left: { shoulder: 11, hip: 23, knee: 25, ankle: 27 },
    right: { shoulder: 12, hip: 24, knee: 26, ankle: 28 },
  },
};

/** One joint over time; x and y in pixels, y down. */
export interface Track {
  x: Float64Array;
  y: Float64Array;
  score: Float64Array;
}

export type SideTracks = Record<Joint, Track>;

function track(file: KeypointsFile, index: number): Track {
  const n = file.frames.length;
  const out: Track = { x: new Float64Array(n), y: new Float64Array(n), score: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const point = file.frames[i]?.keypoints[index];
    if (!point) continue;
    out.x[i] = point[0];
    out.y[i] = point[1];
    out.score[i] = point[2];
  }
  return out;
}

export function sideTracks(file: KeypointsFile, side: Side): SideTracks {
  const layout = LAYOUTS[file.format][side];
  return {
    shoulder: track(file, layout.shoulder),
    hip: track(file, layout.hip),
    knee: track(file, layout.knee),
    ankle: track(file, layout.ankle),
  };
}

export function frameTimes(file: KeypointsFile): Float64Array {
  return Float64Array.from(file.frames, (frame) => frame.t);
}
