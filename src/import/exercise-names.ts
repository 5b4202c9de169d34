// Exercise names as Strong, Hevy and people write them, mapped to library ids. Names are compared
// in a canonical form so spelling details do not matter: "Hip Thrust (Barbell)", "Barbell Hip
// Thrust" and "barbell-hip-thrust" all read "barbell hip thrust". Anything else is kept as
// `other:<name>`, never dropped.

import { type ComplementId, OTHER_PREFIX } from "../core/knowledge/ids.js";
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

/**
 * The exercise id for a name. A bare "Hip Thrust" says nothing of the equipment: with a load it
 * is taken as the barbell hip thrust, without one as the bodyweight hip thrust.
 */
export function exerciseIdFor(name: string, loaded: boolean): string {
  const canonical = canonicalName(name);
  if (canonical === "hip thrust") return loaded ? "barbell-hip-thrust" : "bodyweight-hip-thrust";
  return BY_NAME.get(canonical) ?? `${OTHER_PREFIX}${name.trim()}`;
}
