/** Fault triggers; the defaults are CONTRACT's ("Output of analyze --json"). */
export interface FaultThresholds {
  /** incomplete-lockout below this hipAngleTop (degrees). */
  lockoutMinDegrees: number;
  /** hyperextension above this hipAngleTop (degrees). */
  hyperextensionMaxDegrees: number;
  /** feet-too-far above this kneeAngleTop (degrees). */
  kneeTopMaxDegrees: number;
  /** feet-too-close below this kneeAngleTop (degrees). */
  kneeTopMinDegrees: number;
  /** no-top-hold below this topHoldSeconds. */
  topHoldMinSeconds: number;
  /** fast-eccentric below this eccentricSeconds. */
  eccentricMinSeconds: number;
  /** bounce: eccentricSeconds below this … */
  bounceEccentricMaxSeconds: number;
  /** … and a bottom pause shorter than this (ours: CONTRACT says "no pause"). */
  bouncePauseMaxSeconds: number;
  /** inconsistent-range: standard deviation of hipAngleTop above this (degrees) … */
  topSpreadMaxDegrees: number;
  /** … or of the range of motion above this fraction of its mean. */
  rangeSpreadMaxFraction: number;
}

export const DEFAULT_THRESHOLDS: FaultThresholds = {
  lockoutMinDegrees: 165,
  hyperextensionMaxDegrees: 195,
  kneeTopMaxDegrees: 110,
  kneeTopMinDegrees: 70,
  topHoldMinSeconds: 0.2,
  eccentricMinSeconds: 1.0,
  bounceEccentricMaxSeconds: 0.7,
  bouncePauseMaxSeconds: 0.2,
  topSpreadMaxDegrees: 6,
  rangeSpreadMaxFraction: 0.15,
};

/** How keypoints become signals. Every duration is in seconds so results do not depend on fps. */
export interface SignalOptions {
  /** Keypoints scored below this are treated as unseen. */
  minScore: number;
  /** Unseen stretches up to this long are bridged by interpolation; longer ones stay gaps. */
  maxGapSeconds: number;
  /** One Euro filter: cutoff when the joint is still (Hz). */
  minCutoffHz: number;
  /** One Euro filter: how fast the cutoff rises with angular speed (Hz per degree/second). */
  beta: number;
  /** One Euro filter: cutoff of its speed estimate (Hz). */
  derivativeCutoffHz: number;
}

export const DEFAULT_SIGNAL: SignalOptions = {
  minScore: 0.3,
  maxGapSeconds: 0.5,
  minCutoffHz: 1.2,
  beta: 0.02,
  derivativeCutoffHz: 1,
};

/** How movement becomes reps. */
export interface RepOptions {
  /** A rise below this fraction of the set's typical range is a partial, not a rep (CONTRACT: half). */
  partialFraction: number;
  /** Rises below this fraction of the typical range are fidgeting, not even partials (ours). */
  minPartialFraction: number;
  /** Below this typical range (degrees) there is no exercise to count (ours). */
  minRangeDegrees: number;
}

export const DEFAULT_REPS: RepOptions = {
  partialFraction: 0.5,
  minPartialFraction: 0.25,
  minRangeDegrees: 20,
};

export interface AnalyzeOptions {
  thresholds?: Partial<FaultThresholds>;
  signal?: Partial<SignalOptions>;
  reps?: Partial<RepOptions>;
  /**
   * Why the hip could not be seen at the tops (a weight plate in front of it), when the caller's
   * eyes found that: the hip angle is then the model's guess, and lockout is not judged.
   */
  hipHidden?: string | null;
}

export interface ResolvedOptions {
  thresholds: FaultThresholds;
  signal: SignalOptions;
  reps: RepOptions;
}

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  return {
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    signal: { ...DEFAULT_SIGNAL, ...options.signal },
    reps: { ...DEFAULT_REPS, ...options.reps },
  };
}
