// Accuracy of the form analysis on generated sets with known reps and faults.
// Run: npm run bench:form-accuracy [-- SETS [FIRST_SEED]]   (defaults: 500 sets from seed 1)
import { REP_FAULT_CODES, SET_FAULT_CODES } from "../src/contract/analysis.js";
import { evaluate, precision, recall } from "../src/form/synthetic/evaluate.js";

const sets = Number(process.argv[2] ?? 500);
const first = Number(process.argv[3] ?? 1);
const started = performance.now();
const tally = evaluate(first, sets);
const seconds = (performance.now() - started) / 1000;

const pct = (x: number) => (Number.isNaN(x) ? "   n/a" : `${(100 * x).toFixed(1).padStart(5)}%`);
const lines = [
  `form accuracy: ${tally.sets} generated sets (seeds ${first}–${first + sets - 1}), ${seconds.toFixed(1)} s`,
  `rep count exact      ${pct(tally.exactCount / tally.sets)}   (target ≥ 98%)`,
  `refused side views   ${tally.refused}`,
  `nearer side chosen   ${pct(tally.sideCorrect / tally.sets)}`,
  `partials counted     ${pct(tally.partialsExact / tally.sets)}`,
  `clean reps faulted   ${pct(tally.cleanRepsFaulted / tally.cleanReps)}   (${tally.cleanRepsFaulted} of ${tally.cleanReps}; target ≤ 2%)`,
  "",
  "fault                 recall  precision   (tp / fn / fp)   target ≥ 95% each",
];
for (const code of [...REP_FAULT_CODES, ...SET_FAULT_CODES]) {
  const c = tally.faults[code];
  lines.push(
    `${code.padEnd(20)} ${pct(recall(c))}   ${pct(precision(c))}    (${c.truePositive} / ${c.falseNegative} / ${c.falsePositive})`,
  );
}
process.stdout.write(`${lines.join("\n")}\n`);
