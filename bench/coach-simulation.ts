// For 1,000 simulated lifters followed for 12 weeks through `next`: share of sessions in the RPE band,
// median load as % of true e1RM per goal, deloads per lifter per 12 weeks, F4 warnings to calm lifters. Run: npx tsx bench/coach-simulation.ts
import { figures, type LifterFigures, randomLifter } from "../src/core/simulate/metrics.js";
import { type Behaviour, simulate } from "../src/core/simulate/run.js";
import { machine, median } from "./machine.js";

const LIFTERS = Number(process.env.LIFTERS ?? 1000);
const WEEKS = 12;

const t0 = performance.now();
const all: (LifterFigures & {
  behaviour: Behaviour;
  events: boolean;
  spikes: number;
  trainingDays: number;
})[] = [];
for (let i = 0; i < LIFTERS; i++) {
  const behaviour: Behaviour = i % 2 === 0 ? "exact" : "push";
  const events = i % 4 >= 2;
  const result = simulate(randomLifter(i), i, { weeks: WEEKS, start: "2026-01-05", behaviour, events });
  const training = result.days.filter((d) => d.rec.train);
  const spikes = training.filter((d) => d.rec.warnings.some((w) => w.code === "volume-spike")).length;
  all.push({ ...figures(result), behaviour, events, spikes, trainingDays: training.length });
}
const seconds = (performance.now() - t0) / 1000;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const inBand =
  all.reduce((s, f) => s + f.inBand, 0) /
  Math.max(
    1,
    all.reduce((s, f) => s + f.counted, 0),
  );
console.log(`${machine()}`);
console.log(
  `${LIFTERS} simulated lifters × ${WEEKS} weeks (half do exactly what next asks, half push to the RPE ceiling; half with missed sessions, travel, pain and breaks) in ${seconds.toFixed(1)} s`,
);
console.log(`sessions with working-set RPE inside the dose's band (after week 3): ${pct(inBand)}`);
for (const behaviour of ["exact", "push"] as const) {
  const group = all.filter((f) => f.behaviour === behaviour);
  const share =
    group.reduce((s, f) => s + f.inBand, 0) /
    Math.max(
      1,
      group.reduce((s, f) => s + f.counted, 0),
    );
  console.log(`  ${behaviour.padEnd(5)}: ${pct(share)}`);
}
console.log("median barbell load as % of true e1RM, by goal:");
for (const goal of ["strength", "athletic", "hypertrophy", "general", "accessory"] as const) {
  const shares = all.filter((f) => f.goal === goal).flatMap((f) => f.loadShares);
  console.log(`  ${goal.padEnd(11)}: ${pct(median(shares))} (${shares.length} sessions)`);
}
const deloads = all.reduce((s, f) => s + f.deloads, 0) / all.length;
console.log(`deloads (P6) per lifter per ${WEEKS} weeks: ${deloads.toFixed(2)}`);
const calm = all.filter((f) => !f.events && f.best > 0);
const spiral = calm.filter((f) => f.final < f.best * 0.8).length;
console.log(
  `lifters without life events ending below 80% of their best barbell load: ${spiral} of ${calm.length}`,
);
// F4 should stay quiet for people doing what the programme asks; life events may add real spikes.
const calmDays = calm.reduce((sum, f) => sum + f.trainingDays, 0);
const calmSpikes = calm.reduce((sum, f) => sum + f.spikes, 0);
console.log(
  `training days with a volume-spike warning (F4), lifters without life events: ${calmSpikes} of ${calmDays} (${pct(calmSpikes / Math.max(1, calmDays))})`,
);
console.log(
  `unmakeable loads: ${all.reduce((s, f) => s + f.unmakeable, 0)}; raises right after pain or a failed gate: ${all.reduce((s, f) => s + f.raisedAfterFlaw, 0)}; raises at the same effort within 7 days of the last (P4): ${all.reduce((s, f) => s + f.raisedWithinWeek, 0)}`,
);
