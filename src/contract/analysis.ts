import { z } from "zod";

/** Per-rep fault codes of CONTRACT ("Output of analyze --json"). */
export const REP_FAULT_CODES = [
  "incomplete-lockout",
  "hyperextension",
  "feet-too-far",
  "feet-too-close",
  "no-top-hold",
  "fast-eccentric",
  "bounce",
] as const;
export const SET_FAULT_CODES = ["inconsistent-range"] as const;

export const repFaultSchema = z.enum(REP_FAULT_CODES);
export const setFaultSchema = z.enum(SET_FAULT_CODES);

const seconds = z.number().min(0);
const degrees = z.number().min(0).max(360);

export const repSchema = z.object({
  index: z.number().int().min(1),
  start: seconds,
  top: seconds,
  end: seconds,
  concentricSeconds: seconds,
  topHoldSeconds: seconds,
  eccentricSeconds: seconds,
  /** Time the hips stay at the bottom before moving up again (or until the recording ends). */
  bottomPauseSeconds: seconds,
  hipAngleTop: degrees,
  hipAngleBottom: degrees,
  kneeAngleTop: degrees,
  /** hipAngleTop − hipAngleBottom. */
  rangeOfMotion: z.number(),
  faults: z.array(repFaultSchema),
});

/** A rise from the bottom that reached less than half the set's typical range: not counted as a rep. */
export const partialSchema = z.object({
  start: seconds,
  top: seconds,
  end: seconds,
  hipAngleTop: degrees,
  fractionOfRange: z.number().min(0).max(1),
});

export const cueSchema = z.object({
  fault: z.union([repFaultSchema, setFaultSchema]),
  /** The mistake of SPEC T, in plain words. */
  mistake: z.string().min(1),
  /** What it costs the lifter. */
  why: z.string().min(1),
  /** The cue that fixes it. */
  fix: z.string().min(1),
  /** Seed numbers (000–004) behind the cue. */
  sources: z.array(z.string().regex(/^00[0-4]$/)).min(1),
});

export const analysisSchema = z.object({
  repCount: z.number().int().min(0),
  side: z.enum(["left", "right"]),
  /** Where the feet point in the image. */
  facing: z.enum(["left", "right"]),
  reps: z.array(repSchema),
  partials: z.array(partialSchema),
  setFaults: z.array(setFaultSchema),
  /** Checks this recording could not support (foot placement on a frog pump, say): none of their faults is raised. */
  notJudged: z.array(z.object({ check: z.string(), why: z.string() })).default([]),
  cues: z.array(cueSchema),
  quality: z.object({
    view: z.literal("side"),
    meanScore: z.number().min(0).max(1),
    missingFraction: z.number().min(0).max(1),
  }),
  /** For a video: the recording and how it was analysed. */
  source: z
    .object({
      file: z.string(),
      durationSeconds: z.number().min(0),
      fps: z.number().positive(),
      width: z.number().positive(),
      height: z.number().positive(),
      rateAnalysed: z.number().positive(),
      model: z.string(),
    })
    .optional(),
});

export type RepFaultCode = z.infer<typeof repFaultSchema>;
export type SetFaultCode = z.infer<typeof setFaultSchema>;
export type FaultCode = RepFaultCode | SetFaultCode;
export type RepAnalysis = z.infer<typeof repSchema>;
export type PartialRep = z.infer<typeof partialSchema>;
export type Cue = z.infer<typeof cueSchema>;
export type Analysis = z.infer<typeof analysisSchema>;
