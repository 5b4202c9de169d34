import type { CropRegion } from "./crop.js";

/**
 * The pose-model interface shared by the Node pipeline and the browser. Pure: no DOM, no Node.
 * Another model (BlazePose, RTMPose) is added by implementing PoseModel and naming its keypoint format.
 */

/** One frame as packed RGB, 3 bytes per pixel, rows top to bottom. */
export interface RgbFrame {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * One frame as planar YUV 4:2:0 (I420: the Y plane, then U and V at half width and height, rounded
 * up), limited range, as ffmpeg's `yuv420p`. Half the bytes of RGB, and no colour conversion of the
 * whole frame: the pose pass converts only the pixels the model sees.
 */
export interface Yuv420Frame {
  yuv420: Uint8Array;
  width: number;
  height: number;
}

/** What a pose model reads. */
export type Frame = RgbFrame | Yuv420Frame;

/** One COCO-17 keypoint: x and y in frame pixels (y down) and the model's confidence 0–1. */
export type Keypoint17 = [x: number, y: number, score: number];

/** COCO / MoveNet order: left before right. */
export const COCO17 = [
  "nose",
  "leftEye",
  "rightEye",
  "leftEar",
  "rightEar",
  "leftShoulder",
  "rightShoulder",
  "leftElbow",
  "rightElbow",
  "leftWrist",
  "rightWrist",
  "leftHip",
  "rightHip",
  "leftKnee",
  "rightKnee",
  "leftAnkle",
  "rightAnkle",
] as const;
export type Coco17Joint = (typeof COCO17)[number];
export const COCO17_INDEX = Object.fromEntries(COCO17.map((name, i) => [name, i])) as Record<
  Coco17Joint,
  number
>;

/** Bones drawn for a skeleton, as pairs of COCO-17 indices. */
export const COCO17_BONES: ReadonlyArray<readonly [number, number]> = [
  [5, 6],
  [5, 7],
  [7, 9],
  [6, 8],
  [8, 10],
  [5, 11],
  [6, 12],
  [11, 12],
  [11, 13],
  [13, 15],
  [12, 14],
  [14, 16],
  [0, 5],
  [0, 6],
];

export interface PoseModel {
  /** Name and variant, reported in an analysis's `source.model`. */
  readonly name: string;
  /**
   * 17 keypoints of the one person in a region of the frame, in frame pixels. Stateless: where to
   * look (tracking the person from frame to frame, searching when they are lost) is the pose
   * pass's job (src/pose/adaptive.ts), the same for every model.
   */
  estimateIn(frame: Frame, region: CropRegion): Promise<Keypoint17[]>;
  dispose(): void;
}
