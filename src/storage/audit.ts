import type { Kysely } from "kysely";
import { InputError } from "../contract/errors.js";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

export type AuditEvent =
  | "login"
  | "login-failed"
  | "logout-all"
  | "setup"
  | "user-added"
  | "user-removed"
  | "role-changed"
  | "password-changed"
  | "token-created"
  | "token-revoked"
  | "coach-assigned";

export interface AuditRow {
  id: number;
  at: string;
  event: AuditEvent;
  /** The user the event is about (the name tried, for a failed sign-in). */
  username: string | null;
  /** Who did it: a user's name, or "cli". */
  actor: string | null;
  address: string | null;
  detail: string | null;
}

export async function recordAudit(
  db: Db,
  entry: {
    at: string;
    event: AuditEvent;
    username: string | null;
    actor?: string | null;
    address?: string | null;
    detail?: string | null;
  },
): Promise<void> {
  await db
    .insertInto("audit")
    .values({
      at: entry.at,
      event: entry.event,
      username: entry.username,
      actor: entry.actor ?? null,
      address: entry.address ?? null,
      detail: entry.detail ?? null,
    })
    .execute();
}

const CURSOR = /^[1-9]\d{0,15}$/;

/** Newest first; `cursor` is the `next` of the previous page (the last id it showed). */
export async function listAudit(
  db: Db,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ rows: AuditRow[]; next: string | null }> {
  let query = db.selectFrom("audit").select(["id", "at", "event", "username", "actor", "address", "detail"]);
  if (page.cursor !== undefined) {
    if (!CURSOR.test(page.cursor)) {
      throw new InputError("cursor is not one this list gave", [
        { field: "cursor", problem: "is not a cursor this list gave" },
      ]);
    }
    query = query.where("id", "<", Number(page.cursor));
  }
  const rows = (await query
    .orderBy("id", "desc")
    .limit(page.limit + 1)
    .execute()) as AuditRow[];
  if (rows.length <= page.limit) return { rows, next: null };
  const shown = rows.slice(0, page.limit);
  return { rows: shown, next: String(shown[shown.length - 1]?.id) };
}
