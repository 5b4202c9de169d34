import { spawn } from "node:child_process";
import { rename, rm } from "node:fs/promises";
import { extname } from "node:path";
import sharp from "sharp";
import type { Analysis } from "../contract/analysis.js";
import { InputError } from "../contract/errors.js";
import type { KeypointsFile } from "../contract/keypoints.js";
import { traceKeypoints } from "../form/analyze.js";
import { overlayFrameSvg } from "../picture/overlay-frame.js";
import { rescale } from "../pose/keypoints-file.js";
import type { Keypoint17 } from "../pose/types.js";
import { tools } from "../video/ffmpeg.js";
import { deliveredSize, streamFrames } from "../video/frames.js";

/** The annotated video is drawn no larger than this: it is for looking at on a phone or laptop. */
const OVERLAY_MAX_SIDE = 960;

/** Containers that take H.264, by extension. */
const CONTAINERS: Record<string, string> = {
  ".mp4": "mp4",
  ".m4v": "mp4",
  ".mov": "mov",
  ".mkv": "matroska",
};

/** Checked before the analysis runs, so a wrong name costs nothing. */
export function overlayFormat(out: string): string {
  const format = CONTAINERS[extname(out).toLowerCase()];
  if (!format) {
    throw new InputError(`--overlay ${out}: the annotated video is written as .mp4, .mov or .mkv`, [
      { field: "overlay", problem: "must end in .mp4, .mov or .mkv" },
    ]);
  }
  return format;
}

/**
 * The recording again, at the rate analysed, with each frame's skeleton, hip angle, rep and faults
 * drawn on it (sharp compositing the SVG of overlay-frame.ts), encoded as H.264 by ffmpeg. Streams:
 * one frame in memory at a time. Written next to `out` and renamed when complete.
 */
export async function writeOverlay(
  videoFile: string,
  analysis: Analysis,
  keypoints: KeypointsFile,
  rate: number,
  out: string,
): Promise<void> {
  const format = overlayFormat(out);
  const size = deliveredSize(keypoints.width, keypoints.height, OVERLAY_MAX_SIDE);
  const scale = size.width / keypoints.width;
  const { times, hip } = traceKeypoints(keypoints);
  const temporary = `${out}.${process.pid}.tmp`;
  const encoder = spawn(
    tools().ffmpeg,
    [
      ...["-v", "error", "-nostdin", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24"],
      ...["-s", `${size.width}x${size.height}`, "-r", String(rate), "-i", "pipe:0"],
      // H.264 in 4:2:0 needs even sizes.
      ...["-vf", "crop=trunc(iw/2)*2:trunc(ih/2)*2", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23"],
      ...["-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", format, temporary],
    ],
    { stdio: ["pipe", "ignore", "pipe"] },
  );
  const errors: Buffer[] = [];
  encoder.stderr.on("data", (chunk: Buffer) => errors.push(chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    encoder.on("error", reject);
    encoder.on("close", resolve);
  });
  const write = (data: Buffer) =>
    new Promise<void>((resolve, reject) =>
      encoder.stdin.write(data, (error) => (error ? reject(error) : resolve())),
    );
  let next = 0;
  try {
    for await (const { t, frame } of streamFrames({ file: videoFile, rate, ...size })) {
      // The keypoints frame for this time (both are on the same sampling clock).
      while (
        next + 1 < times.length &&
        Math.abs((times[next + 1] as number) - t) <= Math.abs((times[next] as number) - t)
      )
        next++;
      const found = keypoints.frames[next];
      const svg = overlayFrameSvg(
        {
          t,
          keypoints: found ? rescale(found.keypoints as Keypoint17[], 1 / scale) : [],
          hip: hip[next] ?? Number.NaN,
          ...size,
        },
        analysis,
      );
      const drawn = await sharp(
        Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength),
        {
          raw: { width: size.width, height: size.height, channels: 3 },
        },
      )
        .composite([{ input: Buffer.from(svg), left: 0, top: 0 }])
        .removeAlpha()
        .raw()
        .toBuffer();
      await write(drawn);
    }
    encoder.stdin.end();
    const code = await exited;
    if (code !== 0) {
      throw new Error(
        `ffmpeg could not write ${out}: ${Buffer.concat(errors).toString("utf8").trim() || `exit ${code}`}`,
      );
    }
    await rename(temporary, out);
  } catch (error) {
    encoder.kill("SIGKILL");
    await rm(temporary, { force: true });
    throw error;
  }
}
