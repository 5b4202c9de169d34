import { z } from "zod";
import { parseDate } from "../core/dates.js";
import { isKnownExerciseId } from "../core/knowledge/ids.js";
import { notesText, shortText } from "./text.js";

/** Most sets of one exercise in one session, and most exercises in one session. */
export const MAX_SETS_PER_EXERCISE = 200;
export const MAX_EXERCISES_PER_SESSION = 50;

const score = (what: string) =>
  z.number().min(0, `${what} must be from 0 to 10`).max(10, `${what} must be from 0 to 10`);

export const dateSchema = z
  .string()
  .max(64, "is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)")
  .refine((text) => parseDate(text) !== null, "is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)");

export const readinessSchema = z.object({
  soreness: score("soreness").optional(),
  fatigue: score("fatigue").optional(),
  sleepHours: z.number().min(0).max(24, "sleepHours must be from 0 to 24").optional(),
  cleared: z.boolean().optional(),
});

export const setSchema = z.object({
  load: z.number().min(0, "load must not be negative").max(2000, "load must be at most 2000"),
  reps: z.number().int("reps must be a whole number").min(0, "reps must not be negative").max(100),
  rpe: z.number().min(1, "rpe must be from 1 to 10").max(10, "rpe must be from 1 to 10").optional(),
  fullLockout: z.boolean().optional(),
  controlled: z.boolean().optional(),
  pain: score("pain").optional(),
  warmup: z.boolean().optional(),
  setType: z.enum(["normal", "failure", "drop"]).optional(),
  band: shortText.optional(),
});

export const exerciseEntrySchema = z.object({
  exercise: z.string().refine(isKnownExerciseId, {
    // An exercise outside the library is logged under its own name with the other: prefix.
    error: (issue) =>
      `"${String(issue.input)}" is not a known exercise id (see \`hipthrust exercises\`); ` +
      `to log it under its own name, write "other:${String(issue.input)}"`,
  }),
  sets: z
    .array(setSchema)
    .max(MAX_SETS_PER_EXERCISE, `at most ${MAX_SETS_PER_EXERCISE} sets of one exercise`),
  notes: notesText.optional(),
});

export const sessionSchema = z.object({
  date: dateSchema,
  readiness: readinessSchema.optional(),
  exercises: z
    .array(exerciseEntrySchema)
    .max(MAX_EXERCISES_PER_SESSION, `at most ${MAX_EXERCISES_PER_SESSION} exercises in one session`)
    .optional(),
  notes: notesText.optional(),
});

export const logSchema = z.object({ sessions: z.array(sessionSchema) });
