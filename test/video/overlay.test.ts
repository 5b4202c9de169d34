import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { KeypointsFile } from "../../src/contract/keypoints.js";
import { analyzeKeypoints } from "../../src/form/analyze.js";
import { writeOverlay } from "../../src/jobs/overlay.js";
import { overlayFrameSvg } from "../../src/picture/overlay-frame.js";
import { toolAvailable } from "../../src/video/ffmpeg.js";
import { streamFrames } from "../../src/video/frames.js";
import { cli } from "../support/builders.js";

/** `analyze --overlay V.mp4`: the recording again with the skeleton and the verdicts drawn on it. */
const keypoints = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json"), "utf8"),
) as KeypointsFile;
const analysis = analyzeKeypoints(keypoints);
const hasFfmpeg = toolAvailable("ffmpeg");

describe("the annotated video's frames", () => {
  const frame = (t: number, hip: number) =>
    overlayFrameSvg(
      { t, hip, keypoints: keypoints.frames[0]?.keypoints as never, width: 1280, height: 720 },
      analysis,
    );

  it("draws the body line green while the hips are in the lockout band, white elsewhere", () => {
    expect(frame(0, 178)).toContain('stroke="#3ddc84"');
    expect(frame(0, 120)).not.toContain('stroke="#3ddc84"');
    expect(frame(0, 120)).toContain(">120°<");
  });

  it("names the rep under way and, from its top, its faults", () => {
    const rep = analysis.reps.find((r) => r.faults.length > 0);
    if (!rep) throw new Error("the example has a rep with a fault");
    expect(frame((rep.start + rep.top) / 2, 150)).toContain(`rep ${rep.index} ·`);
    expect(frame((rep.start + rep.top) / 2, 150)).not.toContain(rep.faults[0]);
    expect(frame(rep.top, 178)).toContain(`✗ ${rep.faults.join(", ")}`);
  });
});

describe.skipIf(!hasFfmpeg)("writing the annotated video", () => {
  const dir = mkdtempSync(join(tmpdir(), "hipthrust-overlay-"));

  it("re-encodes the recording at the rate analysed with the skeleton drawn on it", async () => {
    // A black 2-second recording the size of the example's keypoints: whatever is bright was drawn.
    const video = join(dir, "black.mp4");
    execFileSync("ffmpeg", [
      ...["-v", "error", "-y", "-f", "lavfi", "-i", "color=black:s=1280x720:r=30:d=2"],
      ...["-c:v", "libx264", "-pix_fmt", "yuv420p", video],
    ]);
    const out = join(dir, "annotated.mp4");
    await writeOverlay(video, analysis, keypoints, 24, out);
    const probe = JSON.parse(
      execFileSync("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", out], {
        encoding: "utf8",
      }),
    );
    expect(probe.streams[0]).toMatchObject({ codec_name: "h264", width: 960, height: 540 });
    const first = (await streamFrames({ file: out, rate: 24, width: 960, height: 540 }).next()).value;
    if (!first) throw new Error("the annotated video has frames");
    const brightness = (x: number, y: number) => {
      const i = (Math.round(y) * 960 + Math.round(x)) * 3;
      return Math.max(...first.frame.data.subarray(i, i + 3));
    };
    // The near hip, where the body line is drawn (white, or green in the lockout band).
    const [hx = 0, hy = 0] = keypoints.frames[0]?.keypoints[analysis.side === "left" ? 11 : 12] ?? [];
    expect(brightness(hx * 0.75, hy * 0.75)).toBeGreaterThan(150);
    expect(brightness(950, 530)).toBeLessThan(30);
  }, 300_000);

  it("refuses an overlay name it cannot write before analysing anything, and a keypoints file", async () => {
    const example = join(import.meta.dirname, "../../examples/keypoints-hip-thrust.json");
    const wrongName = await cli(["analyze", example, "--overlay", join(dir, "out.gif")], dir);
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toMatch(/\.mp4, \.mov or \.mkv/);
    const noVideo = await cli(["analyze", example, "--overlay", join(dir, "out.mp4")], dir);
    expect(noVideo.code).toBe(2);
    expect(noVideo.stderr).toMatch(/--overlay draws on the video/);
  });
});
