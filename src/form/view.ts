import { InputError } from "../contract/errors.js";
import { JOINTS, type Side, type SideTracks, type Track } from "./keypoints.js";
import { median } from "./stats.js";

export const HOW_TO_FILM =
  "How to film: side on (camera square to the bench, at right angles to the body), the camera near hip height, with the whole body from head to feet in frame for the whole set, in good light.";

/** The fix for a person only partly in the picture. */
export const STEP_BACK =
  "Step the camera back or turn it so the whole body, head to feet, stays in frame for the whole set.";

/** Left–right spread over sagittal segment length beyond which the camera is not at the side (ours). */
const MAX_LATERAL_RATIO = 0.5;
/** A person must be seen in at least this fraction of the frames. */
const MIN_PERSON_FRACTION = 0.3;
/**
 * Of the frames with a body, the share in which the nearer side's shoulder, hip and knee must be made
 * out. The shared clips give 96–100%, and with heavy sensor noise still 83%; a dark, grainy remake of
 * the hip-thrust clip gave 35–46%, and the guessed hips then made 11 "reps" of 6 (ours).
 */
const MIN_CLEAR_FRACTION = 0.6;
/** A guessed joint this close to the picture's edge (fraction of its size) is taken as outside it. */
const EDGE_MARGIN = 0.04;
/** Scores closer than this do not tell the sides apart; apparent limb length decides instead. */
const SCORE_TIE = 0.05;

export interface View {
  side: Side;
  /** +1 when the feet point to the image's right, −1 to its left. */
  facing: 1 | -1;
  meanScore: number;
  missingFraction: number;
}

function seen(track: Track, i: number, minScore: number): boolean {
  return (track.score[i] ?? 0) >= minScore;
}

function distance(a: Track, b: Track, i: number): number {
  return Math.hypot((a.x[i] ?? 0) - (b.x[i] ?? 0), (a.y[i] ?? 0) - (b.y[i] ?? 0));
}

function meanScore(tracks: SideTracks): number {
  let sum = 0;
  let count = 0;
  for (const joint of JOINTS) {
    for (const s of tracks[joint].score) sum += s;
    count += tracks[joint].score.length;
  }
  return count === 0 ? 0 : sum / count;
}

function hipChainSeen(tracks: SideTracks, i: number, minScore: number): boolean {
  return (
    seen(tracks.shoulder, i, minScore) && seen(tracks.hip, i, minScore) && seen(tracks.knee, i, minScore)
  );
}

/** Median apparent leg length: the side nearer the camera looks larger. */
function legLength(tracks: SideTracks, minScore: number): number {
  const lengths: number[] = [];
  for (let i = 0; i < tracks.hip.x.length; i++) {
    if (seen(tracks.hip, i, minScore) && seen(tracks.knee, i, minScore) && seen(tracks.ankle, i, minScore)) {
      lengths.push(distance(tracks.hip, tracks.knee, i) + distance(tracks.knee, tracks.ankle, i));
    }
  }
  return lengths.length === 0 ? 0 : median(lengths);
}

function chooseSide(sides: Record<Side, SideTracks>, minScore: number): Side {
  const left = meanScore(sides.left);
  const right = meanScore(sides.right);
  if (Math.abs(left - right) >= SCORE_TIE) return left > right ? "left" : "right";
  return legLength(sides.left, minScore) >= legLength(sides.right, minScore) ? "left" : "right";
}

/**
 * Seen from the side, the left and right shoulders and hips nearly overlap while the torso and thigh
 * show their length; seen from the front or the feet it is the other way round.
 */
function lateralRatio(sides: Record<Side, SideTracks>, side: Side, minScore: number): number | null {
  const near = sides[side];
  const { left, right } = sides;
  const ratios: number[] = [];
  for (let i = 0; i < near.hip.x.length; i++) {
    const pairsSeen =
      seen(left.shoulder, i, minScore) &&
      seen(right.shoulder, i, minScore) &&
      seen(left.hip, i, minScore) &&
      seen(right.hip, i, minScore);
    if (!pairsSeen || !hipChainSeen(near, i, minScore)) continue;
    const sagittal = distance(near.shoulder, near.hip, i) + distance(near.hip, near.knee, i);
    if (sagittal <= 0) continue;
    ratios.push((distance(left.shoulder, right.shoulder, i) + distance(left.hip, right.hip, i)) / sagittal);
  }
  // With the far side mostly hidden there is nothing to measure, and that itself says "side on".
  return ratios.length < 10 ? null : median(ratios);
}

function facingOf(tracks: SideTracks, minScore: number): 1 | -1 {
  const signs: number[] = [];
  for (let i = 0; i < tracks.knee.x.length; i++) {
    if (seen(tracks.knee, i, minScore) && seen(tracks.shoulder, i, minScore)) {
      signs.push(Math.sign((tracks.knee.x[i] ?? 0) - (tracks.shoulder.x[i] ?? 0)));
    }
  }
  return median(signs) >= 0 ? 1 : -1;
}

/** Share of the frames with a body in which this side's shoulder, hip and knee are all made out. */
function clearFraction(tracks: SideTracks, minScore: number, bodies: number): number {
  let clear = 0;
  for (let i = 0; i < tracks.hip.x.length; i++) if (hipChainSeen(tracks, i, minScore)) clear++;
  return bodies === 0 ? 0 : Math.min(1, clear / bodies);
}

function missingFraction(tracks: SideTracks, minScore: number): number {
  const n = tracks.hip.x.length;
  if (n === 0) return 1;
  let missing = 0;
  for (let i = 0; i < n; i++) {
    if (!JOINTS.every((joint) => seen(tracks[joint], i, minScore))) missing++;
  }
  return missing / n;
}

const PART_NAMES = { shoulder: "the shoulders", hip: "the hips", knee: "the knees" } as const;
type Part = keyof typeof PART_NAMES;

/** The picture's size in pixels, to tell a joint outside it from one the model could not make out. */
export interface FrameSize {
  width: number;
  height: number;
}

/** The side with more joints seen in frame i, and those joints. */
function betterSide(sides: Record<Side, SideTracks>, i: number, minScore: number) {
  return (["left", "right"] as const)
    .map((side) => ({ side, joints: JOINTS.filter((joint) => seen(sides[side][joint], i, minScore)) }))
    .reduce((a, b) => (b.joints.length > a.joints.length ? b : a));
}

/** Frames in which a body is seen: two joints of one side at least. */
function bodyFrames(sides: Record<Side, SideTracks>, minScore: number): number {
  let frames = 0;
  for (let i = 0; i < sides.left.hip.x.length; i++) {
    if (betterSide(sides, i, minScore).joints.length >= 2) frames++;
  }
  return frames;
}

function nearEdge(track: Track, i: number, size: FrameSize): boolean {
  const x = (track.x[i] ?? 0) / size.width;
  const y = (track.y[i] ?? 0) / size.height;
  return Math.min(x, y, 1 - x, 1 - y) < EDGE_MARGIN;
}

/**
 * When the hip chain is missing but two joints of a body are seen, the person is there: the part
 * missing most often is outside the picture (a phone too close, the head or feet cut off) when the
 * model's guesses for it sit at the edge, and hidden (too dark or grainy, something in front) when
 * they sit inside. Say which part and which of the two, not "no person".
 */
function partlyInFrame(
  sides: Record<Side, SideTracks>,
  minScore: number,
  size: FrameSize,
): { frames: number; part: Part; missing: number; outside: boolean } | null {
  const n = sides.left.hip.x.length;
  const missing = { shoulder: 0, hip: 0, knee: 0 };
  const atEdge = { shoulder: 0, hip: 0, knee: 0 };
  let frames = 0;
  for (let i = 0; i < n; i++) {
    const best = betterSide(sides, i, minScore);
    if (best.joints.length < 2) continue;
    frames++;
    for (const part of Object.keys(missing) as Part[]) {
      if (best.joints.includes(part)) continue;
      missing[part]++;
      if (nearEdge(sides[best.side][part], i, size)) atEdge[part]++;
    }
  }
  if (frames < Math.max(3, MIN_PERSON_FRACTION * n)) return null;
  const [part, count] = (Object.entries(missing) as [Part, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  return { frames, part, missing: count, outside: atEdge[part] >= count / 2 };
}

/** The fix for a picture the model cannot make out. */
const CLEARER =
  "Film in brighter, even light (no window or lamp behind the lifter), hold the camera still, and keep the lifter clear of anything in front of them.";

/** Finds the person and the side nearer the camera; refuses recordings the analysis cannot trust. */
export function checkView(
  sides: Record<Side, SideTracks>,
  minScore: number,
  size: FrameSize,
  /** Why the hip was hidden (a weight plate), when the pixels showed it: the refusal then says so. */
  hipHidden?: string | null,
): View {
  const n = sides.left.hip.x.length;
  let personFrames = 0;
  for (let i = 0; i < n; i++) {
    if (hipChainSeen(sides.left, i, minScore) || hipChainSeen(sides.right, i, minScore)) personFrames++;
  }
  if (n === 0 || personFrames < Math.max(3, MIN_PERSON_FRACTION * n)) {
    const cut = partlyInFrame(sides, minScore, size);
    const together = `a shoulder, hip and knee together in only ${personFrames}`;
    throw new InputError(
      cut === null
        ? `no person found: a shoulder, hip and knee were seen with confidence in only ${personFrames} of ${n} frames. ${HOW_TO_FILM}`
        : cut.outside
          ? `the person is cut out of the picture: a body was seen in ${cut.frames} of ${n} frames, but ${PART_NAMES[cut.part]} were outside the frame in ${cut.missing} of them (${together}), so the hip angle cannot be measured. ${STEP_BACK} ${HOW_TO_FILM}`
          : `the picture is not clear enough: a body was seen in ${cut.frames} of ${n} frames, but ${PART_NAMES[cut.part]} could not be made out in ${cut.missing} of them though they are in the picture (${together}): too dark, grainy or blurred, or hidden behind something. ${CLEARER} ${HOW_TO_FILM}`,
    );
  }
  const side = chooseSide(sides, minScore);
  const clear = clearFraction(sides[side], minScore, bodyFrames(sides, minScore));
  if (clear < MIN_CLEAR_FRACTION) {
    const why = hipHidden
      ? `${hipHidden}, so the model could not place it. Count the reps and check the lockout by eye, and enter them with the set.`
      : `too dark, grainy or blurred, or the lifter too small in the picture. ${CLEARER}`;
    throw new InputError(
      `the picture is not clear enough: the shoulder, hip and knee were made out with confidence in only ${Math.round(100 * clear)}% of the frames with a person (a clear side view gives over 90%), so the reps and angles would be the model's guesses: ${why} ${HOW_TO_FILM}`,
    );
  }
  const ratio = lateralRatio(sides, side, minScore);
  if (ratio !== null && ratio > MAX_LATERAL_RATIO) {
    throw new InputError(
      `the camera is not at the side: the left and right shoulders and hips are far apart (${ratio.toFixed(2)} of the torso and thigh length, side on is below ${MAX_LATERAL_RATIO}), as when filmed from the front or at an angle. ${HOW_TO_FILM}`,
    );
  }
  const tracks = sides[side];
  return {
    side,
    facing: facingOf(tracks, minScore),
    meanScore: meanScore(tracks),
    missingFraction: missingFraction(tracks, minScore),
  };
}
