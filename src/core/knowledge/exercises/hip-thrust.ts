// The hip-thrust family of SPEC V, in P7 ladder order.
import type { ExerciseNote, HipThrustExercise } from "../types.js";
import {
  BENCH_SETUP,
  CUES,
  EXECUTION,
  HIP_THRUST_MUSCLES,
  MISTAKES,
  repeatableSetup,
  SINGLE_LEG_NOTE,
  TECHNIQUE_SOURCES,
  TEMPO_NOTE,
  VARIATION_NOTES,
} from "./technique.js";

const BENCH_FIXED = "bench height, foot position";

/** Set-up of every floor bridge: no bench, the upper back on the floor (V1). */
const FLOOR_SETUP: string[] = [
  "Lie on your back on the floor, knees bent, shoulders and upper back flat on the ground.",
  "Plant your feet flat, about hip-width apart with the toes turned out a little, close enough that the shins will be vertical when the hips are up.",
];

/** On the floor the hips travel a shorter path than over a bench: the top is the same straight line. */
const BRIDGE_EXECUTION: string[] = [
  ...EXECUTION.slice(0, 1),
  "Push through your heels and raise the hips until shoulders, hips and knees form one straight line; the range is shorter than over a bench.",
  ...EXECUTION.slice(2),
];

/** Why a loaded bridge: the glute-bridge family (V1) with load, for people without a bench. */
function loadedBridgeNote(what: string): ExerciseNote {
  return {
    topic: "when-to-use",
    text: `The floor bridge with ${what}: the way to load the hip-extension pattern when there is no bench, or when lying on the floor suits the back better; it works much the same muscles as the hip thrust.`,
    sources: ["001", "004"],
    rule: "V1",
  };
}

/** Fields every variation shares; each entry below adds what makes it that variation. */
const FAMILY: Pick<
  HipThrustExercise,
  "pattern" | "muscles" | "execution" | "cues" | "mistakes" | "techniqueSources"
> = {
  pattern: "hip-thrust",
  muscles: HIP_THRUST_MUSCLES,
  execution: EXECUTION,
  cues: CUES,
  mistakes: MISTAKES,
  techniqueSources: TECHNIQUE_SOURCES,
};

export const HIP_THRUST_EXERCISES: readonly HipThrustExercise[] = [
  {
    id: "glute-bridge",
    name: "Glute bridge",
    ...FAMILY,
    equipment: [],
    level: "beginner",
    unilateral: false,
    loading: "bodyweight",
    ladderStep: 1,
    summary: "The floor version: no bench or equipment, the first rung for beginners and home training.",
    setup: [
      "Lie on your back on the floor, knees bent, arms along your sides.",
      "Plant your feet flat, about hip-width apart with the toes turned out a little, close enough that the shins will be vertical when the hips are up.",
    ],
    notes: [
      {
        topic: "when-to-use",
        text: "Use it when there is no bench, or to learn the movement; it works much the same muscles with little stress on the lower back.",
        sources: ["001"],
        rule: "V1",
      },
      repeatableSetup("foot position"),
      ...VARIATION_NOTES,
    ],
    sources: ["001", "003", "004"],
  },
  {
    id: "bodyweight-hip-thrust",
    name: "Bodyweight hip thrust",
    ...FAMILY,
    equipment: ["bench"],
    level: "beginner",
    unilateral: false,
    loading: "bodyweight",
    ladderStep: 2,
    summary: "The full bench set-up with no load: where beginners learn the form before adding weight.",
    setup: [...BENCH_SETUP, "Cross your arms over your chest or rest them along the bench."],
    notes: [
      {
        topic: "when-to-use",
        text: "Start here (or with the glute bridge) and stay until the form holds for two sessions in a row before adding load.",
        sources: ["000", "001", "002"],
        rule: "V2",
      },
      repeatableSetup(BENCH_FIXED),
      ...VARIATION_NOTES,
    ],
    sources: ["000", "001", "003", "004"],
  },
  {
    id: "banded-hip-thrust",
    name: "Banded hip thrust",
    ...FAMILY,
    equipment: ["bands", "bench"],
    level: "beginner",
    unilateral: false,
    loading: "band",
    ladderStep: 3,
    summary: "A band across the hips adds resistance that grows towards the top; light bands suit warm-ups.",
    setup: [
      ...BENCH_SETUP,
      "Lay a band across your hip crease and pin both ends under your hands or anchor them low (bench legs or heavy dumbbells) so it pulls straight down.",
    ],
    notes: [
      {
        topic: "when-to-use",
        text: "A first step past bodyweight, and with a light band a warm-up that wakes the glutes before the main work.",
        sources: ["001", "002"],
        rule: "G4",
      },
      repeatableSetup(`${BENCH_FIXED}, band and anchor point`),
      ...VARIATION_NOTES,
    ],
    sources: ["001", "002", "003", "004"],
  },
  {
    id: "dumbbell-hip-thrust",
    name: "Dumbbell hip thrust",
    ...FAMILY,
    equipment: ["dumbbells", "bench"],
    level: "beginner",
    unilateral: false,
    loading: "dumbbell",
    ladderStep: 3,
    summary: "One dumbbell on the hips: quick to set up, a gentle first load before a barbell.",
    setup: [...BENCH_SETUP, "Rest one dumbbell across your hip crease and hold it steady with both hands."],
    notes: [
      {
        topic: "when-to-use",
        text: "Suits a beginner ready for some external load, or a home gym without a barbell; progress stops at the heaviest dumbbell you have.",
        sources: ["001"],
        rule: "P7",
      },
      repeatableSetup(BENCH_FIXED),
      ...VARIATION_NOTES,
    ],
    sources: ["001", "003", "004"],
  },
  {
    id: "barbell-hip-thrust",
    name: "Barbell hip thrust",
    ...FAMILY,
    equipment: ["barbell", "plates", "bench"],
    level: "intermediate",
    unilateral: false,
    loading: "barbell",
    ladderStep: 4,
    summary: "The standard loaded version: heavy loads in small steps, and progress that is easy to track.",
    setup: [
      ...BENCH_SETUP,
      "Roll a padded barbell over your legs until it sits in the hip crease; hold it there with both hands.",
    ],
    notes: [
      {
        topic: "when-to-use",
        text: "The main glute slot once the form holds under load; plates let the load rise in small increments.",
        sources: ["000", "001", "004"],
        rule: "D1",
      },
      repeatableSetup(BENCH_FIXED),
      ...VARIATION_NOTES,
    ],
    sources: ["000", "001", "002", "003", "004"],
  },
  {
    id: "smith-machine-hip-thrust",
    name: "Smith machine hip thrust",
    ...FAMILY,
    equipment: ["smith-machine", "bench", "plates"],
    level: "intermediate",
    unilateral: false,
    loading: "smith-machine",
    ladderStep: 4,
    summary: "A barbell on rails: the fixed path makes a steady, controlled rep easier to repeat.",
    setup: [
      ...BENCH_SETUP,
      "Set the bench so the Smith bar, padded, lands across your hip crease; unhook it at the top and re-rack it there when the set is done.",
    ],
    notes: [
      {
        topic: "when-to-use",
        text: "An alternative to the barbell when balancing the bar gets in the way of a controlled rep.",
        sources: ["001"],
        rule: "P7",
      },
      repeatableSetup(`${BENCH_FIXED}, bench placement under the bar`),
      ...VARIATION_NOTES,
    ],
    sources: ["001", "003", "004"],
  },
  {
    id: "machine-hip-thrust",
    name: "Machine hip thrust",
    ...FAMILY,
    equipment: ["hip-thrust-machine"],
    level: "intermediate",
    unilateral: false,
    loading: "machine",
    ladderStep: 4,
    summary: "A dedicated machine: fast to load, with no bar to balance and no bench to set.",
    setup: [
      "Adjust the back pad so it meets your upper back just below the shoulder blades, and the hip pad so it sits across the hip crease.",
      "Place your feet flat, about hip-width with the toes turned out a little, where the shins will be vertical at the top.",
    ],
    notes: [
      {
        topic: "when-to-use",
        text: "Useful for glute volume when deadlifts and rows already tire the trunk; that fits a recovery budget, it does not make it safer for everyone.",
        sources: ["004"],
        rule: "D2",
      },
      repeatableSetup("pad settings, foot position"),
      ...VARIATION_NOTES,
    ],
    sources: ["003", "004"],
  },
  {
    id: "single-leg-hip-thrust",
    name: "Single-leg hip thrust",
    ...FAMILY,
    equipment: ["bench"],
    level: "intermediate",
    unilateral: true,
    loading: "bodyweight",
    ladderStep: 3,
    summary: "One leg at a time: harder without any load, and it trains each side's strength and stability.",
    setup: [
      "Sit on the floor with a bench behind you and rest your upper back on its edge, just below the shoulder blades.",
      "Plant one foot flat under the knee, toes turned out a little, and lift the other foot off the floor with the knee bent.",
    ],
    execution: [
      ...EXECUTION.slice(0, 1),
      "Push through the planted heel and raise the hips until shoulders, hips and knee form one straight line.",
      ...EXECUTION.slice(2, 3),
      "Keep the pelvis level: the free side must not drop or twist.",
      ...EXECUTION.slice(3),
      "Do the same reps on the other leg.",
    ],
    notes: [
      {
        topic: "when-to-use",
        text: "When two-leg bodyweight reps are too easy and there is no load to add, or when each side needs work of its own.",
        sources: ["001", "002"],
        rule: "P7",
      },
      {
        ...SINGLE_LEG_NOTE,
        text: "Against a plateau on a two-leg version, switching to this one changes the stimulus.",
      },
      repeatableSetup(BENCH_FIXED),
      TEMPO_NOTE,
    ],
    sources: ["000", "001", "002", "003", "004"],
  },
  {
    id: "banded-glute-bridge",
    name: "Banded glute bridge",
    ...FAMILY,
    execution: BRIDGE_EXECUTION,
    equipment: ["bands"],
    level: "beginner",
    unilateral: false,
    loading: "band",
    ladderStep: 3,
    summary:
      "The floor bridge with a band across the hips: resistance without a bench, at home or on the road.",
    setup: [
      ...FLOOR_SETUP,
      "Lay a band across your hip crease and pin both ends to the floor under your hands, or loop it under heavy dumbbells or a sturdy frame, so it pulls straight down.",
    ],
    notes: [
      loadedBridgeNote("a band"),
      {
        topic: "when-to-use",
        text: "Progress through your bands from lightest to heaviest, then double them up or move to one leg; a light band also suits a warm-up.",
        sources: ["001", "002"],
        rule: "P7",
      },
      repeatableSetup("foot position, band and anchor point"),
      ...VARIATION_NOTES,
    ],
    sources: ["001", "002", "003", "004"],
  },
  {
    id: "dumbbell-glute-bridge",
    name: "Dumbbell glute bridge",
    ...FAMILY,
    execution: BRIDGE_EXECUTION,
    equipment: ["dumbbells"],
    level: "beginner",
    unilateral: false,
    loading: "dumbbell",
    ladderStep: 3,
    summary: "The floor bridge with one dumbbell on the hips: a first external load with no bench.",
    setup: [
      ...FLOOR_SETUP,
      "Rest one dumbbell across your hip crease (a folded towel under it helps) and hold it steady with both hands.",
    ],
    notes: [
      loadedBridgeNote("a dumbbell"),
      {
        topic: "when-to-use",
        text: "Progress stops at the heaviest dumbbell you own; from there add reps, a pause at the top, slower lowering or one leg.",
        sources: ["001", "002"],
        rule: "P7",
      },
      repeatableSetup("foot position"),
      ...VARIATION_NOTES,
    ],
    sources: ["001", "002", "003", "004"],
  },
  {
    id: "barbell-glute-bridge",
    name: "Barbell glute bridge",
    ...FAMILY,
    execution: BRIDGE_EXECUTION,
    equipment: ["barbell", "plates"],
    level: "intermediate",
    unilateral: false,
    loading: "barbell",
    ladderStep: 4,
    summary: "The floor bridge under a padded barbell: heavy hip-extension work with no bench.",
    setup: [
      "Sit on the floor with your legs straight and roll a padded barbell, with full-size plates, over your legs into the hip crease.",
      "Lie back so your shoulders and upper back rest on the floor, then plant your feet flat, hip-width with the toes turned out a little, where the shins will be vertical at the top.",
      "Hold the bar in place with both hands just outside the hips.",
    ],
    notes: [
      loadedBridgeNote("a barbell"),
      repeatableSetup("foot position, bar placement"),
      ...VARIATION_NOTES,
    ],
    sources: ["001", "003", "004"],
  },
];
