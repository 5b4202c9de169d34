import type { Kysely } from "kysely";
import { BREAK_DAYS } from "../core/block.js";
import { addDays, daysBetween } from "../core/dates.js";
import { HIP_THRUST_IDS, type TrainingLog, type Unit } from "../core/types.js";
import { readLog } from "./read.js";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

/** Always this far back: F2's 7 days, F4's five weeks, P4's pace, with room to spare. */
const WINDOW_DAYS = 16 * 7;
/** At least this many earlier hip-thrust sessions: P6's stall needs three of one variation. */
const MIN_SESSIONS = 12;
/** F4 counts weeks of baseline only after the first session; one session before this keeps that count. */
const BASELINE_DAYS = 5 * 7;

/** A gap this long ends a block (core/block.ts BREAK_DAYS); the block is anchored after the last one. */
const RUN_LOOKBACK_DAYS = 3 * 365;

/**
 * The first hip-thrust day of the unbroken run (no gap of BREAK_DAYS) that reaches into the window:
 * `next`'s block is anchored there. Reads days only, at most three years back.
 */
async function runStart(
  // biome-ignore lint/suspicious/noExplicitAny: the Kysely query builder of hipThrustDays above
  hipThrustDays: any,
  day: string,
  windowStart: string,
): Promise<string | undefined> {
  const rows: { day: string }[] = await hipThrustDays
    .where("s.day", "<", windowStart)
    .where("s.day", ">=", addDays(day, -RUN_LOOKBACK_DAYS))
    .orderBy("s.day", "desc")
    .execute();
  const inWindow: { day: string } | undefined = await hipThrustDays
    .where("s.day", ">=", windowStart)
    .where("s.day", "<", day)
    .orderBy("s.day", "asc")
    .limit(1)
    .executeTakeFirst();
  let earliest = inWindow?.day;
  if (!earliest) return undefined;
  for (const row of rows) {
    if (daysBetween(row.day, earliest) >= BREAK_DAYS) break;
    earliest = row.day;
  }
  return earliest;
}

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
  const run = await runStart(hipThrustDays, day, start);
  if (run && run < start) start = run;
  return first && first.day < start ? start : undefined;
}

/** The part of the log `next` needs for `day` (see nextWindowStart), at most the `latest` sessions. */
export async function readNextLog(
  db: Db,
  athleteId: number,
  unit: Unit,
  day: string,
  latest?: number,
): Promise<TrainingLog> {
  const from = await nextWindowStart(db, athleteId, day);
  return readLog(db, athleteId, unit, {
    ...(from === undefined ? {} : { from }),
    ...(latest === undefined ? {} : { latest }),
  });
}
