import * as tf from "@tensorflow/tfjs-core";
import type { CropRegion } from "./crop.js";
import { cropPixels } from "./crop-pixels.js";
import type { Frame, Keypoint17, PoseModel } from "./types.js";

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

/** The model's input tensor for a region of the frame: int32 [1, 192, 192, 3]. */
export function inputTensor(frame: Frame, region: CropRegion): tf.Tensor4D {
  return tf.tensor4d(
    cropPixels(frame, region, MOVENET_INPUT_SIZE),
    [1, MOVENET_INPUT_SIZE, MOVENET_INPUT_SIZE, 3],
    "int32",
  );
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

/** MoveNet on a region of the frame: the pose pass decides which (crop tracking, search). */
export class MoveNet implements PoseModel {
  readonly name = MOVENET_LIGHTNING;

  constructor(private readonly graph: GraphRunner) {}

  async estimateIn(frame: Frame, region: CropRegion): Promise<Keypoint17[]> {
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

  /** The graph belongs to the caller, who loaded it. */
  dispose(): void {}
}

/** One pass on a blank frame, so that the backend has set up every kernel before the first real one. */
export async function warmUp(model: MoveNet): Promise<void> {
  await model.estimateIn(
    { data: new Uint8Array(64 * 64 * 3), width: 64, height: 64 },
    { x: 0, y: 0, size: 64 },
  );
}
