// How long `hipthrust plan` takes as a whole process, against a bare `node` start for scale.
// Run: npm run build && npx tsx bench/cli-startup.ts
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { machine, median } from "./machine.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 21;

function time(args: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    out.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  }
  return out;
}

const bare = median(time(["-e", ""]));
const plan = median(
  time(["bin/hipthrust", "plan", "--profile", "examples/profile-gym-hypertrophy.json", "--json"]),
);
const next = median(
  time([
    "bin/hipthrust",
    "next",
    "--profile",
    "examples/profile-gym-hypertrophy.json",
    "--log",
    "examples/log-gym-hypertrophy.json",
    "--date",
    "2026-11-02",
    "--json",
  ]),
);
console.log(`machine: ${machine()}`);
console.log(`runs per figure: ${RUNS} (medians)`);
console.log(`node -e "" (bare start):  ${bare.toFixed(1)} ms`);
console.log(`hipthrust plan --json:    ${plan.toFixed(1)} ms (${(plan / bare).toFixed(2)}× bare node)`);
console.log(`hipthrust next --json:    ${next.toFixed(1)} ms (${(next / bare).toFixed(2)}× bare node)`);
