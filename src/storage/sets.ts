import type { Kysely } from "kysely";
import type { LoggedSet, Unit } from "../core/types.js";
import { lockAthlete } from "./athletes.js";
import { NotFoundError } from "./errors.js";
import { prepared } from "./prepared.js";
import { type SetView, toSetView } from "./read.js";
import type { Database } from "./schema.js";
import { appendSet, requireSession, setColumns } from "./sessions.js";
import { inTransaction } from "./tx.js";

type Db = Kysely<Database>;

export interface SetDetail extends SetView {
  sessionId: number;
  date: string;
  exercise: string;
}

const notFound = (setId: number) => new NotFoundError("set", `no set ${setId} for this athlete`);

const setWithPlace = prepared((db: Db, setId: number, athleteId: number) =>
  db
    .selectFrom("sets")
    .innerJoin("exercise_entries as e", "e.id", "sets.entry_id")
    .innerJoin("sessions as s", "s.id", "e.session_id")
    .selectAll("sets")
    .select(["s.id as sessionId", "s.date as date", "e.exercise as exercise"])
    .where("sets.id", "=", setId)
    .where("s.athlete_id", "=", athleteId)
    .where("s.import_id", "is", null),
);

/** One of the athlete's sets, with the session and exercise it belongs to. */
export async function findSet(db: Db, athleteId: number, setId: number, unit: Unit): Promise<SetDetail> {
  const row = (await setWithPlace(db, setId, athleteId)).rows[0];
  if (!row) throw notFound(setId);
  const { sessionId, date, exercise, ...set } = row;
  return { ...toSetView(set, unit), sessionId, date, exercise };
}

/** Adds a set to a given session of the athlete; returns its id. */
export function addSetToSession(
  db: Db,
  athleteId: number,
  sessionId: number,
  exercise: string,
  set: LoggedSet,
  unit: Unit,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await lockAthlete(trx, athleteId);
    await requireSession(trx, athleteId, sessionId);
    return (await appendSet(trx, sessionId, exercise, set, unit)).id;
  });
}

/** Replaces a set's values in place: it keeps its id, position and attached analyses. */
export async function updateSet(
  db: Db,
  athleteId: number,
  setId: number,
  set: LoggedSet,
  unit: Unit,
): Promise<void> {
  const owned = db
    .selectFrom("exercise_entries as e")
    .innerJoin("sessions as s", "s.id", "e.session_id")
    .select("e.id")
    .where("s.athlete_id", "=", athleteId);
  const result = await db
    .updateTable("sets")
    .set(setColumns(set, unit))
    .where("id", "=", setId)
    .where("entry_id", "in", owned)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound(setId);
}

/** Deletes a set; an exercise entry left with no sets goes too. */
export async function deleteSet(db: Db, athleteId: number, setId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom("sets")
      .innerJoin("exercise_entries as e", "e.id", "sets.entry_id")
      .innerJoin("sessions as s", "s.id", "e.session_id")
      .select("sets.entry_id")
      .where("sets.id", "=", setId)
      .where("s.athlete_id", "=", athleteId)
      .executeTakeFirst();
    if (!row) throw notFound(setId);
    await trx.deleteFrom("sets").where("id", "=", setId).execute();
    const left = await trx
      .selectFrom("sets")
      .select("id")
      .where("entry_id", "=", row.entry_id)
      .executeTakeFirst();
    if (!left) await trx.deleteFrom("exercise_entries").where("id", "=", row.entry_id).execute();
  });
}
