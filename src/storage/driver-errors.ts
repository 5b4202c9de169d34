import { InputError } from "../contract/errors.js";
import { BusyError, ConflictError, NotFoundError } from "./errors.js";

/**
 * What a database error from a race or a lock means to the client. Two requests can pass their
 * checks together and then clash in the store: a row deleted meanwhile is a 404, a name taken
 * meanwhile or a transaction the database aborted is a 409, a store locked too long is a 503.
 * Undefined for anything else (a real fault: 500).
 */
export function storeErrorOf(error: unknown): Error | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return undefined;
  switch (code) {
    // PostgreSQL (SQLSTATE)
    case "23503":
    case "SQLITE_CONSTRAINT_FOREIGNKEY":
      return new NotFoundError("", "what this request refers to was deleted meanwhile");
    case "23505":
    case "SQLITE_CONSTRAINT_UNIQUE":
    case "SQLITE_CONSTRAINT_PRIMARYKEY":
      return new ConflictError("", "a concurrent request stored the same thing first; reload and retry");
    case "40001":
    case "40P01":
      return new ConflictError("", "a concurrent change got in the way; retry");
    case "55P03":
    case "57014":
    case "53300":
      return new BusyError(0, error);
    case "22021":
    case "22P05":
      return new InputError("text the store cannot hold", [
        { field: "", problem: "has characters the store cannot hold" },
      ]);
    case "22003":
      return new InputError("a number out of range", [{ field: "", problem: "has a number out of range" }]);
    default:
      return code.startsWith("SQLITE_BUSY") ? new BusyError(0, error) : undefined;
  }
}
