import { spawn } from "node:child_process";
import type { Frame, RgbFrame, Yuv420Frame } from "../pose/types.js";
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
  /** Packed RGB (the default), or planar YUV 4:2:0: half the bytes, and ffmpeg converts no colours. */
  pixels?: "rgb24" | "yuv420p";
  /** Decoder threads (ffmpeg's choice when unset). */
  threads?: number;
  /**
   * Skip the decoder's deblocking filter: about a sixth of H.264 decoding, and the blocks it
   * smooths average out when the frame is scaled down 2× or more.
   */
  skipLoopFilter?: boolean;
  /**
   * Skip frames no other frame is predicted from (most B-frames): for a recording at several times
   * the sampling rate, they are frames the sampling would mostly drop, and half of 4K 60 fps HEVC's
   * decoding.
   */
  skipNonReference?: boolean;
}

export interface TimedFrame<F extends Frame = RgbFrame> {
  /** Index on the sampling clock. */
  index: number;
  /** Seconds from the start of the recording. */
  t: number;
  frame: F;
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
  if (request.threads !== undefined) args.push("-threads", String(request.threads));
  if (request.skipLoopFilter) args.push("-skip_loop_filter", "all");
  if (request.skipNonReference) args.push("-skip_frame", "noref");
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
    `fps=${request.rate},scale=${request.width}:${request.height}:flags=area${request.pixels === "yuv420p" ? ":out_range=limited" : ""},setsar=1`,
    "-f",
    "rawvideo",
    "-pix_fmt",
    request.pixels ?? "rgb24",
    "pipe:1",
  );
  return args;
}

/** Bytes of one frame in the requested layout (YUV 4:2:0 rounds the chroma planes up). */
function frameBytes(request: FrameRequest): number {
  const { width, height } = request;
  if (request.pixels !== "yuv420p") return width * height * 3;
  return width * height + 2 * ((width + 1) >> 1) * ((height + 1) >> 1);
}

/** Streams the frames; ends early (killing ffmpeg) when the consumer stops. */
export function streamFrames(
  request: FrameRequest & { pixels: "yuv420p" },
): AsyncGenerator<TimedFrame<Yuv420Frame>>;
export function streamFrames(request: FrameRequest): AsyncGenerator<TimedFrame<RgbFrame>>;
export async function* streamFrames(request: FrameRequest): AsyncGenerator<TimedFrame<Frame>> {
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
  const bytes = frameBytes(request);
  const { width, height } = request;
  const first = request.firstIndex ?? 0;
  let index = first;
  let buffer = new Uint8Array(bytes);
  let filled = 0;
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(bytes - filled, chunk.length - offset);
        buffer.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === bytes) {
          if (request.endIndex === undefined || index < request.endIndex) {
            yield {
              index,
              t: index / request.rate,
              frame:
                request.pixels === "yuv420p"
                  ? { yuv420: buffer, width, height }
                  : { data: buffer, width, height },
            };
          }
          index++;
          // The consumer may keep the frame it was given; the next one gets fresh memory.
          buffer = new Uint8Array(bytes);
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
