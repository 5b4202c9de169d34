// The same clip through the Node side of the shared pose modules (ffmpeg frames at the browser's
// sampling rate, MoveNet on tfjs WASM, the same form analysis): what the CLI's pipeline counts.
import { spawn } from "node:child_process";
import { analyzeKeypoints } from "../../src/form/analyze.js";
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
  const frames: PoseFrame[] = [];
  let buffer = Buffer.alloc(0);
  for await (const chunk of ffmpeg.stdout) {
    buffer = Buffer.concat([buffer, chunk as Buffer]);
    while (buffer.length >= size) {
      const data = new Uint8Array(buffer.subarray(0, size));
      buffer = buffer.subarray(size);
      frames.push({ t: frames.length / hz, keypoints: await model.estimate({ data, width, height }) });
    }
  }
  model.dispose();
  return analyzeKeypoints(toKeypointsFile({ fps: hz, width, height }, frames)).repCount;
}
