import type { z } from "zod";
import { InputError, type Issue } from "./errors.js";

/** `["sessions", 2, "date"]` → `sessions[2].date`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function problemOf(issue: z.core.$ZodIssue): string {
  const missing =
    (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined;
  if (missing) return "is required";
  return issue.message;
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path), problem: problemOf(issue) }));
}

/** Validates `data`; on failure throws an InputError naming the source, each field and its problem. */
export function parseAs<T>(schema: z.ZodType<T>, data: unknown, source: string): T {
  // reportInput lets a missing field ("is required") be told from a wrong value.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const lines = issues.map((i) => `${source}: ${i.field || "(document)"}: ${i.problem}`);
  throw new InputError(lines.join("\n"), issues);
}
