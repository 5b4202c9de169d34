import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { parseAs } from "../contract/format.js";
import { InputError } from "./errors.js";

/** The file's text; `-` reads standard input (the only case that waits for it). */
export function readText(path: string, cwd: string): string {
  try {
    return readFileSync(path === "-" ? 0 : resolve(cwd, path), "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "no such file"
        : (error as NodeJS.ErrnoException).code === "EISDIR"
          ? "it is a directory"
          : (error as Error).message;
    throw new InputError(`${path}: cannot read the file (${reason})`);
  }
}

export function readJson(path: string, cwd: string): unknown {
  const text = readText(path, cwd);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads a JSON file and validates it; errors name the file, the field and the problem. */
export function readJsonAs<T>(schema: z.ZodType<T>, path: string, cwd: string): T {
  return parseAs(schema, readJson(path, cwd), path);
}
