// Audit records of what accounts did: who, when, from which address.
import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { type AuditEvent, recordAudit } from "../../storage/audit.js";
import type { Database } from "../../storage/schema.js";

export function audit(
  db: Kysely<Database>,
  request: FastifyRequest,
  event: AuditEvent,
  about: { username: string; detail?: string; at?: string },
): Promise<void> {
  return recordAudit(db, {
    at: about.at ?? new Date().toISOString(),
    event,
    username: about.username,
    actor: request.user?.name ?? null,
    address: request.ip,
    detail: about.detail ?? null,
  });
}
