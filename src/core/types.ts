// Domain types shared by the core and every adapter. Field names follow CONTRACT.md.

export type Unit = "kg" | "lb";
export type Experience = "novice" | "intermediate" | "advanced";
export type Goal = "strength" | "hypertrophy" | "accessory" | "activation" | "athletic" | "general";

export const HIP_THRUST_IDS = [
  "glute-bridge",
  "bodyweight-hip-thrust",
  "banded-hip-thrust",
  "dumbbell-hip-thrust",
  "barbell-hip-thrust",
  "smith-machine-hip-thrust",
  "machine-hip-thrust",
  "single-leg-hip-thrust",
  "barbell-glute-bridge",
  "dumbbell-glute-bridge",
  "banded-glute-bridge",
] as const;
export type HipThrustId = (typeof HIP_THRUST_IDS)[number];

/** Exercise id: a library id, or `other:<name>` for an exercise kept from an import. */
export type ExerciseId = string;

export interface Profile {
  unit: Unit;
  bodyweight?: number;
  experience: Experience;
  goal: Goal;
  daysPerWeek: number;
  /** Equipment ids; known ones are listed in core/equipment.ts. Empty: bodyweight only. */
  equipment: string[];
  /** Plate sizes available, each as a single plate in `unit` (a pair goes on the bar). */
  plates?: number[];
  barWeight?: number;
  constraints?: string[];
  otherTraining?: string[];
  challenge?: "daily-two-weeks";
  /** Heaviest dumbbell owned, in `unit`: never prescribe more. */
  dumbbellMax?: number;
  /** Bands owned, lightest first (e.g. ["light", "medium", "heavy"]). */
  bands?: string[];
  /** A Smith bar's own weight in `unit` (often lighter or counterbalanced). */
  smithBarWeight?: number;
  /** A hip-thrust machine's stack step and top, in `unit`. */
  machineStep?: number;
  machineMax?: number;
  /** Weekdays (1 = Monday … 7 = Sunday) of sprint or sport practice. */
  sportDays?: number[];
}

export interface Readiness {
  soreness?: number;
  fatigue?: number;
  sleepHours?: number;
  /** A healthcare professional cleared the person to train again after a pain referral (F6). */
  cleared?: boolean;
}

export interface LoggedSet {
  /** External load in the profile's unit, bar included; 0 for bodyweight. */
  load: number;
  reps: number;
  rpe?: number;
  fullLockout?: boolean;
  controlled?: boolean;
  pain?: number;
  /** Warm-up sets never drive progression. */
  warmup?: boolean;
  /** How an app marked the set (Strong's FAILURE, DROP_SET); kept, not acted on unless a rule says so. */
  setType?: "normal" | "failure" | "drop";
  /** The band used on a banded set, one of the profile's `bands`. */
  band?: string;
}

export interface ExerciseEntry {
  exercise: ExerciseId;
  sets: LoggedSet[];
  notes?: string;
}

export interface Session {
  /** YYYY-MM-DD or ISO 8601 date-time. */
  date: string;
  readiness?: Readiness;
  exercises?: ExerciseEntry[];
  notes?: string;
}

export interface TrainingLog {
  sessions: Session[];
}

export interface Range {
  min: number;
  max: number;
}

/** A rule citation attached to every recommendation. */
export interface Reason {
  rule: string;
  message: string;
}

export interface Warning {
  code: string;
  message: string;
}

export type Change =
  | "start"
  | "increase-load"
  | "add-reps"
  | "hold"
  | "reduce-load"
  | "deload"
  | "progress-variation"
  | "regress-variation"
  | "rest";

export interface PlatesPerSide {
  /** Plates for one side of the bar, heaviest first. */
  perSide: number[];
  bar: number;
  total: number;
}

export interface NextRecommendation {
  date: string;
  train: boolean;
  exercise: HipThrustId | null;
  sets: number;
  reps: Range;
  rpe: Range;
  load: number | null;
  unit: Unit;
  change: Change;
  /** Reps per set to aim for today (double progression), inside `reps`. */
  repsTarget?: number;
  restSeconds: number;
  /** On a rest day of the daily challenge (F3), the light activation work that is allowed. */
  activation: { exercise: HipThrustId; sets: number; reps: Range; rpe: Range } | null;
  /** How the load is made up on a barbell, when it is one. */
  plates: PlatesPerSide | null;
  /** Best recent estimated one-rep max for the exercise, with the method used. */
  e1rm: { value: number; method: "epley" | "rpe-table"; exercise: HipThrustId } | null;
  /** Set groups for today: straight sets are one group; a top set and back-off sets two (issue 7). */
  work?: { sets: number; reps: number; load: number | null }[];
  /** The day's warm-up: an activation set, then ramp-up sets before heavy loads. */
  warmUp?: { exercise: HipThrustId; sets: number; reps: number; load: number | null; note: string }[];
  /** Where today falls in the four-week block that `plan` writes. */
  block?: { week: number; lighter: boolean; anchor: string };
  /** The band for banded work (one of the profile's `bands`). */
  band?: string;
  /** Unloaded work made harder before adding resistance (P10): e.g. a 3 s lowering and a 2 s pause at the top. */
  tempo?: string;
  /** First session on a loaded variation: work up from `from` by `step` to one set of `reps` at `rpe`. */
  rampUp?: { from: number; step: number; reps: number; rpe: number };
  warnings: Warning[];
  reasons: Reason[];
}

export type PlanRole = "primary" | "accessory" | "activation" | "complement";

export interface PlanItem {
  exercise: ExerciseId;
  role: PlanRole;
  sets: number;
  reps: Range;
  rpe: Range;
  restSeconds: number;
  load: number | null;
  note?: string;
}

export interface PlanDay {
  day: number;
  items: PlanItem[];
}

export interface PlanWeek {
  week: number;
  focus?: string;
  days: PlanDay[];
}

export interface Plan {
  goal: Goal;
  unit: Unit;
  weeks: PlanWeek[];
  warnings: Warning[];
  reasons: Reason[];
}

export type Verdict = "primary" | "accessory" | "optional" | "not-a-substitute";
export type PatternId = "squat" | "hinge" | "abduction";

export interface Decision {
  verdict: Verdict;
  pairWith: PatternId[];
  /** The hip-thrust variation that suits the person now (V1–V3, P1, P7). */
  variation: HipThrustId;
  cautions: Warning[];
  reasons: Reason[];
}
