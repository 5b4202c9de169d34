import type { HipThrustId } from "../types.js";

export type Pattern = "hip-thrust" | "squat" | "hinge" | "abduction";
export type Loading = "bodyweight" | "band" | "dumbbell" | "barbell" | "smith-machine" | "machine";
export type Level = "beginner" | "intermediate" | "advanced";
export type Seed = "000" | "001" | "002" | "003" | "004";

export interface Source {
  seed: Seed;
  /** The study the seed names, where it names one. */
  study?: string;
}

export interface MuscleRole {
  muscle: string;
  role: "primary" | "secondary" | "stabiliser";
  sources: Seed[];
  /** Where the seeds disagree about the role, or what shifts it. */
  note?: string;
}

export interface Mistake {
  code: string;
  mistake: string;
  fix: string;
  sources: Seed[];
}

export type NoteTopic = "when-to-use" | "repeatable-setup" | "tempo" | "foot-position" | "single-leg";

/** Advice about choosing, repeating or varying an exercise, with the rule it serves. */
export interface ExerciseNote {
  topic: NoteTopic;
  text: string;
  sources: Seed[];
  rule?: string;
}

export interface Exercise {
  id: string;
  name: string;
  pattern: Pattern;
  /** Equipment ids (core/equipment.ts) it needs; `bench` where one is needed. */
  equipment: string[];
  muscles: MuscleRole[];
  level: Level;
  unilateral: boolean;
  loading: Loading;
  setup: string[];
  execution: string[];
  cues: string[];
  mistakes: Mistake[];
  /** P7 ladder rung (1 glute bridge … 4 barbell/Smith/machine); null off the hip-thrust ladder. */
  ladderStep: number | null;
  sources: Seed[];
  /** One line: what it is and when to pick it. */
  summary: string;
  /** Seeds behind the set-up, execution and cues; empty when they are general practice the seeds do not describe. */
  techniqueSources: Seed[];
  notes: ExerciseNote[];
}

export type EvidenceKind = "anatomy" | "acute-emg" | "training-study" | "review" | "opinion";
export type EvidenceStrength = "strong" | "moderate" | "weak" | "disputed";

export interface EvidenceClaim {
  id: string;
  topic: string;
  claim: string;
  kind: EvidenceKind;
  strength: EvidenceStrength;
  sources: Source[];
  limits: string;
  /** Claims from other seeds that pull the other way. */
  disputedBy?: string[];
}

export type HipThrustExercise = Exercise & { id: HipThrustId; pattern: "hip-thrust" };
