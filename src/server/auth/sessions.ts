// Signing in on a browser: a server-side session whose opaque id goes in an HttpOnly cookie.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { SESSION_DAYS, sessionExpiry } from "../../auth/policy.js";
import { newOpaqueToken, sha256 } from "../../auth/tokens.js";
import { createAuthSession } from "../../storage/auth-sessions.js";
import type { Database } from "../../storage/schema.js";
import type { UserRow } from "../../storage/users.js";
import { SESSION_COOKIE } from "./authenticate.js";

/** Starts a session for the user and sets its cookie; answers the session's CSRF token. */
export async function startSession(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserRow,
  now: string,
): Promise<string> {
  const id = newOpaqueToken();
  const csrf = newOpaqueToken();
  await createAuthSession(db, {
    idHash: sha256(id),
    userId: user.id,
    csrf,
    now,
    expiresAt: sessionExpiry(now),
    address: request.ip,
    userAgent: request.headers["user-agent"]?.slice(0, 300) ?? null,
  });
  reply.setCookie(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Behind an HTTPS proxy this needs --trust-proxy, so that X-Forwarded-Proto counts.
    secure: request.protocol === "https",
    maxAge: SESSION_DAYS * 86_400,
  });
  return csrf;
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
