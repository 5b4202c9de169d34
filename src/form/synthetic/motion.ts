import type { PoseState } from "./body.js";

/** Progress curve of one movement, 0 → 1. */
export type Ease = (t: number) => number;

const cosine: Ease = (t) => (1 - Math.cos(Math.PI * t)) / 2;
const minimumJerk: Ease = (t) => t * t * t * (10 - 15 * t + 6 * t * t);

/**
 * Human-like point-to-point movement: a blend of the cosine and minimum-jerk profiles (both start and
 * stop at rest), skewed so the fastest moment comes early or late.
 */
export function smoothEase(blend: number, skew: number): Ease {
  return (t) => {
    const u = t ** skew;
    return (1 - blend) * cosine(u) + blend * minimumJerk(u);
  };
}

/**
 * A movement that leaves or arrives still moving: half of it is a profile that starts or ends at
 * speed, so the hips turn round without stopping (a rebound off the bottom, or no squeeze at the top).
 */
export function reboundEase(leavesMoving: boolean, arrivesMoving: boolean): Ease {
  const rush: Ease =
    leavesMoving && arrivesMoving
      ? (t) => t
      : leavesMoving
        ? (t) => Math.sin((Math.PI * t) / 2)
        : arrivesMoving
          ? (t) => 1 - Math.cos((Math.PI * t) / 2)
          : minimumJerk;
  return (t) => 0.5 * minimumJerk(t) + 0.5 * rush(t);
}

interface Segment {
  t0: number;
  t1: number;
  from: PoseState;
  to: PoseState;
  ease: Ease;
  /** Height (m) the hips drift up and back during a hold: a squeeze is never perfectly still. */
  sway: number;
}

/** Builds a movement as a sequence of timed segments, then samples it at any time. */
export class Motion {
  private readonly segments: Segment[] = [];
  private clock = 0;

  constructor(private state: PoseState) {}

  get time(): number {
    return this.clock;
  }

  get current(): PoseState {
    return this.state;
  }

  move(to: Partial<PoseState>, seconds: number, ease: Ease): this {
    const next = { ...this.state, ...to };
    this.push(next, seconds, ease, 0);
    return this;
  }

  hold(seconds: number, sway = 0): this {
    this.push(this.state, seconds, cosine, sway);
    return this;
  }

  private push(to: PoseState, seconds: number, ease: Ease, sway: number): void {
    if (seconds <= 0) {
      this.state = to;
      return;
    }
    this.segments.push({ t0: this.clock, t1: this.clock + seconds, from: this.state, to, ease, sway });
    this.clock += seconds;
    this.state = to;
  }

  sample(t: number): PoseState {
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segments[mid] as Segment).t0 <= t) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo];
    if (!seg) return this.state;
    const tau = Math.min(1, Math.max(0, (t - seg.t0) / (seg.t1 - seg.t0)));
    const w = seg.ease(tau);
    const lerp = (a: number, b: number) => a + (b - a) * w;
    return {
      hipY: lerp(seg.from.hipY, seg.to.hipY) + seg.sway * Math.sin(Math.PI * tau),
      raise: lerp(seg.from.raise, seg.to.raise),
      feet: lerp(seg.from.feet, seg.to.feet),
      stand: lerp(seg.from.stand, seg.to.stand),
    };
  }
}
