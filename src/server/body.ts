import type { FastifyInstance } from "fastify";
import { InputError } from "../contract/errors.js";
import { fieldPath } from "../contract/format.js";

/** Deeper JSON than this is no document of ours (the deepest, a next request, is about 8). */
export const MAX_DEPTH = 32;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The path of the first string (or key) holding U+0000, or of the first value nested too deep. */
function findBad(value: unknown, path: (string | number)[]): { path: string; problem: string } | null {
  if (path.length > MAX_DEPTH)
    return { path: fieldPath(path), problem: `nests deeper than ${MAX_DEPTH} levels` };
  if (typeof value === "string") {
    return value.includes("\u0000")
      ? { path: fieldPath(path), problem: "must not contain the NUL character" }
      : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBad(value[i], [...path, i]);
      if (bad) return bad;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000"))
        return { path: fieldPath(path), problem: "has a key with the NUL character" };
      // As Fastify's own parser: a key that could reach an object's prototype when merged.
      if (key === "__proto__") return { path: fieldPath(path), problem: "has the key __proto__" };
      const bad = findBad(item, [...path, key]);
      if (bad) return bad;
    }
  }
  return null;
}

/**
 * JSON bodies are read strictly: invalid UTF-8 is a 400 (not stored as replacement characters),
 * and so are the NUL character (PostgreSQL cannot store it; SQLite would, so both refuse it
 * alike) and nesting deeper than any document of ours.
 */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, raw, done) => {
    const buffer = raw as Buffer;
    let text: string;
    try {
      text = utf8.decode(buffer);
    } catch {
      done(
        new InputError("the body is not valid UTF-8", [{ field: "", problem: "is not valid UTF-8" }]),
        undefined,
      );
      return;
    }
    if (text.trim() === "") {
      done(
        new InputError("the body is empty", [{ field: "", problem: "is empty; send a JSON document" }]),
        undefined,
      );
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const problem = `is not valid JSON: ${(error as Error).message}`;
      done(new InputError(`the body ${problem}`, [{ field: "", problem }]), undefined);
      return;
    }
    const bad = findBad(value, []);
    if (bad) {
      done(
        new InputError(`${bad.path || "the body"} ${bad.problem}`, [
          { field: bad.path, problem: bad.problem },
        ]),
        undefined,
      );
      return;
    }
    done(null, value);
  });
}
