// Accuracy of the whole video pipeline on the shared real recordings against the counts and top times
// in their README (made by eye, frame by frame).
// Run: npm run build && npx tsx bench/video-accuracy.ts
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { InputError } from "../src/contract/errors.js";
import { analyzeVideo } from "../src/jobs/analyze-video.js";
import { machine } from "./machine.js";

const clips = join(import.meta.dirname, "../../shared/clips");
const readme = readFileSync(join(clips, "README.md"), "utf8");

interface Expected {
  file: string;
  /** null: the clip must be refused. */
  reps: number | null;
  tops: number[];
}

/** The README's table: `| file | what it shows | format | reps |`. */
function expectations(): Expected[] {
  const rows: Expected[] = [];
  for (const line of readme.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const file = /`([^`]+\.(mp4|mov|webm|mkv))`/.exec(cells[1] ?? "")?.[1];
    if (!file) continue;
    const text = `${cells[2]} ${cells[4]}`;
    const refused = /refuse|not a hip thrust/i.test(cells[4] ?? "");
    const count = /(\d+)\s+(?:slow\s+)?(?:full\s+)?reps/.exec(cells[4] ?? "");
    const topsText = /tops at about ([^;)]*)/.exec(text)?.[1] ?? "";
    // "1.5–2.5 s and 5.75–6.5 s" → midpoints; "2.7, 5.0, …" → as written.
    const tops = [...topsText.matchAll(/(\d+(?:\.\d+)?)(?:–(\d+(?:\.\d+)?))?/g)].map((m) =>
      m[2] ? (Number(m[1]) + Number(m[2])) / 2 : Number(m[1]),
    );
    rows.push({ file, reps: refused ? null : Number(count?.[1] ?? Number.NaN), tops });
  }
  return rows;
}

const expected = expectations().filter((e) => readdirSync(clips).includes(e.file));
let exact = 0;
let absError = 0;
const topErrors: number[] = [];
const lines: string[] = [];
for (const clip of expected) {
  let got: number | null;
  let tops: number[] = [];
  let said = "";
  try {
    const { analysis } = await analyzeVideo(join(clips, clip.file), { name: clip.file });
    got = analysis.repCount;
    tops = analysis.reps.map((r) => r.top);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    got = null;
    said = error.message;
  }
  const right = got === clip.reps;
  if (right) exact++;
  absError +=
    clip.reps === null || got === null
      ? right
        ? 0
        : Math.max(clip.reps ?? 0, got ?? 0)
      : Math.abs(got - clip.reps);
  lines.push(
    `${clip.file}: expected ${clip.reps ?? "refused"}, got ${got ?? "refused"} ${right ? "✓" : "✗"}${said ? `\n    said: ${said.slice(0, 160)}…` : ""}`,
  );
  if (clip.tops.length > 0 && tops.length > 0) {
    const deltas = clip.tops.map((t) => {
      const nearest = tops.reduce((a, b) => (Math.abs(b - t) < Math.abs(a - t) ? b : a));
      topErrors.push(Math.abs(nearest - t));
      return `${t.toFixed(2)}→${nearest.toFixed(2)} (${(nearest - t >= 0 ? "+" : "") + (nearest - t).toFixed(2)})`;
    });
    lines.push(`    tops (README → found): ${deltas.join(", ")}`);
  }
}
const n = expected.length;
process.stdout.write(
  `${[
    `video accuracy over ${n} shared clips (counts by eye in ../shared/clips/README.md)`,
    ...lines,
    `exact-count rate: ${exact}/${n} (${((100 * exact) / n).toFixed(0)}%)   mean absolute count error: ${(absError / n).toFixed(2)} reps (a wrong refusal counts the expected reps)`,
    topErrors.length > 0
      ? `top times: mean |error| ${(topErrors.reduce((a, b) => a + b, 0) / topErrors.length).toFixed(2)} s, worst ${Math.max(...topErrors).toFixed(2)} s over ${topErrors.length} tops given in the README`
      : "",
    `load average: ${(loadavg()[0] ?? 0).toFixed(2)}   machine: ${machine()}`,
  ].join("\n")}\n`,
);
