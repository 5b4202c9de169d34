import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cropPixels } from "../../src/pose/crop-pixels.js";
import { toolAvailable } from "../../src/video/ffmpeg.js";
import { type FrameRequest, streamFrames } from "../../src/video/frames.js";

const hasFfmpeg = toolAvailable("ffmpeg");

async function collect<T>(frames: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const frame of frames) out.push(frame);
  return out;
}

describe.skipIf(!hasFfmpeg)("frames streamed from ffmpeg for the pose pass", () => {
  const dir = mkdtempSync(join(tmpdir(), "hipthrust-frames-"));
  const clip = join(dir, "pattern.mp4");
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30:duration=2"],
    ...["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", clip],
  ]);

  // Odd sizes too: YUV 4:2:0 rounds its chroma planes up, and a wrong frame length would shift
  // every later frame.
  it.each([
    [640, 360],
    [321, 181],
  ])(
    "gives the same pictures as YUV 4:2:0 (one decoder thread, no deblocking) as in RGB at %i×%i",
    async (width, height) => {
      const request: FrameRequest = { file: clip, rate: 15, width, height };
      const rgb = await collect(streamFrames(request));
      const yuv = await collect(
        streamFrames({ ...request, pixels: "yuv420p", threads: 1, skipLoopFilter: true }),
      );
      expect(yuv.map((f) => f.t)).toEqual(rgb.map((f) => f.t));
      expect(yuv).toHaveLength(30);
      const region = { x: width / 4, y: 0, size: height };
      for (const [i, frame] of yuv.entries()) {
        expect(frame.frame.yuv420.length).toBe(width * height + 2 * ((width + 1) >> 1) * ((height + 1) >> 1));
        const a = cropPixels((rgb[i] as (typeof rgb)[number]).frame, region, 96);
        const b = cropPixels(frame.frame, region, 96);
        let sum = 0;
        for (let k = 0; k < a.length; k++) sum += Math.abs((a[k] as number) - (b[k] as number));
        // The test pattern's sharp coloured edges are the worst case for half-resolution chroma.
        expect(sum / a.length).toBeLessThan(6);
      }
    },
  );
});
