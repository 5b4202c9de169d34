// Signing in and out, the signed-in user, their password and API tokens (GUIDE: HTTP API).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { hashPassword, verifyPassword } from "../../auth/passwords.js";
import { LOGIN_PER_ADDRESS } from "../../auth/policy.js";
import { newOpaqueToken, sha256 } from "../../auth/tokens.js";
import { createApiToken, deleteApiToken, listApiTokens } from "../../storage/api-tokens.js";
import { deleteAuthSession, deleteUserAuthSessions } from "../../storage/auth-sessions.js";
import { ConflictError, NotFoundError } from "../../storage/errors.js";
import type { Store } from "../../storage/store.js";
import { inTransaction } from "../../storage/tx.js";
import {
  countUsers,
  createUser,
  findUserByName,
  nameKey,
  type UserRow,
  updateUser,
  viewUser,
} from "../../storage/users.js";
import { audit } from "../auth/events.js";
import {
  credentialsBody,
  newTokenResponse,
  passwordBody,
  setupBody,
  signedInResponse,
  statusResponse,
  tokenBody,
  tokenParams,
  tokenResponse,
  toUser,
} from "../auth/schemas.js";
import { clearSessionCookie, startSession } from "../auth/sessions.js";
import { FailedSignIns } from "../auth/throttle.js";
import { HttpError } from "../errors.js";

const tags = ["auth"];

/** The signed-in user; the auth hook has answered 401 on these routes already when there is none. */
const userOf = (request: FastifyRequest): UserRow => request.user as UserRow;

const refuse = (reply: FastifyReply, status: number, error: string, retryAfterS?: number) => {
  if (retryAfterS !== undefined) reply.header("retry-after", String(retryAfterS));
  return reply.code(status).send({ error, issues: [] });
};

export const authRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const db = store.db;
  const failures = new FailedSignIns();
  // Unknown names are checked against this hash too, so that the answer's timing does not tell
  // which names exist.
  const decoy = hashPassword(newOpaqueToken());

  app.get(
    "/api/auth/status",
    {
      schema: {
        tags,
        summary: "Whether the first user must be created, and who is signed in (public)",
        response: { 200: statusResponse },
      },
    },
    async (request) => ({
      needsSetup: (await countUsers(db)) === 0,
      user: request.user ? toUser(await viewUser(db, request.user)) : null,
    }),
  );

  app.post(
    "/api/auth/setup",
    {
      schema: {
        tags,
        summary: "Create the owner on a server without users, and sign in (public; 409 once any user exists)",
        body: setupBody,
        response: { 201: signedInResponse },
      },
    },
    async (request, reply) => {
      const now = new Date().toISOString();
      const passwordHash = await hashPassword(request.body.password);
      const answer = await inTransaction(db, async (trx) => {
        // Two first-run requests at once: the table lock makes the second see the first's owner.
        if (store.backend === "postgres") await sql`lock table users in exclusive mode`.execute(trx);
        if ((await countUsers(trx)) > 0)
          throw new ConflictError("username", "this server has its owner already; sign in instead");
        const user = await createUser(trx, { name: request.body.username, passwordHash, role: "owner", now });
        await audit(trx, request, "setup", { username: user.name, at: now });
        const csrfToken = await startSession(trx, request, reply, user, now);
        return { user: toUser(await viewUser(trx, user)), csrfToken };
      });
      reply.code(201);
      return answer;
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: {
        rateLimit: {
          max: LOGIN_PER_ADDRESS.max,
          timeWindow: LOGIN_PER_ADDRESS.windowMs,
          errorResponseBuilder: (_request, context) =>
            new HttpError(
              429,
              "",
              `too many sign-in attempts from this address; try again in ${Math.ceil(context.ttl / 1000)} s`,
            ),
        },
      },
      schema: {
        tags,
        summary:
          "Sign in: sets the session cookie (public; 401 wrong name or password; 429 past 10 attempts a minute from one address or 5 failures in 15 minutes for one account)",
        body: credentialsBody,
        response: { 200: signedInResponse },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const nowMs = Date.now();
      const now = new Date(nowMs).toISOString();
      const account = nameKey(username);
      const wait = failures.retryAfterMs(account, nowMs);
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        return refuse(
          reply,
          429,
          `too many failed sign-ins for this account; try again in ${Math.ceil(seconds / 60)} min`,
          seconds,
        );
      }
      const found = await findUserByName(db, username);
      const matches = await verifyPassword(found?.passwordHash ?? (await decoy), password);
      if (!found || !matches) {
        failures.fail(account, nowMs);
        await audit(db, request, "login-failed", { username, at: now });
        return refuse(reply, 401, "name or password is wrong");
      }
      failures.succeed(account);
      const { passwordHash: _, ...user } = found;
      const csrfToken = await inTransaction(db, async (trx) => {
        await audit(trx, request, "login", { username: user.name, at: now });
        return startSession(trx, request, reply, user, now);
      });
      return { user: toUser(await viewUser(db, user)), csrfToken };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags, summary: "Sign out: ends this session", response: { 204: z.undefined() } } },
    async (request, reply) => {
      if (request.credential?.via === "cookie") await deleteAuthSession(db, request.credential.idHash);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    "/api/auth/logout-all",
    {
      schema: {
        tags,
        summary: "Sign out everywhere: ends every session of this user (API tokens stay)",
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      await inTransaction(db, async (trx) => {
        await deleteUserAuthSessions(trx, user.id);
        await audit(trx, request, "logout-all", { username: user.name });
      });
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/auth/me",
    { schema: { tags, summary: "The signed-in user", response: { 200: signedInResponse } } },
    async (request) => ({
      user: toUser(await viewUser(db, userOf(request))),
      csrfToken: request.credential?.via === "cookie" ? request.credential.csrf : null,
    }),
  );

  app.put(
    "/api/auth/password",
    {
      schema: {
        tags,
        summary: "Change your password (the current one is required); ends your other sessions",
        body: passwordBody,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      const stored = await findUserByName(db, user.name);
      if (!stored || !(await verifyPassword(stored.passwordHash, request.body.current)))
        throw new HttpError(403, "current", "the current password is wrong");
      const passwordHash = await hashPassword(request.body.password);
      const credential = request.credential;
      await inTransaction(db, async (trx) => {
        await updateUser(trx, user.id, { passwordHash });
        await deleteUserAuthSessions(
          trx,
          user.id,
          credential?.via === "cookie" ? credential.idHash : undefined,
        );
        await audit(trx, request, "password-changed", { username: user.name });
      });
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/auth/tokens",
    {
      schema: {
        tags,
        summary: "Your API tokens (without the tokens themselves)",
        response: { 200: z.array(tokenResponse) },
      },
    },
    (request) => listApiTokens(db, userOf(request).id),
  );

  app.post(
    "/api/auth/tokens",
    {
      schema: {
        tags,
        summary: "Create an API token for scripts: `Authorization: Bearer …` (shown once)",
        body: tokenBody,
        response: { 201: newTokenResponse },
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      const token = newOpaqueToken("ht_");
      const { id } = await inTransaction(db, async (trx) => {
        const created = await createApiToken(trx, {
          userId: user.id,
          name: request.body.name,
          tokenHash: sha256(token),
          now: new Date().toISOString(),
        });
        await audit(trx, request, "token-created", { username: user.name, detail: request.body.name });
        return created;
      });
      reply.code(201);
      return { id, name: request.body.name, token };
    },
  );

  app.delete(
    "/api/auth/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke one of your API tokens",
        params: tokenParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      await inTransaction(db, async (trx) => {
        if (!(await deleteApiToken(trx, user.id, request.params.id)))
          throw new NotFoundError("id", `you have no token ${request.params.id}`);
        await audit(trx, request, "token-revoked", {
          username: user.name,
          detail: String(request.params.id),
        });
      });
      return reply.code(204).send();
    },
  );
};
