// Speed of the video pipeline on a 30 fps 1080p clip made at bench time from a shared clip (not kept).
// Run: npm run build && npx tsx bench/video-speed.ts [RUNS] [1080p30|4k60-hevc]
//   (default 3 runs of the 1080p30 clip; goal ≥ 3× real time for it. 4k60-hevc: 10 s of 3840×2160 at
//   60 fps in HEVC, as a recent phone records at its highest setting; its encoding takes about 30 s)
// Prints the real-time factor, decode ms per frame and inference ms per model pass, how many model
// passes a sampled frame took (adaptive sampling interpolates some frames), peak RSS, and the ceiling
// (cores ÷ inference time per sampled frame, over the sampling rate) the figure should be read against.
// The machine is often shared, so it also prints the CPU time the analysis took per second of video
// (this process and its ffmpeg children) and the factor an idle machine would reach from it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeVideo, DEFAULT_RATE } from "../src/jobs/analyze-video.js";
import { poseFrames } from "../src/jobs/video-keypoints.js";
import { streamFrames } from "../src/video/frames.js";
import { probeVideo } from "../src/video/probe.js";
import { machine, median } from "./machine.js";

/** CPU seconds used so far by this process and its finished children (ffmpeg), from /proc on Linux. */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // Fields 16 and 17 of /proc/self/stat (after the command name): cutime, cstime in clock ticks.
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // Not Linux: children are left out and the figure says so below.
  }
  return (own.user + own.system) / 1e6 + (Number.isFinite(children) ? children : 0);
}

const runs = Number(process.argv[2] ?? 3);
const kind = process.argv[3] ?? "1080p30";
const source = join(import.meta.dirname, "../../shared/clips/hip-thrust-bodyweight-side.mp4");
const dir = mkdtempSync(join(tmpdir(), "hipthrust-bench-"));
const clip = join(dir, `hip-thrust-${kind}.mp4`);
const encodings: Record<string, string[]> = {
  // Twice through the 16 s clip, letterboxed into 1920×1080 at 30 fps, H.264 as a phone writes it.
  "1080p30": [
    ...["-stream_loop", "1", "-i", source, "-an", "-vf", "scale=-2:1080,pad=1920:1080:(ow-iw)/2:0,fps=30"],
    ...["-c:v", "libx264", "-preset", "veryfast", "-crf", "20"],
  ],
  // The first 10 s, letterboxed into 3840×2160 at 60 fps, HEVC.
  "4k60-hevc": [
    ...["-i", source, "-t", "10", "-an", "-vf", "scale=-2:2160,pad=3840:2160:(ow-iw)/2:0,fps=60"],
    ...["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error", "-tag:v", "hvc1"],
  ],
};
const encoding = encodings[kind];
if (!encoding) throw new Error(`unknown clip kind ${kind}: use ${Object.keys(encodings).join(" or ")}`);
execFileSync("ffmpeg", ["-v", "error", "-y", ...encoding, "-pix_fmt", "yuv420p", clip]);

try {
  const info = await probeVideo(clip);
  const cores = availableParallelism();
  const load = loadavg()[0] ?? 0;

  // Decode alone: ffmpeg → frames as the pose pass asks for them, at the sampling rate, one stream.
  const request = poseFrames(info, DEFAULT_RATE, 2);
  const decodeTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    let frames = 0;
    const started = performance.now();
    for await (const _ of streamFrames(request)) frames++;
    decodeTimes.push((performance.now() - started) / frames);
  }

  const factors: number[] = [];
  const inference: number[] = [];
  const passesPerFrame: number[] = [];
  const interpolated: number[] = [];
  const decodeWait: number[] = [];
  const cpuPerSecond: number[] = [];
  let reps = 0;
  let workers = 0;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const cpuBefore = cpuSeconds();
    const { analysis, pass } = await analyzeVideo(clip);
    const seconds = (performance.now() - started) / 1000;
    cpuPerSecond.push((cpuSeconds() - cpuBefore) / info.durationSeconds);
    factors.push(info.durationSeconds / seconds);
    inference.push(pass.inferenceMs / pass.inferences);
    passesPerFrame.push(pass.inferences / pass.framesDecoded);
    interpolated.push(pass.frames.filter((f) => f.interpolated).length / pass.frames.length);
    decodeWait.push(pass.decodeMs / pass.framesDecoded);
    reps = analysis.repCount;
    workers = pass.workers;
  }
  const inferenceMs = median(inference);
  const perFrame = median(passesPerFrame);
  const framesPerSecond = cores / ((inferenceMs * perFrame) / 1000);
  const ceiling = framesPerSecond / DEFAULT_RATE;
  const cpu = median(cpuPerSecond);
  const lines = [
    `video speed: ${info.width}×${info.height} ${info.fps} fps ${info.codec}, ${info.durationSeconds.toFixed(1)} s, sampled at ${DEFAULT_RATE} Hz, ${workers} workers, ${runs} runs (${reps} reps found)`,
    `real-time factor (median): ${median(factors).toFixed(2)}×   runs: ${factors.map((f) => f.toFixed(2)).join(", ")}   (goal ≥ 3× for the 1080p30 clip)`,
    `decode (ffmpeg → ${request.width}×${request.height} YUV 4:2:0, as each of two workers decodes, alone): ${median(decodeTimes).toFixed(1)} ms/frame`,
    `decode wait inside the pipeline (worker waiting for its next frame): ${median(decodeWait).toFixed(1)} ms/frame`,
    `inference (crop + MoveNet Lightning, wasm SIMD, per worker): ${inferenceMs.toFixed(1)} ms per model pass`,
    `model passes per sampled frame: ${perFrame.toFixed(2)} (warm-up frames included); frames interpolated: ${(100 * median(interpolated)).toFixed(0)}%`,
    `ceiling: ${cores} cores ÷ (${inferenceMs.toFixed(1)} ms × ${perFrame.toFixed(2)}) = ${framesPerSecond.toFixed(1)} frames/s = ${ceiling.toFixed(2)}× real time at ${DEFAULT_RATE} Hz`,
    `CPU time (this process + ffmpeg): ${cpu.toFixed(2)} s per second of video → ${(cores / cpu).toFixed(2)}× real time on ${cores} idle cores`,
    `peak RSS of this process (main + worker threads; ffmpeg runs apart): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    `load average when started: ${load.toFixed(2)}, when done: ${(loadavg()[0] ?? 0).toFixed(2)} (other work on the machine slows every figure)`,
    `machine: ${machine()}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
