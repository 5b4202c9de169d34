// The owner manages users: add, change role, password or linked athlete, remove, assign coaches.
// Owner-only: the auth hook answers 403 to anyone else (src/server/auth/public.ts).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { hashPassword } from "../../auth/passwords.js";
import { userResponse } from "../../contract/accounts.js";
import { requireAthlete } from "../../storage/athletes.js";
import { deleteUserAuthSessions } from "../../storage/auth-sessions.js";
import { ConflictError, NotFoundError } from "../../storage/errors.js";
import type { Database } from "../../storage/schema.js";
import type { Store } from "../../storage/store.js";
import { inTransaction } from "../../storage/tx.js";
import {
  createUser,
  deleteUser,
  findUserByName,
  getUser,
  listUsers,
  setCoachAthletes,
  type UserRow,
  updateUser,
  viewUser,
} from "../../storage/users.js";
import { audit } from "../auth/events.js";
import { addUserBody, assignBody, toUser, updateUserBody, usernameParams } from "../auth/schemas.js";

const tags = ["users"];
type Db = Kysely<Database>;

async function requireUser(db: Db, username: string): Promise<UserRow> {
  const found = await findUserByName(db, username);
  if (!found) throw new NotFoundError("username", `no user named "${username}"`);
  const { passwordHash: _, ...user } = found;
  return user;
}

/** The id of a named athlete, null for null, undefined when not given. */
async function athleteIdOf(db: Db, name: string | null | undefined): Promise<number | null | undefined> {
  if (name === undefined || name === null) return name;
  return (await requireAthlete(db, name)).id;
}

const shown = async (db: Db, id: number) => toUser(await viewUser(db, (await getUser(db, id)) as UserRow));

export const userRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const db = store.db;

  app.get(
    "/api/users",
    { schema: { tags, summary: "Every user (owner only)", response: { 200: z.array(userResponse) } } },
    async () => (await listUsers(db)).map(toUser),
  );

  app.post(
    "/api/users",
    {
      schema: {
        tags,
        summary: "Add a user (owner only; 409 when the name is taken, in any case)",
        body: addUserBody,
        response: { 201: userResponse },
      },
    },
    async (request, reply) => {
      const { username, password, role, athlete } = request.body;
      const passwordHash = await hashPassword(password);
      const user = await inTransaction(db, async (trx) => {
        const athleteId = (await athleteIdOf(trx, athlete)) ?? null;
        const created = await createUser(trx, {
          name: username,
          passwordHash,
          role,
          athleteId,
          now: new Date().toISOString(),
        });
        await audit(trx, request, "user-added", { username: created.name, detail: role });
        return shown(trx, created.id);
      });
      reply.code(201);
      return user;
    },
  );

  app.patch(
    "/api/users/:username",
    {
      schema: {
        tags,
        summary:
          "Change a user's role, password or linked athlete (owner only; a new password ends their sessions; 409 for demoting the last owner)",
        params: usernameParams,
        body: updateUserBody,
        response: { 200: userResponse },
      },
    },
    async (request) => {
      const { role, password, athlete } = request.body;
      const passwordHash = password === undefined ? undefined : await hashPassword(password);
      return inTransaction(db, async (trx) => {
        const user = await requireUser(trx, request.params.username);
        const athleteId = await athleteIdOf(trx, athlete);
        await updateUser(trx, user.id, {
          ...(role !== undefined && { role }),
          ...(passwordHash !== undefined && { passwordHash }),
          ...(athleteId !== undefined && { athleteId }),
        });
        if (role !== undefined && role !== user.role)
          await audit(trx, request, "role-changed", {
            username: user.name,
            detail: `${user.role} → ${role}`,
          });
        if (passwordHash !== undefined) {
          await deleteUserAuthSessions(trx, user.id);
          await audit(trx, request, "password-changed", { username: user.name });
        }
        return shown(trx, user.id);
      });
    },
  );

  app.delete(
    "/api/users/:username",
    {
      schema: {
        tags,
        summary: "Remove a user with their sessions and tokens (owner only; 409 for the last owner)",
        params: usernameParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await inTransaction(db, async (trx) => {
        const user = await requireUser(trx, request.params.username);
        await deleteUser(trx, user.id);
        await audit(trx, request, "user-removed", { username: user.name });
      });
      return reply.code(204).send();
    },
  );

  app.put(
    "/api/users/:username/athletes",
    {
      schema: {
        tags,
        summary: "Set the athletes a coach sees and changes (owner only; replaces the list)",
        params: usernameParams,
        body: assignBody,
        response: { 200: userResponse },
      },
    },
    async (request) =>
      inTransaction(db, async (trx) => {
        const user = await requireUser(trx, request.params.username);
        if (user.role !== "coach")
          throw new ConflictError("username", `"${user.name}" is not a coach; make them one first`);
        const ids: number[] = [];
        for (const name of request.body.athletes) ids.push((await requireAthlete(trx, name)).id);
        await setCoachAthletes(trx, user.id, ids);
        await audit(trx, request, "coach-assigned", {
          username: user.name,
          detail: request.body.athletes.join(", "),
        });
        return shown(trx, user.id);
      }),
  );
};
