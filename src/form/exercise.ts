import { InputError } from "../contract/errors.js";
import type { KeypointsFile } from "../contract/keypoints.js";
import { LAYOUTS, type Side } from "./keypoints.js";
import { median } from "./stats.js";
import { HOW_TO_FILM, STEP_BACK } from "./view.js";

/**
 * Is this a hip thrust (or a bridge) at all, is the whole person in the picture, and which checks can
 * this recording support? Judged from the posture over the whole recording, before any rep is counted:
 * a squat also raises and lowers the hips, and would otherwise be counted as reps.
 */

/** Wrists of each format (the analysis proper needs none). */
const WRISTS: Record<KeypointsFile["format"], Record<Side, number>> = {
  coco17: { left: 9, right: 10 },
  blazepose33: { left: 15, right: 16 },
};

/** Fraction of the frames with a person that must show a posture before the recording is refused (ours). */
const REFUSE_FRACTION = 0.6;
/** Upright: shoulders above the hips by this much of the torso and the body line this steep (ours). */
const UPRIGHT_RISE = 0.5;
const UPRIGHT_TILT = 55;
/** A knee bent tighter than this while upright is a squat or lunge (ours). */
const SQUAT_KNEE = 130;
/** Knees this far below the hips (of the thigh's length) while not upright: kneeling or on all fours (ours). */
const KNEELING_DROP = 0.5;
/** Wrists this far below the shoulders (of the torso's length): the weight is on the hands (ours). */
const ON_HANDS_DROP = 0.75;
/** A joint this close to the frame's border (of its size) is at or past the edge (ours). */
const EDGE_FRACTION = 0.01;
/**
 * Shin over thigh as seen: about 1 side on (the shank and thigh are nearly equally long). Shins pointing
 * out of the picture, soles together and knees out as in a frog pump, look much shorter (ours).
 */
const MIN_SHIN_TO_THIGH = 0.8;

export interface NotJudged {
  check: string;
  why: string;
}

export interface ExerciseCheck {
  /** Foot placement (feet-too-far / feet-too-close) can be judged on this recording. */
  footPlacement: boolean;
  notJudged: NotJudged[];
}

interface Point {
  x: number;
  y: number;
  s: number;
}

const point = (file: KeypointsFile, frame: number, index: number): Point => {
  const p = file.frames[frame]?.keypoints[index];
  return { x: p?.[0] ?? 0, y: p?.[1] ?? 0, s: p?.[2] ?? 0 };
};

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function interior(a: Point, b: Point, c: Point): number {
  const ux = a.x - b.x;
  const uy = a.y - b.y;
  const vx = c.x - b.x;
  const vy = c.y - b.y;
  return (Math.abs(Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)) * 180) / Math.PI;
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** Refuses recordings of another exercise or with the person cut out; lists checks it cannot judge. */
export function checkExercise(file: KeypointsFile, minScore: number): ExerciseCheck {
  let person = 0;
  let upright = 0;
  let squatting = 0;
  let kneeling = 0;
  let onHands = 0;
  let lying = 0;
  let cutOut = 0;
  const shinToThigh: number[] = [];
  const margin = EDGE_FRACTION * Math.max(file.width, file.height);
  const atEdge = (p: Point) =>
    p.x < margin || p.y < margin || p.x > file.width - margin || p.y > file.height - margin;

  for (let i = 0; i < file.frames.length; i++) {
    // Per frame, the side the model saw better.
    const sides = (["left", "right"] as const).map((side) => {
      const at = LAYOUTS[file.format][side];
      const joints = {
        shoulder: point(file, i, at.shoulder),
        hip: point(file, i, at.hip),
        knee: point(file, i, at.knee),
        ankle: point(file, i, at.ankle),
        wrist: point(file, i, WRISTS[file.format][side]),
      };
      return { joints, score: joints.shoulder.s + joints.hip.s + joints.knee.s };
    });
    const { joints } =
      (sides[0] as (typeof sides)[0]).score >= (sides[1] as (typeof sides)[0]).score
        ? (sides[0] as (typeof sides)[0])
        : (sides[1] as (typeof sides)[0]);
    const { shoulder, hip, knee, ankle, wrist } = joints;
    if (shoulder.s < minScore || hip.s < minScore) continue;
    person++;
    const torso = dist(shoulder, hip);
    if (!(torso > 0)) continue;
    // Feet at the bottom edge are common and still readable; a knee, hip or shoulder at the edge is not.
    if (knee.s < minScore || ankle.s < minScore || atEdge(knee) || atEdge(hip) || atEdge(shoulder)) cutOut++;
    if (knee.s < minScore) continue;
    const thigh = dist(hip, knee);
    const tilt = (Math.atan2(Math.abs(knee.y - shoulder.y), Math.abs(knee.x - shoulder.x)) * 180) / Math.PI;
    const isUpright = hip.y - shoulder.y > UPRIGHT_RISE * torso && tilt > UPRIGHT_TILT;
    if (isUpright) {
      upright++;
      if (ankle.s >= minScore && interior(hip, knee, ankle) < SQUAT_KNEE) squatting++;
      continue;
    }
    lying++;
    if (knee.y - hip.y > KNEELING_DROP * thigh) kneeling++;
    if (wrist.s >= minScore && wrist.y - shoulder.y > ON_HANDS_DROP * torso) onHands++;
    if (ankle.s >= minScore && thigh > 0) shinToThigh.push(dist(knee, ankle) / thigh);
  }
  if (person === 0) return { footPlacement: true, notJudged: [] };

  if (upright > REFUSE_FRACTION * person) {
    const what =
      squatting > 0.2 * upright
        ? "a squat or lunge: the person stands and bends the knees"
        : "an exercise done standing";
    throw new InputError(
      `not a hip thrust: this looks like ${what} (upright, shoulders above the hips, in ${percent(upright / person)} of the frames with a person). ` +
        `A hip thrust or glute bridge is done lying back, upper back on a bench or on the floor, feet flat, knees bent. ${HOW_TO_FILM}`,
    );
  }
  if (onHands > REFUSE_FRACTION * lying) {
    throw new InputError(
      `not a hip thrust: the weight is on the hands (wrists well below the shoulders in ${percent(onHands / Math.max(1, lying))} of the frames), as in a push-up, plank or kickback. ` +
        `A hip thrust is done lying on the back with the upper back on a bench. ${HOW_TO_FILM}`,
    );
  }
  if (kneeling > REFUSE_FRACTION * lying) {
    throw new InputError(
      `not a hip thrust: the knees stay below the hips (kneeling or on all fours) in ${percent(kneeling / Math.max(1, lying))} of the frames. ` +
        `A hip thrust is done lying on the back, feet flat on the floor, knees bent above the feet. ${HOW_TO_FILM}`,
    );
  }
  if (cutOut > REFUSE_FRACTION * person) {
    throw new InputError(
      `the person is cut out of the picture: a shoulder, hip or knee was at the frame's edge, or a knee or ankle was not seen, in ${percent(cutOut / person)} of the frames with a person, so the knee angle cannot be measured. ` +
        `${STEP_BACK} ${HOW_TO_FILM}`,
    );
  }
  const ratio = shinToThigh.length > 0 ? median(shinToThigh) : 1;
  if (ratio < MIN_SHIN_TO_THIGH) {
    return {
      footPlacement: false,
      notJudged: [
        {
          check: "foot-placement",
          why: `the shins point out of the side view (they look ${Math.round(ratio * 100)}% of the thigh's length; side on they look about as long), as with soles together and knees out in a frog pump: the knee angle does not show where the feet are, so feet-too-far and feet-too-close were not judged`,
        },
      ],
    };
  }
  return { footPlacement: true, notJudged: [] };
}
