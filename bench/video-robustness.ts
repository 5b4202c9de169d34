// How the video pipeline holds up when the shared real recordings are filmed worse: each countable clip
// is remade at run time as a gym phone might film it (dim and grainy, a tilted camera, a shaky hand,
// heavy compression, motion blur, someone else training in the background) and analysed whole. Prints,
// per variant, the reps found against the count by eye and the top times against the clean clip's. A
// refusal that names the picture's fault is better than a wrong count: the two are counted apart.
// Run: npm run build && npx tsx bench/video-robustness.ts [variant ...]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../src/contract/errors.js";
import { analyzeVideo } from "../src/jobs/analyze-video.js";
import { machine, median } from "./machine.js";

const clips = join(import.meta.dirname, "../../shared/clips");
/** The counts by eye in ../shared/clips/README.md. */
const CLIPS = [
  { file: "hip-thrust-bodyweight-side.mp4", reps: 6 },
  { file: "glute-bridge-side.mp4", reps: 2 },
  { file: "frog-pump-side.mp4", reps: 8 },
];

/** ffmpeg video filters (and encoder settings) for each way of filming worse. */
const VARIANTS: Record<string, { filter: string; encode?: string[] }> = {
  clean: { filter: "null" },
  "dim and grainy": { filter: "eq=brightness=-0.22:contrast=0.65:saturation=0.6,noise=alls=22:allf=t" },
  "camera tilted 8°": { filter: "rotate=8*PI/180:fillcolor=black" },
  "shaky hand": {
    filter:
      "crop=iw*0.88:ih*0.88:iw*0.06+iw*0.05*sin(2*PI*t*0.7):ih*0.06+ih*0.04*sin(2*PI*t*1.3+1),scale=trunc(iw/2)*2:trunc(ih/2)*2",
  },
  "heavy compression": {
    filter: "scale=-2:360",
    encode: ["-b:v", "120k", "-maxrate", "150k", "-bufsize", "300k"],
  },
  "motion blur": { filter: "tmix=frames=4" },
  // A smaller copy of the same clip, 3 s behind, in a corner: another person training further away.
  "someone behind": {
    filter:
      "split[a][b];[b]scale=trunc(iw*0.4/2)*2:-2,setpts=PTS+3/TB[s];[a][s]overlay=W-w-8:8:eof_action=pass",
  },
};

const dir = mkdtempSync(join(tmpdir(), "hipthrust-robust-"));
const wanted = process.argv.slice(2);
const names = Object.keys(VARIANTS).filter((v) => wanted.length === 0 || wanted.includes(v) || v === "clean");

function remake(clip: string, variant: string): string {
  const { filter, encode = ["-crf", "23"] } = VARIANTS[variant] as (typeof VARIANTS)[string];
  const out = join(dir, `${variant.replace(/\W+/g, "-")}-${clip}`);
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", "-i", join(clips, clip), "-filter_complex", filter, "-an"],
    ...["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", ...encode, out],
  ]);
  return out;
}

const clean = new Map<string, number[]>();
let exact = 0;
let refused = 0;
let runs = 0;
const topErrors: number[] = [];
const lines: string[] = [];
try {
  for (const variant of names) {
    for (const clip of CLIPS) {
      const file = remake(clip.file, variant);
      let got: string;
      let tops: number[] = [];
      try {
        const { analysis } = await analyzeVideo(file, { name: clip.file });
        got = String(analysis.repCount);
        tops = analysis.reps.map((r) => r.top);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        got = `refused (${error.message.slice(0, 90)}…)`;
        refused++;
      }
      runs++;
      if (got === String(clip.reps)) exact++;
      if (variant === "clean") clean.set(clip.file, tops);
      const reference = clean.get(clip.file) ?? [];
      const deltas =
        variant === "clean" || tops.length === 0
          ? []
          : reference.map((t) => Math.min(...tops.map((u) => Math.abs(u - t))));
      topErrors.push(...deltas);
      lines.push(
        `${variant.padEnd(18)} ${clip.file.padEnd(31)} expected ${clip.reps}, got ${got} ${got === String(clip.reps) ? "✓" : "✗"}${deltas.length ? `   tops vs clean: median ${median(deltas).toFixed(2)} s, worst ${Math.max(...deltas).toFixed(2)} s` : ""}`,
      );
      process.stderr.write(`${lines.at(-1)}\n`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `${[
    "video robustness: the shared clips remade as worse cameras would film them",
    ...lines,
    `exact-count rate: ${exact}/${runs} (${((100 * exact) / runs).toFixed(0)}%)   refused, saying why: ${refused}   a wrong count: ${runs - exact - refused}`,
    topErrors.length
      ? `rep tops against the clean clip's: median ${median(topErrors).toFixed(2)} s, worst ${Math.max(...topErrors).toFixed(2)} s over ${topErrors.length}`
      : "",
    `load average: ${(loadavg()[0] ?? 0).toFixed(2)}   machine: ${machine()}`,
  ].join("\n")}\n`,
);
