// Exercise names as Strong, Hevy and people write them, mapped to library ids. Names are compared
// in a canonical form so spelling details do not matter: "Hip Thrust (Barbell)", "Barbell Hip
// Thrust" and "barbell-hip-thrust" all read "barbell hip thrust". Anything else is kept as
// `other:<name>`, never dropped.

import { type ComplementId, isKnownExerciseId, OTHER_PREFIX } from "../core/knowledge/ids.js";
import type { HipThrustId } from "../core/types.js";

/** Lower case, punctuation dropped, and an "(Equipment)" suffix moved to the front, as the apps write it. */
export function canonicalName(name: string): string {
  const lower = name.toLowerCase().replace(/[-_/]/g, " ");
  const suffixed = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(lower);
  const words = suffixed ? `${suffixed[2]} ${suffixed[1]}` : lower;
  return words
    .replace(/[^a-z0-9 ]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

// A glute bridge with a barbell, dumbbell or band is its own loaded exercise, so its load is kept.
// A single-leg glute bridge is not in the library: it is kept under its name.
const ALIASES: Record<HipThrustId | ComplementId, string[]> = {
  "glute-bridge": ["glute bridge", "bodyweight glute bridge", "hip bridge"],
  "barbell-glute-bridge": ["barbell glute bridge", "barbell hip bridge"],
  "dumbbell-glute-bridge": ["dumbbell glute bridge"],
  "banded-glute-bridge": ["band glute bridge", "banded glute bridge", "resistance band glute bridge"],
  "bodyweight-hip-thrust": ["bodyweight hip thrust"],
  "banded-hip-thrust": ["banded hip thrust", "band hip thrust", "resistance band hip thrust"],
  "dumbbell-hip-thrust": ["dumbbell hip thrust"],
  "barbell-hip-thrust": ["barbell hip thrust"],
  "smith-machine-hip-thrust": ["smith machine hip thrust", "smith hip thrust"],
  "machine-hip-thrust": ["machine hip thrust", "hip thrust machine"],
  "single-leg-hip-thrust": [
    "single leg hip thrust",
    "bodyweight single leg hip thrust",
    "dumbbell single leg hip thrust",
    "barbell single leg hip thrust",
  ],
  "back-squat": ["back squat", "barbell back squat", "barbell squat"],
  "goblet-squat": ["goblet squat", "kettlebell goblet squat", "dumbbell goblet squat"],
  "leg-press": ["leg press", "machine leg press"],
  "split-squat": [
    "split squat",
    "dumbbell split squat",
    "barbell split squat",
    "bulgarian split squat",
    "dumbbell bulgarian split squat",
    "barbell bulgarian split squat",
    "bodyweight bulgarian split squat",
  ],
  "walking-lunge": [
    "lunge",
    "dumbbell lunge",
    "barbell lunge",
    "bodyweight lunge",
    "walking lunge",
    "dumbbell walking lunge",
    "barbell walking lunge",
    "bodyweight walking lunge",
    "reverse lunge",
    "dumbbell reverse lunge",
    "barbell reverse lunge",
  ],
  "step-up": ["step up", "dumbbell step up", "barbell step up", "bodyweight step up"],
  "romanian-deadlift": [
    "romanian deadlift",
    "barbell romanian deadlift",
    "dumbbell romanian deadlift",
    "rdl",
    "barbell rdl",
    "dumbbell rdl",
  ],
  "single-leg-romanian-deadlift": [
    "single leg romanian deadlift",
    "dumbbell single leg romanian deadlift",
    "kettlebell single leg romanian deadlift",
    "single leg rdl",
  ],
  "leg-curl": [
    "leg curl",
    "machine leg curl",
    "lying leg curl",
    "machine lying leg curl",
    "seated leg curl",
    "machine seated leg curl",
  ],
  "back-extension": [
    "back extension",
    "hyperextension",
    "hyperextension back extension",
    "weighted back extension",
    "machine back extension",
  ],
  "hip-abduction-machine": ["machine hip abduction", "machine hip abductor", "hip abductor machine"],
  "banded-abduction": ["banded hip abduction", "band hip abduction", "banded abduction", "lateral band walk"],
  "side-lying-hip-abduction": ["side lying hip abduction", "lying hip abduction", "side lying leg raise"],
};

const BY_NAME = new Map<string, string>(
  Object.entries(ALIASES).flatMap(([id, names]) =>
    [canonicalName(id), ...names].map((name) => [name, id] as const),
  ),
);

/** Words that name the equipment, in the order they decide ("smith machine" is the Smith, not a machine). */
const EQUIPMENT_WORDS: [string, string[]][] = [
  ["single-leg", ["single", "unilateral", "sl", "one"]],
  ["smith", ["smith"]],
  ["machine", ["machine", "drive"]],
  ["band", ["band", "banded", "resistance", "mini"]],
  ["dumbbell", ["dumbbell", "db", "kettlebell", "kb"]],
  ["barbell", ["barbell", "bb", "bar", "loaded", "weighted"]],
  ["bodyweight", ["bodyweight", "bw", "body"]],
];

const THRUST_BY_EQUIPMENT: Record<string, string> = {
  "single-leg": "single-leg-hip-thrust",
  smith: "smith-machine-hip-thrust",
  machine: "machine-hip-thrust",
  band: "banded-hip-thrust",
  dumbbell: "dumbbell-hip-thrust",
  barbell: "barbell-hip-thrust",
  bodyweight: "bodyweight-hip-thrust",
};

// Loaded bridges are their own exercises where the library has them, else the floor bridge.
const BRIDGE_BY_EQUIPMENT: Record<string, string[]> = {
  "single-leg": ["single-leg-glute-bridge"],
  smith: ["barbell-glute-bridge", "glute-bridge"],
  machine: ["barbell-glute-bridge", "glute-bridge"],
  band: ["banded-glute-bridge", "glute-bridge"],
  dumbbell: ["dumbbell-glute-bridge", "glute-bridge"],
  barbell: ["barbell-glute-bridge", "glute-bridge"],
  bodyweight: ["glute-bridge"],
};

/**
 * The hip-thrust family by its words, in any order and with any extra words ("Glute Bridge
 * Bodyweight", "B-Stance Hip Thrusts (Dumbbell)"): the equipment words pick the variation; with
 * none, a loaded hip thrust means the barbell, and a bridge stays the glute bridge (which keeps its load). Undefined when the name is not of the family, or is a variation
 * the library lacks (a single-leg bridge), which is then kept under its own name.
 */
function familyId(canonical: string, loaded: boolean): string | undefined {
  const words = canonical.split(" ");
  const has = (word: string) =>
    words.includes(word) || words.includes(`${word}s`) || words.includes(`${word}es`);
  const thrust = has("thrust");
  const bridge = !thrust && has("bridge") && (has("glute") || has("hip"));
  const glutedrive = canonical.includes("glute drive");
  if (!thrust && !bridge && !glutedrive) return undefined;
  const equipment =
    EQUIPMENT_WORDS.find(([, names]) => names.some(has))?.[0] ??
    (glutedrive ? "machine" : loaded && thrust ? "barbell" : "bodyweight");
  if (thrust || glutedrive) return THRUST_BY_EQUIPMENT[equipment];
  return BRIDGE_BY_EQUIPMENT[equipment]?.find(isKnownExerciseId);
}

/**
 * The exercise id for a name. A name of the hip-thrust family is read by its words; a bare "Hip
 * Thrust" says nothing of the equipment: with a load it is taken as the barbell hip thrust,
 * without one as the bodyweight hip thrust.
 */
export function exerciseIdFor(name: string, loaded: boolean): string {
  const canonical = canonicalName(name);
  const exact = BY_NAME.get(canonical);
  const family = familyId(canonical, loaded);
  // An exact alias wins, except the bridges, whose loaded forms the family reading knows better.
  if (exact && !(exact === "glute-bridge" && family)) return exact;
  return family ?? `${OTHER_PREFIX}${name.trim()}`;
}
