import type { SetFaultCode } from "../../contract/analysis.js";
import type { KeypointsFile } from "../../contract/keypoints.js";
import type { Side } from "../keypoints.js";
import { createRng } from "./prng.js";
import { type CameraOptions, render, type ViewKind } from "./render.js";
import { type Exercise, isBorderline, type MotionOptions, planMotion, type TruthRep } from "./scenario.js";

export type { CameraOptions, Exercise, MotionOptions, TruthRep, ViewKind };

export interface SyntheticOptions extends MotionOptions, CameraOptions {
  /** Keep sets whose truth sits on a threshold's edge (default: draw again). */
  allowBorderline?: boolean;
}

export interface Truth {
  exercise: Exercise;
  repCount: number;
  reps: TruthRep[];
  setFaults: SetFaultCode[];
  partials: number;
  side: Side;
  facing: "left" | "right";
  view: ViewKind;
}

export interface SyntheticSet {
  file: KeypointsFile;
  truth: Truth;
}

/** Generates one recorded set and what really happened in it; the same seed gives the same set. */
export function generateSet(seed: number, options: SyntheticOptions = {}): SyntheticSet {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const rng = createRng(Math.imul(seed + 1, 0x9e3779b1) ^ attempt);
    const plan = planMotion(rng, options);
    if (!plan || (!options.allowBorderline && isBorderline(plan))) continue;
    const { file, side, facing } = render(plan, rng, options);
    return {
      file,
      truth: {
        exercise: plan.exercise,
        repCount: plan.reps.length,
        reps: plan.reps,
        setFaults: plan.setFaults,
        partials: plan.partials,
        side,
        facing,
        view: options.view ?? "side",
      },
    };
  }
  throw new Error(`no feasible set for seed ${seed} with these options`);
}
