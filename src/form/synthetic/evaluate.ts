import { type Analysis, type FaultCode, REP_FAULT_CODES, SET_FAULT_CODES } from "../../contract/analysis.js";
import { InputError } from "../../contract/errors.js";
import { analyzeKeypoints } from "../analyze.js";
import type { AnalyzeOptions } from "../options.js";
import { generateSet, type SyntheticOptions, type Truth } from "./index.js";

export interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface Tally {
  sets: number;
  /** Sets whose rep count came out exactly right. */
  exactCount: number;
  /** Sets the analysis refused (InputError) although they were filmed from the side. */
  refused: number;
  sideCorrect: number;
  partialsExact: number;
  faults: Record<FaultCode, Counts>;
  /** Reps without a true fault, and how many of them got one anyway. */
  cleanReps: number;
  cleanRepsFaulted: number;
}

/** Reps of truth and analysis belong together when their tops are this close (s). */
const MATCH_SECONDS = 1;

function emptyTally(): Tally {
  const faults = {} as Record<FaultCode, Counts>;
  for (const code of [...REP_FAULT_CODES, ...SET_FAULT_CODES]) {
    faults[code] = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  }
  return {
    sets: 0,
    exactCount: 0,
    refused: 0,
    sideCorrect: 0,
    partialsExact: 0,
    faults,
    cleanReps: 0,
    cleanRepsFaulted: 0,
  };
}

function compare(counts: Counts, expected: boolean, found: boolean): void {
  if (expected && found) counts.truePositive++;
  else if (expected) counts.falseNegative++;
  else if (found) counts.falsePositive++;
}

/** Adds one set's outcome to the tally, pairing reps by the time they reach the top. */
export function score(tally: Tally, truth: Truth, analysis: Analysis | null): void {
  tally.sets++;
  if (!analysis) {
    tally.refused++;
    return;
  }
  if (analysis.repCount === truth.repCount) tally.exactCount++;
  if (analysis.side === truth.side) tally.sideCorrect++;
  if (analysis.partials.length === truth.partials) tally.partialsExact++;
  const unused = new Set(analysis.reps.map((_, i) => i));
  for (const rep of truth.reps) {
    let best = -1;
    for (const i of unused) {
      const distance = Math.abs((analysis.reps[i]?.top ?? Infinity) - rep.top);
      if (
        distance <= MATCH_SECONDS &&
        (best < 0 || distance < Math.abs((analysis.reps[best]?.top ?? 0) - rep.top))
      )
        best = i;
    }
    const found = best >= 0 ? (analysis.reps[best]?.faults ?? []) : [];
    if (best >= 0) unused.delete(best);
    for (const code of REP_FAULT_CODES)
      compare(tally.faults[code], rep.faults.includes(code), found.includes(code));
    if (rep.faults.length === 0 && best >= 0) {
      tally.cleanReps++;
      if (found.length > 0) tally.cleanRepsFaulted++;
    }
  }
  for (const i of unused) {
    for (const code of analysis.reps[i]?.faults ?? []) tally.faults[code].falsePositive++;
  }
  for (const code of SET_FAULT_CODES) {
    compare(tally.faults[code], truth.setFaults.includes(code), analysis.setFaults.includes(code));
  }
}

function analyzeOrNull(set: ReturnType<typeof generateSet>, options: AnalyzeOptions): Analysis | null {
  try {
    return analyzeKeypoints(set.file, options);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/** Generates and analyses sets for seeds first…first+count−1. */
export function evaluate(
  first: number,
  count: number,
  options: SyntheticOptions = {},
  analyzeOptions: AnalyzeOptions = {},
): Tally {
  const tally = emptyTally();
  for (let seed = first; seed < first + count; seed++) {
    const set = generateSet(seed, options);
    score(tally, set.truth, analyzeOrNull(set, analyzeOptions));
  }
  return tally;
}

export const recall = (c: Counts) =>
  c.truePositive + c.falseNegative === 0 ? Number.NaN : c.truePositive / (c.truePositive + c.falseNegative);
export const precision = (c: Counts) =>
  c.truePositive + c.falsePositive === 0 ? Number.NaN : c.truePositive / (c.truePositive + c.falsePositive);
