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
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  return issue.message;
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path), problem: problemOf(issue) }));
}

/** Validates `data`; on failure throws an InputError naming the source, each field and its problem. */
export function parseAs<T>(schema: z.ZodType<T>, data: unknown, source: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const lines = issues.map((i) => `${source}: ${i.field || "(document)"}: ${i.problem}`);
  throw new InputError(lines.join("\n"), issues);
}
