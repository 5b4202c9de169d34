// Speed of the form analysis: a 60 s recording at 60 fps (3,600 frames of coco17 keypoints).
// Run: npm run bench:form-speed [-- RUNS]   (default 60 runs after 10 warm-up runs; target: median < 50 ms)
import { cpus, platform, release } from "node:os";
import { analyzeKeypoints } from "../src/form/analyze.js";
import { generateSet } from "../src/form/synthetic/index.js";

const FRAMES = 3600;
const runs = Number(process.argv[2] ?? 60);

const { file } = generateSet(42, { fps: 60, reps: 11, minSeconds: 61, format: "coco17", size: [1920, 1080] });
const recording = { ...file, frames: file.frames.slice(0, FRAMES) };
if (recording.frames.length !== FRAMES)
  throw new Error(`expected ${FRAMES} frames, got ${recording.frames.length}`);

const times: number[] = [];
let reps = 0;
for (let i = 0; i < 10 + runs; i++) {
  const started = performance.now();
  reps = analyzeKeypoints(recording).repCount;
  if (i >= 10) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;

const lines = [
  `form speed: ${FRAMES} frames (60 s at 60 fps, coco17), ${reps} reps found, ${runs} runs`,
  `median ${at(0.5).toFixed(2)} ms   p10 ${at(0.1).toFixed(2)} ms   p90 ${at(0.9).toFixed(2)} ms   (target: median < 50 ms)`,
  `machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${platform()} ${release()}, node ${process.version}`,
];
process.stdout.write(`${lines.join("\n")}\n`);
