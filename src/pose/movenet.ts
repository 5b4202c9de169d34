import * as tf from "@tensorflow/tfjs-core";
import { type CropRegion, CropTracker } from "./crop.js";
import type { Keypoint17, PoseModel, RgbFrame } from "./types.js";

/**
 * MoveNet SinglePose Lightning around any tfjs backend: a crop of the frame becomes the model's
 * 192×192 int32 input, and its output (y, x, score per keypoint, 0–1 within the crop) goes back to
 * frame pixels. Written against tfjs-core only: the caller picks the backend and loads the graph.
 */

export const MOVENET_INPUT_SIZE = 192;
export const MOVENET_LIGHTNING = "movenet-singlepose-lightning-v4";

/** What this needs of a tfjs-converter GraphModel. */
export interface GraphRunner {
  execute(input: tf.Tensor): tf.Tensor | tf.Tensor[];
}

/**
 * Samples the region (bilinear, black outside the frame) into the model's packed RGB input.
 * Done in plain code rather than on the backend so that only 192×192 pixels reach it. Each source
 * column's offsets and weight are worked out once, not once per row: this runs on every frame.
 */
export function cropPixels(frame: RgbFrame, region: CropRegion, size = MOVENET_INPUT_SIZE): Int32Array {
  const out = new Int32Array(size * size * 3);
  const scale = region.size / size;
  const { data, width, height } = frame;
  // Byte offsets of the two neighbouring source columns (−1 outside the frame) and the blend weight.
  const left = new Int32Array(size);
  const right = new Int32Array(size);
  const fxs = new Float64Array(size);
  for (let col = 0; col < size; col++) {
    const sx = region.x + (col + 0.5) * scale - 0.5;
    const x0 = Math.floor(sx);
    fxs[col] = sx - x0;
    left[col] = x0 >= 0 && x0 < width ? x0 * 3 : -1;
    right[col] = x0 + 1 >= 0 && x0 + 1 < width ? (x0 + 1) * 3 : -1;
  }
  const rowBytes = width * 3;
  let o = 0;
  for (let row = 0; row < size; row++) {
    const sy = region.y + (row + 0.5) * scale - 0.5;
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    const top = y0 >= 0 && y0 < height ? y0 * rowBytes : -1;
    const bottom = y0 + 1 >= 0 && y0 + 1 < height ? (y0 + 1) * rowBytes : -1;
    for (let col = 0; col < size; col++) {
      const fx = fxs[col] as number;
      const l = left[col] as number;
      const r = right[col] as number;
      const p00 = top >= 0 && l >= 0 ? top + l : -1;
      const p10 = top >= 0 && r >= 0 ? top + r : -1;
      const p01 = bottom >= 0 && l >= 0 ? bottom + l : -1;
      const p11 = bottom >= 0 && r >= 0 ? bottom + r : -1;
      for (let c = 0; c < 3; c++) {
        const v00 = p00 >= 0 ? (data[p00 + c] as number) : 0;
        const v10 = p10 >= 0 ? (data[p10 + c] as number) : 0;
        const v01 = p01 >= 0 ? (data[p01 + c] as number) : 0;
        const v11 = p11 >= 0 ? (data[p11 + c] as number) : 0;
        const upper = v00 + (v10 - v00) * fx;
        const lower = v01 + (v11 - v01) * fx;
        // Values are 0–255, so adding a half and truncating is Math.round, and cheaper.
        out[o++] = (upper + (lower - upper) * fy + 0.5) | 0;
      }
    }
  }
  return out;
}

/** The model's input tensor for a region of the frame: int32 [1, 192, 192, 3]. */
export function inputTensor(frame: RgbFrame, region: CropRegion): tf.Tensor4D {
  return tf.tensor4d(cropPixels(frame, region), [1, MOVENET_INPUT_SIZE, MOVENET_INPUT_SIZE, 3], "int32");
}

/** The model's output [1, 1, 17, 3] of (y, x, score) within the crop → keypoints in frame pixels. */
export function toFramePixels(output: ArrayLike<number>, region: CropRegion): Keypoint17[] {
  const keypoints: Keypoint17[] = [];
  for (let k = 0; k < 17; k++) {
    const y = output[k * 3] as number;
    const x = output[k * 3 + 1] as number;
    const score = output[k * 3 + 2] as number;
    keypoints.push([region.x + x * region.size, region.y + y * region.size, score]);
  }
  return keypoints;
}

/** MoveNet with crop-region tracking: full frame first and whenever the person is lost. */
export class MoveNet implements PoseModel {
  readonly name = MOVENET_LIGHTNING;
  private readonly tracker = new CropTracker();

  constructor(private readonly graph: GraphRunner) {}

  async estimate(frame: RgbFrame): Promise<Keypoint17[]> {
    const keypoints = await this.estimateIn(frame, this.tracker.regionFor(frame.width, frame.height));
    this.tracker.update(keypoints, frame.width, frame.height);
    return keypoints;
  }

  /** Keypoints seen in one region of the frame, leaving the tracked crop as it was. */
  async estimateIn(frame: RgbFrame, region: CropRegion): Promise<Keypoint17[]> {
    const input = inputTensor(frame, region);
    let output: tf.Tensor | tf.Tensor[] | undefined;
    try {
      output = this.graph.execute(input);
      const tensor = Array.isArray(output) ? output[0] : output;
      if (!tensor) throw new Error("MoveNet returned no output tensor");
      return toFramePixels(await tensor.data(), region);
    } finally {
      input.dispose();
      if (output) tf.dispose(output);
    }
  }

  reset(): void {
    this.tracker.reset();
  }

  dispose(): void {
    this.tracker.reset();
  }
}
