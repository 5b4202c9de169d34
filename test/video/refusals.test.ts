import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/contract/errors.js";
import { analyzeVideo } from "../../src/jobs/analyze-video.js";
import { toolAvailable } from "../../src/video/ffmpeg.js";
import { probeVideo } from "../../src/video/probe.js";

/** Small recordings made with ffmpeg at test time: nothing is committed. */
const dir = mkdtempSync(join(tmpdir(), "hipthrust-video-"));
const ffmpeg = (...args: string[]) => execFileSync("ffmpeg", ["-v", "error", "-y", ...args]);
const hasFfmpeg = toolAvailable("ffmpeg");
if (!hasFfmpeg) console.log("skipping the video refusal tests: ffmpeg is not installed");
const clip = join(import.meta.dirname, "../../../shared/clips/hip-thrust-bodyweight-side.mp4");

async function refusal(file: string): Promise<string> {
  const error = await analyzeVideo(file, { workers: 1 }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe.skipIf(!hasFfmpeg)("videos it refuses, each saying what it saw and how to film", () => {
  it("a file that is not a video", async () => {
    const file = join(dir, "notes.mp4");
    writeFileSync(file, "these are my training notes, not a video\n".repeat(20));
    expect(await refusal(file)).toMatch(/notes\.mp4: not a (readable video|video).*How to film/s);
  });

  it("an empty file", async () => {
    const file = join(dir, "empty.mov");
    writeFileSync(file, "");
    expect(await refusal(file)).toMatch(/empty\.mov: the file is empty.*How to film/s);
  });

  it.skipIf(!readFileSafe(clip))(
    "a truncated recording",
    async () => {
      const file = join(dir, "cut.mp4");
      writeFileSync(file, (readFileSafe(clip) as Buffer).subarray(0, 200_000));
      expect(await refusal(file)).toMatch(/cut\.mp4: .*(cut short|damaged)/);
    },
    300_000,
  );

  it("sound only", async () => {
    const file = join(dir, "voice.m4a");
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=1", file);
    expect(await refusal(file)).toMatch(/voice\.m4a: the file holds only sound/);
  });

  it("a recording longer than ten minutes", async () => {
    const file = join(dir, "session.mkv");
    ffmpeg("-f", "lavfi", "-i", "color=c=gray:s=32x32:r=1", "-t", "620", "-c:v", "libx264", file);
    expect(await refusal(file)).toMatch(
      /session\.mkv: the video lasts 10 min 20 s, longer than the 10 minutes.*one set per clip/,
    );
  });

  it("no person in the picture", async () => {
    const file = join(dir, "empty-room.webm");
    ffmpeg(
      "-f",
      "lavfi",
      "-i",
      "testsrc=s=320x240:r=15",
      "-t",
      "2",
      "-c:v",
      "libvpx-vp9",
      "-deadline",
      "realtime",
      file,
    );
    expect(await refusal(file)).toMatch(/no person found.*side on/);
  }, 300_000);

  it.skipIf(!readFileSafe(clip))(
    "a person whose knees and feet are out of the picture (the phone too close)",
    async () => {
      const file = join(dir, "too-close.mp4");
      ffmpeg("-i", clip, "-t", "6", "-vf", "crop=iw*0.55:ih:0:0", file);
      expect(await refusal(file)).toMatch(
        /the person is cut out of the picture: .*the knees were outside the frame.*Step the camera back/,
      );
    },
    300_000,
  );

  it.skipIf(!readFileSafe(clip))(
    "a picture too dark and grainy for the model (it counted 11 reps of 6 before this check)",
    async () => {
      const file = join(dir, "dark.mp4");
      const dark = "eq=brightness=-0.22:contrast=0.65:saturation=0.6,noise=alls=22:allf=t";
      ffmpeg("-i", clip, "-t", "8", "-vf", dark, "-c:v", "libx264", "-preset", "veryfast", file);
      expect(await refusal(file)).toMatch(/the picture is not clear enough: .*brighter, even light/);
    },
    300_000,
  );
});

describe.skipIf(!hasFfmpeg)("what the probe reads", () => {
  it.skipIf(!readFileSafe(clip))(
    "honours rotation metadata: a portrait phone clip is taller than wide",
    async () => {
      const file = join(dir, "rotated.mp4");
      ffmpeg("-i", clip, "-t", "1", "-c", "copy", "-metadata:s:v", "rotate=90", file);
      const info = await probeVideo(file);
      expect([info.width, info.height]).toEqual([656, 640]);
      expect(info.rotation === 90 || info.rotation === 270).toBe(true);
    },
  );
});

function readFileSafe(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
