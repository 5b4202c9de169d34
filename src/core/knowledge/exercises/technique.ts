// Technique shared by every hip-thrust variation (SPEC T). The seeds describe it for the family,
// so the variations reuse these parts and add only what differs.
import type { ExerciseNote, Mistake, MuscleRole, Seed } from "../types.js";

export const HIP_THRUST_MUSCLES: MuscleRole[] = [
  { muscle: "gluteus maximus", role: "primary", sources: ["001", "002", "003", "004"] },
  {
    muscle: "gluteus medius and minimus",
    role: "secondary",
    sources: ["001", "003", "004"],
    note: "003 counts the medius as a prime mover; 001 and 004 give both mostly a hip- and pelvis-steadying job.",
  },
  {
    muscle: "hamstrings",
    role: "secondary",
    sources: ["001", "003"],
    note: "They help extend the hip without leading; feet set too far out hand them the lift (003).",
  },
  {
    muscle: "quadriceps",
    role: "secondary",
    sources: ["001", "002", "003"],
    note: "A minor part, mostly while lowering; feet set too close hand them more of the work (003).",
  },
  {
    muscle: "adductors",
    role: "stabiliser",
    sources: ["001", "003"],
    note: "They keep the knees from caving in under load (003).",
  },
  {
    muscle: "core (rectus abdominis, spinal erectors)",
    role: "stabiliser",
    sources: ["001", "003"],
    note: "They hold the spine neutral so the lower back does not arch and take over (003).",
  },
];

/** Set-up shared by the variations that lean on a bench; variations add how the load goes on. */
export const BENCH_SETUP: string[] = [
  "Sit on the floor with a bench behind you and rest your upper back on its edge, just below the shoulder blades.",
  "Plant your feet flat, about hip-width apart with the toes turned out a little, close enough that the shins will be vertical when the hips are up.",
];

export const EXECUTION: string[] = [
  "Brace your trunk, keep the spine neutral and tuck the chin slightly.",
  "Push through your heels and raise the hips until shoulders, hips and knees form one straight line.",
  "Squeeze the glutes at the top without arching the lower back past that line; the shins should be vertical here.",
  "Lower the hips slowly and under control back to the start, keeping tension on the glutes.",
  "Give every rep the same depth and the same top position.",
];

export const CUES: string[] = [
  "Ribs down, chin tucked.",
  "Heels and toes stay on the floor; drive through the heels.",
  "Shins vertical at the top.",
  "Finish in a straight line: shoulders, hips, knees.",
  "Squeeze, then lower slowly.",
];

export const MISTAKES: Mistake[] = [
  {
    code: "hyperextension",
    mistake: "Arching the lower back to push the hips above the straight line at the top.",
    fix: "Brace the trunk and keep the chin tucked; stop once shoulders, hips and knees line up. If the arch comes back, lighten the load.",
    sources: ["001", "003"],
  },
  {
    code: "incomplete-lockout",
    mistake: "Stopping short of full hip extension, so the top gets lower as the set goes on.",
    fix: "End every rep at the straight shoulder–hip–knee line; if the load keeps you from reaching it, use less.",
    sources: ["001", "003", "004"],
  },
  {
    code: "feet-too-far",
    mistake: "Feet too far from the bench: the shins slope away at the top and the hamstrings take over.",
    fix: "Bring the feet back towards you until the shins are vertical with the hips up.",
    sources: ["001", "003"],
  },
  {
    code: "feet-too-close",
    mistake: "Feet too close to the bench: the shins slope towards it at the top and the quads take over.",
    fix: "Move the feet out until the shins stand vertical at the top.",
    sources: ["001", "003"],
  },
  {
    code: "no-top-hold",
    mistake: "Touching the top and dropping at once, with no glute squeeze.",
    fix: "Pause at the top and squeeze the glutes hard before you start down.",
    sources: ["001"],
  },
  {
    code: "toes-lifting",
    mistake: "Toes coming up off the floor as you push.",
    fix: "Keep the whole foot flat and the heels planted, and press through the heels.",
    sources: ["001"],
  },
  {
    code: "fast-eccentric",
    mistake: "Letting the hips fall rather than lowering them.",
    fix: "Resist the load all the way down so the glutes stay under tension.",
    sources: ["003", "004"],
  },
  {
    code: "bounce",
    mistake: "Dropping fast and rebounding off the bottom into the next rep.",
    fix: "Control the descent and let the hips settle at the bottom before you push again.",
    sources: ["004"],
  },
  {
    code: "inconsistent-range",
    mistake: "Depth, top position or foot placement changing from rep to rep or week to week.",
    fix: "Keep the set-up and range the same so each set can be compared with the last.",
    sources: ["004"],
  },
];

/** What the person keeps fixed differs by variation (bench height, machine settings…), e.g. "bench height, foot position". */
export function repeatableSetup(fixed: string): ExerciseNote {
  return {
    topic: "repeatable-setup",
    text: `Keep ${fixed}, range, top position and effort target the same from week to week, so a heavier load or an extra rep means real progress.`,
    sources: ["004"],
    rule: "T",
  };
}

export const TEMPO_NOTE: ExerciseNote = {
  topic: "tempo",
  text: "To add time under tension without adding load, slow the lowering or hold the top longer.",
  sources: ["002"],
  rule: "V4",
};

export const FOOT_POSITION_NOTE: ExerciseNote = {
  topic: "foot-position",
  text: "When progress stalls, a deliberate change of stance width or toe angle shifts the stimulus; choose one and keep it for the block instead of drifting between sets.",
  sources: ["000", "004"],
  rule: "V4",
};

export const SINGLE_LEG_NOTE: ExerciseNote = {
  topic: "single-leg",
  text: "Against a plateau, or once two-leg reps are easy and there is no load to add, move to the single-leg hip thrust.",
  sources: ["000", "001", "002"],
  rule: "V4",
};

/** V4 notes every bilateral variation carries. */
export const VARIATION_NOTES: ExerciseNote[] = [TEMPO_NOTE, FOOT_POSITION_NOTE, SINGLE_LEG_NOTE];

export const TECHNIQUE_SOURCES: Seed[] = ["001", "003"];
