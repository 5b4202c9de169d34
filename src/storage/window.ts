import type { Kysely } from "kysely";
import { addDays } from "../core/dates.js";
import { HIP_THRUST_IDS } from "../core/types.js";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

/** Always this far back: F2's 7 days, F4's five weeks, P4's pace, with room to spare. */
const WINDOW_DAYS = 16 * 7;
/** At least this many earlier hip-thrust sessions: P6's stall needs three of one variation. */
const MIN_SESSIONS = 12;
/** F4 counts weeks of baseline only after the first session; one session before this keeps that count. */
const BASELINE_DAYS = 5 * 7;

/**
 * The first day of the history `next` needs for `day`, so a long log is not read whole on every
 * request: the last 16 weeks, stretched back to cover the 12 most recent hip-thrust sessions and
 * one session older than F4's five weeks. Undefined when that is the whole log. That this gives
 * the same answer as the whole log is checked in test/storage/window.test.ts.
 */
export async function nextWindowStart(db: Db, athleteId: number, day: string): Promise<string | undefined> {
  // Days with hip-thrust working sets: the sessions the core's history counts.
  const hipThrustDays = db
    .selectFrom("sessions as s")
    .select("s.day")
    .where("s.athlete_id", "=", athleteId)
    .where("s.import_id", "is", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("exercise_entries as e")
          .innerJoin("sets as w", "w.entry_id", "e.id")
          .select("w.id")
          .whereRef("e.session_id", "=", "s.id")
          .where("e.exercise", "in", HIP_THRUST_IDS)
          .where("w.warmup", "=", 0)
          .where("w.reps", ">", 0),
      ),
    );
  const [nth, beforeBaseline, first] = await Promise.all([
    hipThrustDays
      .where("s.day", "<", day)
      .orderBy("s.day", "desc")
      .limit(1)
      .offset(MIN_SESSIONS - 1)
      .executeTakeFirst(),
    hipThrustDays
      .where("s.day", "<", addDays(day, -BASELINE_DAYS))
      .orderBy("s.day", "desc")
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom("sessions")
      .select("day")
      .where("athlete_id", "=", athleteId)
      .where("import_id", "is", null)
      .orderBy("day")
      .limit(1)
      .executeTakeFirst(),
  ]);
  let start = addDays(day, -WINDOW_DAYS);
  for (const candidate of [nth?.day, beforeBaseline?.day])
    if (candidate && candidate < start) start = candidate;
  return first && first.day < start ? start : undefined;
}
