// Who is calling: the session cookie or an API token, resolved on every /api request; then the
// public-route table, CSRF on cookie-authenticated writes, owner-only routes, and the athlete
// check on every /api/athletes/:athlete/... route. Runs before the body is read.
import { timingSafeEqual } from "node:crypto";
import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  isOwner,
  mayDeleteAthlete,
  needsCsrf,
  needsTouch,
  sessionExpiry,
  TOUCH_EVERY_MS,
} from "../../auth/policy.js";
import { sha256 } from "../../auth/tokens.js";
import { findApiToken, touchApiToken } from "../../storage/api-tokens.js";
import { findAthlete, noAthleteNamed } from "../../storage/athletes.js";
import { findAuthSession, touchAuthSession } from "../../storage/auth-sessions.js";
import type { Store } from "../../storage/store.js";
import { mayAccessAthlete, type UserRow } from "../../storage/users.js";
import { isOwnerOnly, isPublic } from "./public.js";

export const SESSION_COOKIE = "hipthrust_session";
export const CSRF_HEADER = "x-csrf-token";

export type Credential = { via: "cookie"; idHash: string; csrf: string } | { via: "token"; id: number };

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, or null (anonymous, or a server built without auth). */
    user: UserRow | null;
    credential: Credential | null;
  }
}

/** Every athlete route's path starts so; the athlete check covers each of them. */
export const ATHLETE_ROUTE = "/api/athletes/:athlete";

const deny = (reply: FastifyReply, status: number, error: string) =>
  reply.code(status).send({ error, issues: [] });

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** `request.user` and `request.credential`, null until a credential says otherwise. */
export function decorateAuth(app: FastifyInstance): void {
  app.decorateRequest("user", null);
  app.decorateRequest("credential", null);
}

export async function installAuth(app: FastifyInstance, store: Store): Promise<void> {
  await app.register(cookie);
  // Tokens' last use is written at most once a minute each, so that scripts do not write per call.
  const tokenTouched = new Map<number, number>();

  async function identify(request: FastifyRequest): Promise<void> {
    const now = new Date().toISOString();
    const bearer = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (bearer !== undefined) {
      const token = await findApiToken(store.db, sha256(bearer));
      if (!token) return;
      request.user = token.user;
      request.credential = { via: "token", id: token.id };
      const ms = Date.parse(now);
      if (ms - (tokenTouched.get(token.id) ?? 0) >= TOUCH_EVERY_MS) {
        tokenTouched.set(token.id, ms);
        await touchApiToken(store.db, token.id, now);
      }
      return;
    }
    const id = request.cookies[SESSION_COOKIE];
    if (!id) return;
    const idHash = sha256(id);
    const session = await findAuthSession(store.db, idHash, now);
    if (!session) return;
    request.user = session.user;
    request.credential = { via: "cookie", idHash, csrf: session.csrf };
    if (needsTouch(session.lastUsedAt, now))
      await touchAuthSession(store.db, idHash, { now, expiresAt: sessionExpiry(now) });
  }

  app.addHook("onRequest", async (request, reply) => {
    const url = request.routeOptions.url;
    // No route: the 404 answer. Outside /api: the app shell and static files.
    if (url === undefined || !url.startsWith("/api/")) return;
    await identify(request);
    if (isPublic(request.method, url)) return;
    const user = request.user;
    if (!user || !request.credential) return deny(reply, 401, "sign in first");
    const credential = request.credential;
    if (credential.via === "cookie" && needsCsrf(request.method, credential.via)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameText(sent, credential.csrf))
        return deny(reply, 403, "CSRF token missing or wrong");
    }
    if (isOwnerOnly(url) && !isOwner(user)) return deny(reply, 403, "only the owner may do this");
    if (url.startsWith(ATHLETE_ROUTE) && !isOwner(user)) {
      const name = (request.params as { athlete?: string }).athlete ?? "";
      const athlete = await findAthlete(store.db, name);
      // Someone else's athlete answers exactly as an unknown one: names do not leak.
      if (!athlete || !(await mayAccessAthlete(store.db, user, athlete.id))) throw noAthleteNamed(name);
      if (request.method === "DELETE" && url === ATHLETE_ROUTE && !mayDeleteAthlete(user, athlete.id))
        return deny(reply, 403, "only the owner or the athlete themself may delete an athlete");
    }
  });
}
