// hipthrust's own JSON: a log file, as `export --format json` writes it, optionally with the
// athlete's `profile` beside `sessions`; its unit is the one the loads are in.

import { z } from "zod";
import { InputError } from "../contract/errors.js";
import { parseAs } from "../contract/format.js";
import { logSchema } from "../contract/log.js";
import { profileSchema } from "../contract/profile.js";
import type { Session, Unit } from "../core/types.js";
import { withHipthrustKeys } from "./hipthrust-keys.js";
import type { ImportOptions, ImportResult } from "./types.js";
import { convertLoad } from "./units.js";

// `unit` is what `export --format json` writes beside the sessions when there is no profile.
const fileSchema = logSchema.extend({
  profile: profileSchema.optional(),
  unit: z.enum(["kg", "lb"]).optional(),
});

function convertSession(session: Session, from: Unit, to: Unit): Session {
  if (!session.exercises) return session;
  const exercises = session.exercises.map((entry) => ({
    ...entry,
    sets: entry.sets.map((set) => ({ ...set, load: convertLoad(set.load, from, to) })),
  }));
  return { ...session, exercises };
}

export function readHipthrustJson(text: string, fileName: string, options: ImportOptions): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const problem = `not valid JSON (${(error as Error).message})`;
    throw new InputError(`${fileName}: ${problem}`, [{ field: "", problem }]);
  }
  const file = parseAs(fileSchema, data, fileName);
  const fileUnit = file.profile?.unit ?? file.unit ?? options.unit;
  const unit = options.profileUnit ?? fileUnit ?? null;
  const sessions =
    fileUnit && unit ? file.sessions.map((s) => convertSession(s, fileUnit, unit)) : file.sessions;
  return {
    format: "hipthrust-json",
    unit,
    sessions: withHipthrustKeys(sessions),
    warnings: [],
    ...(file.profile ? { profile: file.profile } : {}),
  };
}
