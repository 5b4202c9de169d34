// Complements that fill the D5 patterns beside the hip thrust (004). The seeds name these lifts and
// what they add, but do not teach them: their set-up and execution are general practice, which
// `techniqueSources: []` records so readers can tell them apart from seed-backed technique.
import type { ComplementId } from "../ids.js";
import type { Exercise, ExerciseNote, Mistake, MuscleRole } from "../types.js";

type ComplementExercise = Exercise & { id: ComplementId };

const REPEATABLE: ExerciseNote = {
  topic: "repeatable-setup",
  text: "Keep the stance, depth and effort target the same from session to session so the lift can be progressed and compared.",
  sources: ["004"],
  rule: "D5",
};

const SAME_RANGE: Mistake = {
  code: "inconsistent-range",
  mistake: "Range or set-up changing from rep to rep or session to session.",
  fix: "Fix the set-up and range; change one thing at a time, on purpose.",
  sources: ["004"],
};

const KNEES_CAVE: Mistake = {
  code: "knee-valgus",
  mistake: "Knees caving inward as you drive up.",
  fix: "Keep the knees tracking over the toes; abduction work strengthens the muscles that hold them there.",
  sources: ["002"],
};

const HEAVY_HINGE_FATIGUE: Mistake = {
  code: "hinge-fatigue",
  mistake: "Stacking heavy hinge sets on a lower back that other lifts already tire.",
  fix: "Let hip thrusts carry part of the glute volume instead of another heavy hinge.",
  sources: ["004"],
};

const SQUAT_MUSCLES: MuscleRole[] = [
  {
    muscle: "quadriceps",
    role: "primary",
    sources: ["004"],
    note: "In the nine-week trial squats grew the quads more than hip thrusts did (004).",
  },
  { muscle: "gluteus maximus", role: "primary", sources: ["004"] },
  {
    muscle: "adductors",
    role: "secondary",
    sources: ["004"],
    note: "Squats also grew the adductors more than hip thrusts in the same trial (004).",
  },
];

const UNILATERAL_KNEE_MUSCLES: MuscleRole[] = [
  { muscle: "quadriceps", role: "primary", sources: ["004"] },
  {
    muscle: "gluteus maximus",
    role: "primary",
    sources: ["004"],
    note: "A systematic review found high glute activation in lunges, split squats and step-ups (004).",
  },
  {
    muscle: "gluteus medius and minimus",
    role: "stabiliser",
    sources: ["002", "004"],
    note: "They steady the pelvis and keep the knee from caving in (002, 004).",
  },
];

const HINGE_MUSCLES: MuscleRole[] = [
  { muscle: "hamstrings", role: "primary", sources: ["004"] },
  { muscle: "gluteus maximus", role: "primary", sources: ["004"] },
  {
    muscle: "spinal erectors",
    role: "stabiliser",
    sources: ["004"],
    note: "Heavy hinges ask much of the lower back, grip and balance (004).",
  },
];

const ABDUCTION_MUSCLES: MuscleRole[] = [
  {
    muscle: "gluteus medius and minimus",
    role: "primary",
    sources: ["004"],
    note: "Anatomy reviews give them abduction, rotation and pelvic support (004).",
  },
];

const SQUAT_NOTE: ExerciseNote = {
  topic: "when-to-use",
  text: "Covers the knee-dominant work the hip thrust leaves out; pair one with the hip thrust in a glute-focused plan.",
  sources: ["004"],
  rule: "D5",
};

const HINGE_NOTE: ExerciseNote = {
  topic: "when-to-use",
  text: "Covers hinge and hamstring work the hip thrust leaves out; pair one with the hip thrust in a glute-focused plan.",
  sources: ["004"],
  rule: "D5",
};

const ABDUCTION_NOTE: ExerciseNote = {
  topic: "when-to-use",
  text: "Optional side-of-hip work for glute-focused plans, where it fits the goal.",
  sources: ["004"],
  rule: "D5",
};

const COMMON: Pick<Exercise, "ladderStep" | "techniqueSources"> = { ladderStep: null, techniqueSources: [] };

export const COMPLEMENT_EXERCISES: readonly ComplementExercise[] = [
  {
    id: "back-squat",
    name: "Back squat",
    ...COMMON,
    pattern: "squat",
    equipment: ["barbell", "plates"],
    muscles: SQUAT_MUSCLES,
    level: "intermediate",
    unilateral: false,
    loading: "barbell",
    summary:
      "The loaded squat: in a nine-week trial it grew the glutes as much as hip thrusts, and the quads more.",
    setup: [
      "Rest the bar across your upper back (from a rack, where you have one) and grip it firmly.",
      "Stand with the feet about shoulder-width, toes turned out a little.",
    ],
    execution: [
      "Brace, then bend at hips and knees together, knees tracking over the toes, to a depth you can repeat.",
      "Stand back up through the whole foot without letting the chest fold forward.",
    ],
    cues: ["Brace before every rep.", "Knees follow the toes.", "Same depth every rep."],
    mistakes: [KNEES_CAVE, SAME_RANGE],
    notes: [SQUAT_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "goblet-squat",
    name: "Goblet squat",
    ...COMMON,
    pattern: "squat",
    equipment: ["dumbbells"],
    muscles: SQUAT_MUSCLES,
    level: "beginner",
    unilateral: false,
    loading: "dumbbell",
    summary: "A squat with one dumbbell held at the chest: the home and beginner way to load the pattern.",
    setup: [
      "Hold one dumbbell upright against your chest with both hands.",
      "Stand with the feet about shoulder-width, toes turned out a little.",
    ],
    execution: [
      "Sit down between your hips with the chest up and the knees tracking over the toes.",
      "Stand back up through the whole foot.",
    ],
    cues: ["Elbows inside the knees at the bottom.", "Knees follow the toes."],
    mistakes: [KNEES_CAVE, SAME_RANGE],
    notes: [SQUAT_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "leg-press",
    name: "Leg press",
    ...COMMON,
    pattern: "squat",
    equipment: ["leg-press-machine"],
    muscles: SQUAT_MUSCLES,
    level: "beginner",
    unilateral: false,
    loading: "machine",
    summary:
      "A supported squat pattern on a machine; a 2025 meta-analysis counts it among lifts that grow the glutes.",
    setup: [
      "Sit with your back and hips against the pad.",
      "Set the feet on the platform about hip- to shoulder-width apart.",
    ],
    execution: [
      "Release the safeties and lower the platform until the knees are well bent, hips still on the pad.",
      "Press it back up without snapping the knees straight.",
    ],
    cues: ["Hips stay on the seat.", "Knees follow the toes."],
    mistakes: [KNEES_CAVE, SAME_RANGE],
    notes: [SQUAT_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "split-squat",
    name: "Split squat",
    ...COMMON,
    pattern: "squat",
    equipment: [],
    muscles: UNILATERAL_KNEE_MUSCLES,
    level: "beginner",
    unilateral: true,
    loading: "bodyweight",
    summary: "A stationary lunge: single-leg squat work with no equipment.",
    setup: ["Stand in a long split stance, front foot flat, back heel raised."],
    execution: [
      "Lower straight down until the back knee nearly touches the floor.",
      "Push through the front foot to rise; finish the reps, then switch legs.",
    ],
    cues: ["Straight down, straight up.", "Front knee follows the toes."],
    mistakes: [KNEES_CAVE, SAME_RANGE],
    notes: [SQUAT_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "walking-lunge",
    name: "Walking lunge",
    ...COMMON,
    pattern: "squat",
    equipment: [],
    muscles: UNILATERAL_KNEE_MUSCLES,
    level: "beginner",
    unilateral: true,
    loading: "bodyweight",
    summary: "Lunges that travel: single-leg work with a balance challenge and no equipment.",
    setup: ["Stand tall with the feet hip-width apart and a clear path ahead."],
    execution: [
      "Step forward and lower until both knees are bent and the back knee is near the floor.",
      "Drive through the front foot and bring the back leg through into the next step.",
    ],
    cues: ["Tall trunk.", "Front knee follows the toes."],
    mistakes: [KNEES_CAVE, SAME_RANGE],
    notes: [SQUAT_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "step-up",
    name: "Step-up",
    ...COMMON,
    pattern: "squat",
    equipment: ["bench"],
    muscles: UNILATERAL_KNEE_MUSCLES,
    level: "beginner",
    unilateral: true,
    loading: "bodyweight",
    summary: "Stepping onto a bench: single-leg work with high glute activation in the review 004 cites.",
    setup: ["Stand facing a bench and put one whole foot on it."],
    execution: [
      "Push through the foot on the bench to stand up on it, without springing off the floor foot.",
      "Step down under control; finish the reps, then switch legs.",
    ],
    cues: ["The top leg does the work.", "Knee follows the toes."],
    mistakes: [KNEES_CAVE, SAME_RANGE],
    notes: [SQUAT_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "romanian-deadlift",
    name: "Romanian deadlift",
    ...COMMON,
    pattern: "hinge",
    equipment: ["barbell", "plates"],
    muscles: HINGE_MUSCLES,
    level: "intermediate",
    unilateral: false,
    loading: "barbell",
    summary:
      "The loaded hinge for hamstrings and glutes; it costs more lower-back, grip and balance effort than a hip thrust.",
    setup: ["Stand holding the bar at the thighs, feet about hip-width, knees soft."],
    execution: [
      "Push the hips back and let the bar slide down the legs, back flat, until the hamstrings are stretched.",
      "Drive the hips forward to stand tall again.",
    ],
    cues: ["Hips back, bar close.", "Flat back throughout."],
    mistakes: [HEAVY_HINGE_FATIGUE, SAME_RANGE],
    notes: [HINGE_NOTE, REPEATABLE],
    sources: ["004"],
  },
  {
    id: "single-leg-romanian-deadlift",
    name: "Single-leg Romanian deadlift",
    ...COMMON,
    pattern: "hinge",
    equipment: [],
    muscles: HINGE_MUSCLES,
    level: "intermediate",
    unilateral: true,
    loading: "bodyweight",
    summary: "A one-leg hinge: hamstring and glute work with no equipment, and a balance challenge.",
    setup: ["Stand on one leg with that knee soft; hold a wall or rail lightly if balance limits you."],
    execution: [
      "Hinge at the hip, reaching the free leg back as the trunk tips forward, hips square to the floor.",
      "Return to standing by driving the hip forward; finish the reps, then switch legs.",
    ],
    cues: ["Hips square.", "Reach long through the back heel."],
    mistakes: [SAME_RANGE],
    notes: [HINGE_NOTE, REPEATABLE],
    sources: ["004"],
  },
  {
    id: "leg-curl",
    name: "Leg curl",
    ...COMMON,
    pattern: "hinge",
    equipment: ["leg-curl-machine"],
    muscles: [{ muscle: "hamstrings", role: "primary", sources: ["004"] }],
    level: "beginner",
    unilateral: false,
    loading: "machine",
    summary: "Hamstring work on a machine, one way to fill the hinge-or-hamstring slot.",
    setup: ["Set the machine so the knees line up with its pivot and the pad rests just above the heels."],
    execution: ["Curl the pad through the full range, then return it slowly."],
    cues: ["Full range, slow return."],
    mistakes: [SAME_RANGE],
    notes: [HINGE_NOTE, REPEATABLE],
    sources: ["004"],
  },
  {
    id: "back-extension",
    name: "Back extension",
    ...COMMON,
    pattern: "hinge",
    equipment: ["back-extension-bench"],
    muscles: [
      { muscle: "gluteus maximus", role: "primary", sources: ["004"] },
      { muscle: "hamstrings", role: "primary", sources: ["004"] },
      {
        muscle: "spinal erectors",
        role: "secondary",
        sources: ["002"],
        note: "The movement loads the lumbar spine directly, unlike the hip thrust (002).",
      },
    ],
    level: "beginner",
    unilateral: false,
    loading: "bodyweight",
    summary: "A hinge on a back-extension bench; it loads the lower back more directly than a hip thrust.",
    setup: [
      "Set the pad just below the hip crease so you can bend freely at the hips, heels under the foot pads.",
    ],
    execution: [
      "Hinge down at the hips until the hamstrings are stretched.",
      "Rise until the body is straight, squeezing the glutes, then lower under control.",
    ],
    cues: ["Lead with the hips.", "Stop at straight."],
    mistakes: [
      {
        code: "hyperextension",
        mistake: "Swinging up past a straight body into a lower-back arch.",
        fix: "Rise only until the body is straight and finish with the glutes.",
        sources: ["002"],
      },
      SAME_RANGE,
    ],
    notes: [HINGE_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "hip-abduction-machine",
    name: "Hip abduction machine",
    ...COMMON,
    pattern: "abduction",
    equipment: ["abduction-machine"],
    muscles: ABDUCTION_MUSCLES,
    level: "beginner",
    unilateral: false,
    loading: "machine",
    summary: "Seated abduction on a machine: loadable work for the side of the hip.",
    setup: ["Sit with your back against the pad and the pads on the outside of the knees."],
    execution: ["Push the knees apart as far as you control, pause, and return slowly."],
    cues: ["Pause wide, return slow."],
    mistakes: [SAME_RANGE],
    notes: [ABDUCTION_NOTE, REPEATABLE],
    sources: ["004"],
  },
  {
    id: "banded-abduction",
    name: "Banded abduction",
    ...COMMON,
    pattern: "abduction",
    equipment: ["bands"],
    muscles: ABDUCTION_MUSCLES,
    level: "beginner",
    unilateral: false,
    loading: "band",
    summary: "A band around the knees: side-of-hip work anywhere, and a quick warm-up.",
    setup: ["Loop a band just above the knees; sit, stand or lie in a bridge."],
    execution: ["Press the knees apart against the band, pause, and let them come back slowly."],
    cues: ["Knees out, pause, slow return."],
    mistakes: [SAME_RANGE],
    notes: [ABDUCTION_NOTE, REPEATABLE],
    sources: ["002", "004"],
  },
  {
    id: "side-lying-hip-abduction",
    name: "Side-lying hip abduction",
    ...COMMON,
    pattern: "abduction",
    equipment: [],
    muscles: ABDUCTION_MUSCLES,
    level: "beginner",
    unilateral: true,
    loading: "bodyweight",
    summary: "Lying on one side and lifting the top leg: abduction work with no equipment.",
    setup: ["Lie on one side, legs straight and stacked, head resting on the lower arm."],
    execution: [
      "Lift the top leg, heel leading and toes forward, pause, and lower slowly; then switch sides.",
    ],
    cues: ["Heel leads, hips stacked."],
    mistakes: [SAME_RANGE],
    notes: [ABDUCTION_NOTE, REPEATABLE],
    sources: ["004"],
  },
];
