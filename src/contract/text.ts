import { z } from "zod";

// Bounds on free text and lists, so no single request or file carries unbounded work or storage.

/** Longest note on a session or an exercise, in characters. */
export const MAX_NOTES = 4000;
/** Longest short label (an equipment item, a constraint, a band). */
export const MAX_LABEL = 100;
/** Most items in a list of labels. */
export const MAX_LABELS = 50;

// PostgreSQL cannot store U+0000 in text, and no person types it: refused on both stores alike.
const noNul = (text: string) => !text.includes("\u0000");
const NUL_PROBLEM = "must not contain the NUL character";

/** A short label: 1–100 characters. */
export const shortText = z
  .string()
  .min(1)
  .max(MAX_LABEL, `must be at most ${MAX_LABEL} characters`)
  .refine(noNul, NUL_PROBLEM);

/** A note: at most MAX_NOTES characters. */
export const notesText = z
  .string()
  .max(MAX_NOTES, `must be at most ${MAX_NOTES} characters`)
  .refine(noNul, NUL_PROBLEM);

export function boundedList<T extends z.ZodType>(item: T, max = MAX_LABELS) {
  return z.array(item).max(max, `must have at most ${max} items`);
}
