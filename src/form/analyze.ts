import type { Analysis, FaultCode, PartialRep, RepAnalysis } from "../contract/analysis.js";
import type { KeypointsFile } from "../contract/keypoints.js";
import { type AngleSeries, angleSeries } from "./angles.js";
import { cuesFor } from "./cues.js";
import { checkExercise, type ExerciseCheck, type NotJudged } from "./exercise.js";
import { FOOT_FAULTS, LOCKOUT_FAULTS, repFaults, setFaults } from "./faults.js";
import { smoothZeroPhase } from "./filter.js";
import { frameTimes, sideTracks } from "./keypoints.js";
import { type RepMetrics, repMetrics } from "./metrics.js";
import { type AnalyzeOptions, resolveOptions } from "./options.js";
import { angularSpeed, findPhases, valueAt } from "./phases.js";
import { segmentReps } from "./segment.js";
import { cleanSide } from "./signals.js";
import { median } from "./stats.js";
import { checkView, type View } from "./view.js";

/** Faults about the hold and the descent: not judged on a rep the recording cuts off at its top. */
const DESCENT_FAULTS = new Set<FaultCode>(["no-top-hold", "fast-eccentric", "bounce"]);
/** Not judged on a rep the recording ends during: the lowering (when cut short) and the pause after it. */
const LOWERING_FAULTS = new Set<FaultCode>(["fast-eccentric", "bounce"]);
const PAUSE_FAULTS = new Set<FaultCode>(["bounce"]);
/** A rep is lowered when its hips come back within this share of the set's range of its own start. */
const LOWERED_SHARE = 0.1;

function lastSeen(series: Float64Array): number {
  let last = series.length - 1;
  while (last > 0 && Number.isNaN(series[last] as number)) last--;
  return last;
}

/** Half-widths of the speed fits (s): the wide one averages out keypoint jitter, the narrow one keeps quick descents short (ours). */
const SPEED_WINDOW_SECONDS = 0.2;
const NARROW_WINDOW_SECONDS = 0.1;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Rounded as shown to the user; the fault rules then judge exactly the numbers the user sees. */
function rounded(m: RepMetrics): RepMetrics {
  return {
    start: round(m.start, 2),
    top: round(m.top, 2),
    end: round(m.end, 2),
    concentricSeconds: round(m.concentricSeconds, 2),
    topHoldSeconds: round(m.topHoldSeconds, 2),
    eccentricSeconds: round(m.eccentricSeconds, 2),
    bottomPauseSeconds: round(m.bottomPauseSeconds, 2),
    hipAngleTop: round(m.hipAngleTop, 1),
    hipAngleBottom: round(m.hipAngleBottom, 1),
    kneeAngleTop: round(m.kneeAngleTop, 1),
    bodyRiseTop: round(m.bodyRiseTop, 1),
    rangeOfMotion: round(m.rangeOfMotion, 1),
  };
}

function frameInterval(times: Float64Array, fps: number): number {
  const steps: number[] = [];
  for (let i = 1; i < times.length; i++) steps.push((times[i] as number) - (times[i - 1] as number));
  return steps.length > 0 ? median(steps) : 1 / fps;
}

export interface Trace {
  times: Float64Array;
  view: View;
  exercise: ExerciseCheck;
  raw: AngleSeries;
  /** Smoothed signed hip angle per frame (degrees), NaN where unseen. */
  hip: Float64Array;
  knee: Float64Array;
  rise: Float64Array;
}

/**
 * The checks and angle signals the analysis rests on: the person, the view and the exercise are
 * checked (InputError when refused), then the nearer side's angles are cleaned and smoothed.
 */
export function traceKeypoints(file: KeypointsFile, options: AnalyzeOptions = {}): Trace {
  const { signal } = resolveOptions(options);
  const times = frameTimes(file);
  const view = checkView(
    { left: sideTracks(file, "left"), right: sideTracks(file, "right") },
    signal.minScore,
    file,
    options.hipHidden,
  );
  const exercise = checkExercise(file, signal.minScore);
  const paths = cleanSide(sideTracks(file, view.side), times, frameInterval(times, file.fps), signal);
  const raw = angleSeries(paths, view.facing);
  return {
    times,
    view,
    exercise,
    raw,
    hip: smoothZeroPhase(raw.hip, times, signal),
    knee: smoothZeroPhase(raw.knee, times, signal),
    rise: smoothZeroPhase(raw.rise, times, signal),
  };
}

/**
 * Form analysis of one recorded set: reps, their timing and angles, faults with CONTRACT's rules and
 * the cues that fix them. Pure: the same file and options always give the same result.
 * Throws InputError when there is no person or the camera is not at the side.
 */
export function analyzeKeypoints(file: KeypointsFile, options: AnalyzeOptions = {}): Analysis {
  const { thresholds, reps: repOptions } = resolveOptions(options);
  const { times, view, exercise, raw, hip, knee, rise } = traceKeypoints(file, options);
  const speeds = {
    wide: angularSpeed(hip, times, SPEED_WINDOW_SECONDS),
    narrow: angularSpeed(hip, times, NARROW_WINDOW_SECONDS),
  };
  const segmentation = segmentReps(hip, raw.tilt, repOptions);

  const notJudged: NotJudged[] = [...exercise.notJudged];
  if (options.hipHidden) {
    notJudged.push({
      check: "lockout",
      why: `${options.hipHidden}: the hip angle at the top is the pose model's guess, so incomplete-lockout and hyperextension were not judged; check the lockout by eye (shoulders, hips and knees in one straight line at the top) and enter it with the set`,
    });
  }
  const last = lastSeen(hip);
  const reps: RepAnalysis[] = segmentation.reps.map((window, k) => {
    const phases = findPhases(hip, times, speeds, window, segmentation.typicalRange);
    if (window.cutOff) {
      phases.holdEnd = phases.end = phases.pauseEnd = window.endValley;
    }
    const measured = repMetrics(times, hip, knee, rise, phases);
    if (window.cutOff) {
      measured.hipAngleBottom = hip[window.startValley] as number;
      measured.rangeOfMotion = measured.hipAngleTop - measured.hipAngleBottom;
      notJudged.push({
        check: `rep-${k + 1}-descent`,
        why: `the recording ends at the top of rep ${k + 1} or early in its lowering: its hold and lowering were not filmed, so no-top-hold, fast-eccentric and bounce were not judged`,
      });
    }
    // A recording that stops while a rep is lowered, or right as it lands, did not film the rest
    // of the lowering or the pause at the bottom: judging them would invent a fast descent or a bounce.
    let unfilmed = window.cutOff ? DESCENT_FAULTS : null;
    if (!window.cutOff && window.endValley >= last - 1) {
      const lowered =
        (hip[window.endValley] as number) <=
        (hip[window.startValley] as number) + LOWERED_SHARE * segmentation.typicalRange;
      unfilmed = lowered ? PAUSE_FAULTS : LOWERING_FAULTS;
      notJudged.push({
        check: `rep-${k + 1}-${lowered ? "pause" : "lowering"}`,
        why: lowered
          ? `the recording ends as rep ${k + 1} reaches the bottom: whether it paused there was not filmed, so bounce was not judged`
          : `the recording ends while rep ${k + 1} is being lowered: the rest of the lowering was not filmed, so fast-eccentric and bounce were not judged`,
      });
    }
    const metrics = rounded(measured);
    const faults = repFaults(metrics, thresholds).filter(
      (f) =>
        (exercise.footPlacement || !FOOT_FAULTS.has(f)) &&
        !unfilmed?.has(f) &&
        !(options.hipHidden && LOCKOUT_FAULTS.has(f)),
    );
    return { index: k + 1, ...metrics, faults };
  });
  const partials: PartialRep[] = segmentation.partials.map((p) => ({
    start: round(valueAt(times, p.startValley), 2),
    top: round(valueAt(times, p.peak), 2),
    end: round(valueAt(times, p.endValley), 2),
    hipAngleTop: round(hip[p.peak] as number, 1),
    fractionOfRange: round(p.fraction, 2),
  }));
  const forSet = setFaults(reps, thresholds);
  const found = new Set<FaultCode>([...reps.flatMap((r) => r.faults), ...forSet]);

  return {
    repCount: reps.length,
    side: view.side,
    facing: view.facing === 1 ? "right" : "left",
    reps,
    partials,
    setFaults: forSet,
    notJudged,
    cues: cuesFor(found),
    quality: {
      view: "side",
      meanScore: round(view.meanScore, 3),
      missingFraction: round(view.missingFraction, 3),
    },
  };
}
