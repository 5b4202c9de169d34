import { spawn } from "node:child_process";
import type { RgbFrame } from "../pose/types.js";
import { tools } from "./ffmpeg.js";

/**
 * Frames of a recording streamed from ffmpeg as packed RGB, sampled at a fixed rate. ffmpeg applies
 * the rotation in the metadata, resamples variable-rate video onto the fixed clock, and scales the
 * picture down so a frame stays small; one frame is held at a time, so memory does not grow with
 * the clip's length.
 */

export interface FrameRequest {
  file: string;
  /** Frames per second to sample. */
  rate: number;
  /** Size the frames are delivered at (display orientation). */
  width: number;
  height: number;
  /** First frame index on the sampling clock (t = index / rate); decoding seeks there. */
  firstIndex?: number;
  /** Stop before this frame index. */
  endIndex?: number;
}

export interface TimedFrame {
  /** Index on the sampling clock. */
  index: number;
  /** Seconds from the start of the recording. */
  t: number;
  frame: RgbFrame;
}

/** The delivered size: the longer side at most `maxSide`, never enlarged. */
export function deliveredSize(
  width: number,
  height: number,
  maxSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(2, Math.round(width * scale)), height: Math.max(2, Math.round(height * scale)) };
}

export function ffmpegArgs(request: FrameRequest): string[] {
  const first = request.firstIndex ?? 0;
  const args = ["-v", "error", "-nostdin"];
  if (first > 0) args.push("-ss", (first / request.rate).toFixed(4));
  args.push("-i", request.file);
  if (request.endIndex !== undefined) args.push("-t", ((request.endIndex - first) / request.rate).toFixed(4));
  args.push(
    "-map",
    "0:v:0",
    "-an",
    "-sn",
    "-dn",
    "-vf",
    `fps=${request.rate},scale=${request.width}:${request.height}:flags=area,setsar=1`,
    "-f",
    "rawvideo",
    "-pix_fmt",
    "rgb24",
    "pipe:1",
  );
  return args;
}

/** Streams the frames; ends early (killing ffmpeg) when the consumer stops. */
export async function* streamFrames(request: FrameRequest): AsyncGenerator<TimedFrame> {
  const { ffmpeg } = tools();
  const child = spawn(ffmpeg, ffmpegArgs(request), { stdio: ["ignore", "pipe", "pipe"] });
  const errors: Buffer[] = [];
  child.stderr.on("data", (chunk: Buffer) => {
    if (errors.length < 64) errors.push(chunk);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const frameBytes = request.width * request.height * 3;
  const first = request.firstIndex ?? 0;
  let index = first;
  let buffer = new Uint8Array(frameBytes);
  let filled = 0;
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - offset);
        buffer.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === frameBytes) {
          if (request.endIndex === undefined || index < request.endIndex) {
            yield {
              index,
              t: index / request.rate,
              frame: { data: buffer, width: request.width, height: request.height },
            };
          }
          index++;
          // The consumer may keep the frame it was given; the next one gets fresh memory.
          buffer = new Uint8Array(frameBytes);
          filled = 0;
        }
      }
    }
    const code = await exited;
    finished = true;
    if (code !== 0) {
      throw new Error(
        `ffmpeg failed on ${request.file}: ${Buffer.concat(errors).toString("utf8").trim() || `exit ${code}`}`,
      );
    }
  } finally {
    if (!finished) child.kill("SIGKILL");
  }
}
