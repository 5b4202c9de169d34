import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { analysisSchema } from "../../src/contract/analysis.js";
import { generateSet } from "../../src/form/synthetic/index.js";

const dir = mkdtempSync(join(tmpdir(), "hipthrust-analyze-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function analyze(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: {},
    cwd: dir,
    now: () => new Date("2026-01-01T00:00:00Z"),
  };
  const code = await run(["analyze", ...args], io);
  return { code, stdout, stderr };
}

const set = generateSet(77, { faults: ["fast-eccentric"], faultShare: 1, reps: 5 });
const good = write("set.json", set.file);

describe("hipthrust analyze FILE --json", () => {
  it("prints CONTRACT's analysis JSON", async () => {
    const { code, stdout, stderr } = await analyze(good, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const parsed = analysisSchema.parse(JSON.parse(stdout));
    expect(parsed.repCount).toBe(set.truth.repCount);
    expect(parsed.reps.every((r) => r.faults.includes("fast-eccentric"))).toBe(true);
  });
});

describe("hipthrust analyze FILE (report)", () => {
  it("shows a table of reps with times, angles and faults, then the cues", async () => {
    const { code, stdout } = await analyze(good);
    expect(code).toBe(0);
    expect(stdout).toMatch(/5 reps/);
    expect(stdout).toMatch(/hip top°/);
    expect(stdout).toMatch(/fast-eccentric/);
    expect(stdout).toMatch(/Cues:[\s\S]*fix: Lower your hips slowly/);
    expect(stdout).toMatch(/sources: 003, 004/);
  });
});

describe("bad input exits 2 and names the file, the field and the problem", () => {
  const frame = (count: number) => ({ t: 0, keypoints: Array.from({ length: count }, () => [10, 10, 0.9]) });
  const base = { fps: 30, width: 1280, height: 720, format: "coco17", frames: [frame(17)] };
  const cases: [string, unknown, RegExp][] = [
    ["not-json.json", "{ this is not json", /not-json\.json: not valid JSON/],
    ["no-fps.json", { ...base, fps: undefined }, /no-fps\.json: fps: is required/],
    ["negative-fps.json", { ...base, fps: -30 }, /negative-fps\.json: fps: fps must be above 0/],
    [
      "short-frame.json",
      { ...base, frames: [frame(15)] },
      /short-frame\.json: frames\[0\]\.keypoints: must hold 17 keypoints for coco17, found 15/,
    ],
    [
      "wrong-format.json",
      { ...base, format: "openpose" },
      /wrong-format\.json: format: format must be "coco17" or "blazepose33"/,
    ],
    [
      "bad-score.json",
      { ...base, frames: [{ t: 0, keypoints: [...frame(16).keypoints, [1, 2, 3]] }] },
      /bad-score\.json: frames\[0\]\.keypoints\[16\]\[2\]: score must be from 0 to 1/,
    ],
    ["no-frames.json", { ...base, frames: [] }, /no-frames\.json: frames: must hold at least one frame/],
    [
      "backwards.json",
      { ...base, frames: [frame(17), frame(17)] },
      /backwards\.json: frames\[1\]\.t: must be later than the previous frame's t/,
    ],
    [
      "blaze-short.json",
      { ...base, format: "blazepose33" },
      /frames\[0\]\.keypoints: must hold 33 keypoints for blazepose33, found 17/,
    ],
  ];
  for (const [name, content, message] of cases) {
    it(name, async () => {
      const { code, stderr } = await analyze(write(name, content));
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    });
  }

  it("a missing file", async () => {
    const { code, stderr } = await analyze(join(dir, "nowhere.json"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/nowhere\.json: cannot read the file \(no such file\)/);
  });

  it("a file that is neither a video nor keypoints: says so and how to film", async () => {
    const { code, stderr, stdout } = await analyze(write("set.mp4", "not really a video"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/set\.mp4: not a (readable )?video/);
    expect(stderr).toMatch(/How to film: .*side on/);
    expect(stdout).toBe("");
  });

  it("a front view: refused with how to film", async () => {
    const front = write("front.json", generateSet(78, { view: "front", yawDegrees: 0 }).file);
    const { code, stderr } = await analyze(front);
    expect(code).toBe(2);
    expect(stderr).toMatch(/front\.json: the camera is not at the side.*side on/);
  });

  it("no file, two files or an unknown option", async () => {
    expect((await analyze()).code).toBe(2);
    expect((await analyze(good, good)).code).toBe(2);
    const unknown = await analyze(good, "--fps=60");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --fps/);
  });
});
