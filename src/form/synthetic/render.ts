import type { KeypointFormat, KeypointsFile } from "../../contract/keypoints.js";
import type { Side } from "../keypoints.js";
import type { Body, Pose } from "./body.js";
import { poseAt } from "./body.js";
import type { Rng } from "./prng.js";
import type { MotionPlan } from "./scenario.js";

export type ViewKind = "side" | "front" | "empty";

/** How the set is filmed and how a pose model sees it; anything left out is drawn at random. */
export interface CameraOptions {
  fps?: number;
  size?: readonly [number, number];
  /** Where the feet point in the image. */
  facing?: "left" | "right";
  rollDegrees?: number;
  /** Turn of the camera away from square to the bench. */
  yawDegrees?: number;
  view?: ViewKind;
  format?: KeypointFormat;
  /** Multiplies the keypoint jitter; 0 for a perfect pose model. */
  noise?: number;
  dropouts?: boolean;
}

export interface Rendered {
  file: KeypointsFile;
  /** The side nearer the camera. */
  side: Side;
  facing: "left" | "right";
}

type V3 = [number, number, number];

const NAMES = [
  "nose",
  "eyeInnerL",
  "eyeL",
  "eyeOuterL",
  "eyeInnerR",
  "eyeR",
  "eyeOuterR",
  "earL",
  "earR",
  "mouthL",
  "mouthR",
  "shoulderL",
  "shoulderR",
  "elbowL",
  "elbowR",
  "wristL",
  "wristR",
  "pinkyL",
  "pinkyR",
  "indexL",
  "indexR",
  "thumbL",
  "thumbR",
  "hipL",
  "hipR",
  "kneeL",
  "kneeR",
  "ankleL",
  "ankleR",
  "heelL",
  "heelR",
  "toeL",
  "toeR",
] as const;
type Name = (typeof NAMES)[number];

/** Keypoint order of each format, by our names. */
const ORDER: Record<KeypointFormat, readonly Name[]> = {
  coco17: [
    "nose",
    "eyeL",
    "eyeR",
    "earL",
    "earR",
    "shoulderL",
    "shoulderR",
    "elbowL",
    "elbowR",
    "wristL",
    "wristR",
    "hipL",
    "hipR",
    "kneeL",
    "kneeR",
    "ankleL",
    "ankleR",
  ],
  blazepose33: NAMES,
};

const FPS_CHOICES = [24, 25, 29.97, 30, 48, 50, 59.94, 60];
const SIZE_CHOICES: [number, number][] = [
  [1920, 1080],
  [1280, 720],
  [720, 1280],
  [1080, 1920],
  [640, 480],
  [480, 640],
  [3840, 2160],
  [368, 640],
];

/**
 * Every keypoint in 3D (x towards the feet, y up, z to the lifter's right while lying face up).
 * Only shoulders, hips, knees and ankles matter to the analysis; the rest makes the file realistic.
 */
function skeleton(pose: Pose, body: Body): Record<Name, V3> {
  const { shoulder: s, hip: h, ankle: a } = pose;
  const len = Math.hypot(h.x - s.x, h.y - s.y) || 1;
  const ux = (h.x - s.x) / len;
  const uy = (h.y - s.y) / len;
  // Towards the belly: the torso direction turned a quarter left.
  const nx = -uy;
  const ny = ux;
  const H = body.height;
  const head = { x: s.x - ux * 0.11 * H + nx * 0.04 * H, y: s.y - uy * 0.11 * H + ny * 0.04 * H };
  const at = (x: number, y: number, z: number): V3 => [x, y, z];
  const face = (n: number, u: number, z: number): V3 =>
    at(head.x + nx * n * H + ux * u * H, head.y + ny * n * H + uy * u * H, z);
  const sw = body.shoulderWidth / 2;
  const hw = body.hipWidth / 2;
  const wrist = { x: h.x + nx * 0.12, y: h.y + ny * 0.12 };
  const elbow = { x: (s.x + wrist.x) / 2 + nx * 0.08, y: (s.y + wrist.y) / 2 + ny * 0.08 };
  const both = (name: string, x: number, y: number, z: number) => ({
    [`${name}L`]: at(x, y, -z),
    [`${name}R`]: at(x, y, z),
  });
  return {
    nose: face(0.055, 0.01, 0),
    ...both("eyeInner", head.x + nx * 0.045 * H, head.y + ny * 0.045 * H, 0.015),
    ...both("eye", head.x + nx * 0.045 * H, head.y + ny * 0.045 * H, 0.032),
    ...both("eyeOuter", head.x + nx * 0.043 * H, head.y + ny * 0.043 * H, 0.045),
    ...both("ear", head.x, head.y, 0.075),
    ...both("mouth", head.x + nx * 0.045 * H + ux * 0.03 * H, head.y + ny * 0.045 * H + uy * 0.03 * H, 0.025),
    ...both("shoulder", s.x, s.y, sw),
    ...both("elbow", elbow.x, elbow.y, sw + 0.08),
    ...both("wrist", wrist.x, wrist.y, sw + 0.1),
    ...both("pinky", wrist.x + nx * 0.06, wrist.y + ny * 0.06, sw + 0.12),
    ...both("index", wrist.x + nx * 0.07, wrist.y + ny * 0.07, sw + 0.1),
    ...both("thumb", wrist.x + nx * 0.05, wrist.y + ny * 0.05, sw + 0.08),
    ...both("hip", h.x, h.y, hw),
    ...both("knee", pose.knee.x, pose.knee.y, hw + 0.01),
    ...both("ankle", a.x, a.y, hw + 0.02),
    ...both("heel", a.x - 0.05, a.y - 0.04, hw + 0.02),
    ...both("toe", a.x + 0.15, a.y - 0.05, hw + 0.05),
  } as Record<Name, V3>;
}

interface Camera {
  position: V3;
  right: V3;
  up: V3;
  forward: V3;
}

const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

function lookAt(target: V3, yaw: number, pitch: number, distance: number): Camera {
  const dir: V3 = [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), Math.cos(yaw) * Math.cos(pitch)];
  const position: V3 = [
    target[0] + distance * dir[0],
    target[1] + distance * dir[1],
    target[2] + distance * dir[2],
  ];
  const forward: V3 = [-dir[0], -dir[1], -dir[2]];
  const r: V3 = [-forward[2], 0, forward[0]];
  const rl = Math.hypot(r[0], r[2]);
  const right: V3 = [r[0] / rl, 0, r[2] / rl];
  const up: V3 = [
    right[1] * forward[2] - right[2] * forward[1],
    right[2] * forward[0] - right[0] * forward[2],
    right[0] * forward[1] - right[1] * forward[0],
  ];
  return { position, right, up, forward };
}

/** Pinhole projection onto the image plane at unit focal length. */
function project(camera: Camera, p: V3): [number, number] {
  const d: V3 = [p[0] - camera.position[0], p[1] - camera.position[1], p[2] - camera.position[2]];
  const z = dot(d, camera.forward);
  return [dot(d, camera.right) / z, -dot(d, camera.up) / z];
}

/** Random intervals (seconds) when a joint is lost, as in occlusion or motion blur. */
function dropoutIntervals(rng: Rng, duration: number, perSecond: number): [number, number][] {
  const out: [number, number][] = [];
  if (perSecond <= 0) return out;
  let t = -Math.log(1 - rng.next()) / perSecond;
  while (t < duration) {
    out.push([t, t + rng.uniform(0.05, 0.45)]);
    t += -Math.log(1 - rng.next()) / perSecond;
  }
  return out;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export function render(plan: MotionPlan, rng: Rng, options: CameraOptions): Rendered {
  const fps = options.fps ?? rng.pick(FPS_CHOICES);
  const [width, height] = options.size ?? rng.pick(SIZE_CHOICES);
  const format = options.format ?? (rng.chance(0.3) ? "blazepose33" : "coco17");
  const view = options.view ?? "side";
  const facing = options.facing ?? (rng.chance(0.5) ? "right" : "left");
  const yawOff = ((options.yawDegrees ?? rng.uniform(-20, 20)) * Math.PI) / 180;
  // Camera at +z sees the lifter's right side with the feet to the image's right.
  const yaw =
    view === "front"
      ? (rng.chance(0.5) ? 1 : -1) * (Math.PI / 2) + yawOff
      : (facing === "right" ? 0 : Math.PI) + yawOff;
  const pitch = (rng.uniform(-5, 15) * Math.PI) / 180;
  const roll = ((options.rollDegrees ?? rng.uniform(-6, 6)) * Math.PI) / 180;
  const { rig, motion } = plan;
  const body = rig.body;
  const target: V3 = [rig.ankle.x * 0.45, 0.35, 0];
  const camera = lookAt(target, yaw, pitch, rng.uniform(2.5, 5));

  // Fit the body into the frame at a random size and place.
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (let k = 0; k <= 40; k++) {
    const pts = skeleton(poseAt(rig, motion.sample((k / 40) * motion.time)), body);
    for (const name of ORDER[format]) {
      const [u, v] = project(camera, pts[name]);
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
    }
  }
  const fill = rng.uniform(0.5, 0.85);
  const focal = fill * Math.min(width / (maxU - minU), height / (maxV - minV));
  const cu =
    width / 2 + rng.uniform(-0.5, 0.5) * (width - focal * (maxU - minU)) - (focal * (maxU + minU)) / 2;
  const cv =
    height / 2 + rng.uniform(-0.5, 0.5) * (height - focal * (maxV - minV)) - (focal * (maxV + minV)) / 2;
  const cos = Math.cos(roll);
  const sin = Math.sin(roll);
  const toPixels = (p: [number, number]): [number, number] => {
    const u = cu + focal * p[0] - width / 2;
    const v = cv + focal * p[1] - height / 2;
    return [width / 2 + cos * u - sin * v, height / 2 + sin * u + cos * v];
  };

  const nearSide: Side = camera.position[2] >= 0 ? "right" : "left";
  const bodyPixels =
    (focal * body.height) /
    dot(
      [target[0] - camera.position[0], target[1] - camera.position[1], target[2] - camera.position[2]],
      camera.forward,
    );
  const noiseScale = options.noise ?? 1;
  const white = rng.uniform(0.002, 0.01) * bodyPixels * noiseScale;
  const drift = rng.uniform(0, 0.006) * bodyPixels * noiseScale;
  const driftTau = rng.uniform(0.15, 0.5);
  const nearScore = rng.uniform(0.55, 0.95);
  const farScore =
    view === "front" ? nearScore - rng.uniform(0, 0.1) : Math.max(0.1, nearScore - rng.uniform(-0.03, 0.45));
  const headScore = rng.uniform(0.4, 0.9);
  const withDropouts = options.dropouts ?? true;
  const outlierRate = withDropouts ? rng.uniform(0, 0.002) : 0;
  const dropRate = withDropouts ? rng.uniform(0, 0.12) : 0;
  const torsoPixels = (bodyPixels * body.torso) / body.height;

  const order = ORDER[format];
  const duration = motion.time;
  const lost = order.map(() => dropoutIntervals(rng, duration, dropRate));
  if (withDropouts && rng.chance(0.3) && plan.setUpSeconds > 1.5) {
    // A long loss during the set-up (loading the bar, a passer-by) on the near side.
    const t0 = rng.uniform(0, plan.setUpSeconds - 1.5);
    const span: [number, number] = [t0, t0 + rng.uniform(0.6, 1.5)];
    order.forEach((name, k) => {
      if (name.endsWith(nearSide === "left" ? "L" : "R")) lost[k]?.push(span);
    });
  }
  const baseScore = order.map((name) => {
    if (!name.endsWith("L") && !name.endsWith("R")) return headScore;
    const isNear = name.endsWith(nearSide === "left" ? "L" : "R");
    return isNear ? nearScore : farScore;
  });

  const n = Math.max(1, Math.floor(duration * fps));
  const state = order.map(() => [0, 0]);
  const rho = Math.exp(-1 / fps / driftTau);
  const frames: KeypointsFile["frames"] = [];
  for (let i = 0; i < n; i++) {
    const t = i / fps;
    const pts = skeleton(poseAt(rig, motion.sample(t)), body);
    const keypoints: [number, number, number][] = order.map((name, k) => {
      if (view === "empty")
        return [
          round(rng.uniform(0, width), 1),
          round(rng.uniform(0, height), 1),
          round(rng.uniform(0, 0.15), 3),
        ];
      const s = state[k] as number[];
      s[0] = rho * (s[0] as number) + Math.sqrt(1 - rho * rho) * drift * rng.normal();
      s[1] = rho * (s[1] as number) + Math.sqrt(1 - rho * rho) * drift * rng.normal();
      let [x, y] = toPixels(project(camera, pts[name]));
      x += (s[0] as number) + white * rng.normal();
      y += (s[1] as number) + white * rng.normal();
      let score = (baseScore[k] as number) + 0.05 * rng.normal();
      if (lost[k]?.some(([a, b]) => t >= a && t < b)) {
        score = rng.uniform(0.02, 0.25);
        x += 0.15 * bodyPixels * rng.normal();
        y += 0.15 * bodyPixels * rng.normal();
      } else if (rng.chance(outlierRate)) {
        const angle = rng.uniform(0, 2 * Math.PI);
        const jump = rng.uniform(0.3, 0.8) * torsoPixels;
        x += jump * Math.cos(angle);
        y += jump * Math.sin(angle);
      }
      return [round(x, 1), round(y, 1), round(Math.min(0.99, Math.max(0.01, score)), 3)];
    });
    frames.push({ t: round(t, 4), keypoints });
  }
  return { file: { fps, width, height, format, frames }, side: nearSide, facing };
}
