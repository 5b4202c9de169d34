// What the account commands (user, audit) share: users looked up by name, CLI audit entries, and
// the store's refusals turned into exit-2 errors.
import type { Kysely } from "kysely";
import { type AuditEvent, recordAudit } from "../storage/audit.js";
import { ConflictError, NotFoundError } from "../storage/errors.js";
import type { Database } from "../storage/schema.js";
import type { Store } from "../storage/store.js";
import { findUserByName, listUsers, type UserRow } from "../storage/users.js";
import { InputError } from "./errors.js";
import type { Io } from "./io.js";

/** The user of that name (any case), or an exit-2 error listing the users there are. */
export async function requireUser(store: Store, name: string): Promise<UserRow> {
  const found = await findUserByName(store.db, name);
  if (found) {
    const { passwordHash: _, ...user } = found;
    return user;
  }
  const names = (await listUsers(store.db)).map((u) => `"${u.name}"`);
  const known = names.length
    ? `users: ${names.join(", ")}`
    : "no users yet; add one with `hipthrust user add NAME --owner`";
  throw new InputError(`no user "${name}" in ${store.where} (${known})`);
}

/** Records what a command changed, as done by "cli", in the same transaction as the change. */
export function auditCli(
  db: Kysely<Database>,
  io: Io,
  event: AuditEvent,
  username: string,
  detail?: string,
): Promise<void> {
  return recordAudit(db, {
    at: io.now().toISOString(),
    event,
    username,
    actor: "cli",
    detail: detail ?? null,
  });
}

/** A change the store refuses (the last owner, a name taken) is bad input here: exit 2. */
export async function asInputError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConflictError || error instanceof NotFoundError) throw new InputError(error.message);
    throw error;
  }
}
