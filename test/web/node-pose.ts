// The same clip through the Node side of the shared pose modules (ffmpeg frames at the browser's
// sampling rate, the same adaptive pass of MoveNet on tfjs WASM, the same form analysis): what the
// CLI's pipeline counts.
import { spawn } from "node:child_process";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { adaptivePoses, type Sample } from "../../src/pose/adaptive.js";
import { type PoseFrame, toKeypointsFile } from "../../src/pose/keypoints-file.js";
import { loadMoveNet } from "../../src/pose/node-model.js";

export async function nodeRepCount(clip: string, width: number, height: number, hz: number): Promise<number> {
  const model = await loadMoveNet();
  const ffmpeg = spawn("ffmpeg", [
    "-v",
    "error",
    "-i",
    clip,
    "-vf",
    `fps=${hz}`,
    "-f",
    "rawvideo",
    "-pix_fmt",
    "rgb24",
    "-",
  ]);
  const size = width * height * 3;
  async function* samples(): AsyncGenerator<Sample> {
    let buffer = Buffer.alloc(0);
    let index = 0;
    for await (const chunk of ffmpeg.stdout) {
      buffer = Buffer.concat([buffer, chunk as Buffer]);
      while (buffer.length >= size) {
        const data = new Uint8Array(buffer.subarray(0, size));
        buffer = buffer.subarray(size);
        yield { index, t: index / hz, frame: { data, width, height } };
        index++;
      }
    }
  }
  const frames: PoseFrame[] = [];
  for await (const pose of adaptivePoses(samples(), model))
    frames.push({ t: pose.t, keypoints: pose.keypoints });
  model.dispose();
  return analyzeKeypoints(toKeypointsFile({ fps: hz, width, height }, frames)).repCount;
}
