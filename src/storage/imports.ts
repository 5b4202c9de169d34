// Storing a parsed export, as `hipthrust import` and the web app's import route both do: the
// sessions (new workouts only) and the profile the file carries, in one transaction.
import type { Kysely } from "kysely";
import type { Session, Unit } from "../core/types.js";
import type { ImportResult } from "../import/index.js";
import { getProfile, saveProfile } from "./profiles.js";
import type { Database } from "./schema.js";
import { type ImportOptions, importSessions } from "./sessions.js";
import { inTransaction } from "./tx.js";

export interface StoredImport {
  added: number;
  skipped: number;
  replaced?: number;
  /** The file's profile: stored (the athlete had none), kept (the stored one stays) or none in the file. */
  profile: "stored" | "kept" | "none";
}

export function storeImport(
  db: Kysely<Database>,
  athleteId: number,
  parsed: ImportResult,
  unit: Unit,
  options: ImportOptions = {},
): Promise<StoredImport> {
  const items = parsed.sessions.map(({ source, externalKey, ...session }) => ({
    session: session as Session,
    origin: { source, externalKey },
  }));
  return inTransaction(db, async (trx) => {
    const counts = await importSessions(trx, athleteId, items, unit, options);
    if (!parsed.profile) return { ...counts, profile: "none" };
    if (await getProfile(trx, athleteId)) return { ...counts, profile: "kept" };
    await saveProfile(trx, athleteId, parsed.profile);
    return { ...counts, profile: "stored" };
  });
}
