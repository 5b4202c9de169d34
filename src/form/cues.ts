import type { Cue, FaultCode } from "../contract/analysis.js";

/**
 * One cue per fault: the mistake (SPEC, T), what it costs, and the fix, with the seeds behind it.
 * Written in our own words from the seed articles.
 */
export const CUES: Record<FaultCode, Cue> = {
  "incomplete-lockout": {
    fault: "incomplete-lockout",
    mistake: "Stopping short at the top: the hips never line up with the shoulders and knees.",
    why: "The glutes do their hardest work in the last part of the lift, and a shortened top is the first thing to go when the load is too heavy.",
    fix: "Drive through your heels until shoulders, hips and knees form one straight line. If you cannot reach it, take weight off until you can.",
    sources: ["001", "003", "004"],
  },
  hyperextension: {
    fault: "hyperextension",
    mistake: "Pushing the hips past the straight line by arching the lower back.",
    why: "The extra height comes from the lumbar spine, not the hips, which moves the strain from the glutes to the lower back.",
    fix: "Brace your stomach and keep your chin tucked; stop rising when your body is straight from shoulders to knees.",
    sources: ["001", "003"],
  },
  "feet-too-far": {
    fault: "feet-too-far",
    mistake: "Feet set too far out from the bench: the shins slope away at the top.",
    why: "With the feet far forward the hamstrings take over the work meant for the glutes.",
    fix: "Walk your feet in until your shins are upright when your hips are at the top.",
    sources: ["001", "003"],
  },
  "feet-too-close": {
    fault: "feet-too-close",
    mistake: "Feet set too close to the bench: the shins slope back at the top.",
    why: "With the feet tucked in the quadriceps take over the work meant for the glutes.",
    fix: "Move your feet out until your shins are upright when your hips are at the top.",
    sources: ["001", "003"],
  },
  "no-top-hold": {
    fault: "no-top-hold",
    mistake: "No squeeze at the top: the hips turn round as soon as they arrive.",
    why: "The peak contraction is what the lift is for; skipping it leaves glute work on the table.",
    fix: "Hold the top for a moment and squeeze your glutes hard before you start down.",
    sources: ["001", "003"],
  },
  "fast-eccentric": {
    fault: "fast-eccentric",
    mistake: "Dropping the hips instead of lowering them.",
    why: "A controlled descent keeps tension on the glutes; losing control is one of the signs that the load should not go up yet.",
    fix: "Lower your hips slowly, taking at least a second on the way down.",
    sources: ["003", "004"],
  },
  bounce: {
    fault: "bounce",
    mistake: "Bouncing out of the bottom.",
    why: "A rebound lets momentum do part of the lift, so the set no longer shows what your glutes can do.",
    fix: "Lower under control, settle at the bottom for a moment, then drive up again.",
    sources: ["004"],
  },
  "inconsistent-range": {
    fault: "inconsistent-range",
    mistake: "The top or the depth changes from rep to rep.",
    why: "A set is only comparable from week to week when every rep covers the same range from the same set-up.",
    fix: "Keep the same bench height and foot position, go to the same depth and finish at the same straight line on every rep.",
    sources: ["004"],
  },
};

/** The cues for the faults found, each once, in CONTRACT's order. */
export function cuesFor(found: ReadonlySet<FaultCode>): Cue[] {
  return (Object.keys(CUES) as FaultCode[]).filter((code) => found.has(code)).map((code) => CUES[code]);
}
