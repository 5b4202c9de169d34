import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { athleteCreation, isOwner } from "../../auth/policy.js";
import {
  athleteParams,
  athleteResponse,
  athletesQuery,
  createAthleteBody,
  PAGE,
  updateAthleteBody,
} from "../../contract/api.js";
import {
  createAthlete,
  deleteAthlete,
  listAthletes,
  pageAthletes,
  requireAthlete,
  updateAthlete,
} from "../../storage/athletes.js";
import { toPage } from "../../storage/page.js";
import type { Store } from "../../storage/store.js";
import { inTransaction } from "../../storage/tx.js";
import { updateUser, viewUser } from "../../storage/users.js";
import { HttpError } from "../errors.js";
import { nameKey, pageOf, sendPage } from "../paging.js";
import { dbOf } from "../request-db.js";

const tags = ["athletes"];

export const athleteRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    "/api/athletes",
    {
      schema: {
        tags,
        summary: "List athletes by name (paged: limit, cursor; see X-Next-Cursor)",
        querystring: athletesQuery,
        response: { 200: z.array(athleteResponse) },
      },
    },
    async (request, reply) => {
      const page = pageOf(request.query, PAGE.athletes.limit, nameKey);
      const user = request.user;
      // Anyone but the owner sees only the athletes they may access.
      if (user && !isOwner(user)) {
        const names = new Set((await viewUser(store.db, user)).athletes);
        const mine = (await listAthletes(store.db)).filter(
          (a) => names.has(a.name) && (page.after === undefined || a.name > page.after),
        );
        return sendPage(
          request,
          reply,
          toPage(mine.slice(0, page.limit + 1), page.limit, (a) => a.name),
        );
      }
      return sendPage(request, reply, await pageAthletes(store.db, page));
    },
  );

  app.post(
    "/api/athletes",
    {
      schema: {
        tags,
        summary:
          "Add an athlete: the owner; a coach (the athlete is assigned to them); an athlete user without an athlete (it becomes theirs); else 403",
        body: createAthleteBody,
        response: { 201: athleteResponse },
      },
    },
    async (request, reply) => {
      const user = request.user;
      const rule = user ? athleteCreation(user) : "add";
      if (rule === "forbidden")
        throw new HttpError(403, "", "you have an athlete already; ask the owner to add another");
      const athlete = await inTransaction(dbOf(request, store), async (trx) => {
        const created = await createAthlete(trx, request.body.name, request.body.unit);
        if (user && rule === "assign")
          await trx
            .insertInto("coach_athletes")
            .values({ user_id: user.id, athlete_id: created.id })
            .execute();
        if (user && rule === "link") await updateUser(trx, user.id, { athleteId: created.id });
        return created;
      });
      reply.code(201);
      return athlete;
    },
  );

  app.get(
    "/api/athletes/:athlete",
    { schema: { tags, summary: "One athlete", params: athleteParams, response: { 200: athleteResponse } } },
    (request) => requireAthlete(store.db, request.params.athlete),
  );

  app.patch(
    "/api/athletes/:athlete",
    {
      schema: {
        tags,
        summary: "Rename an athlete or change their unit",
        params: athleteParams,
        body: updateAthleteBody,
        response: { 200: athleteResponse },
      },
    },
    async (request) =>
      updateAthlete(store.db, await requireAthlete(store.db, request.params.athlete), request.body),
  );

  app.delete(
    "/api/athletes/:athlete",
    {
      schema: {
        tags,
        summary: "Delete an athlete and everything stored for them",
        params: athleteParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteAthlete(store.db, await requireAthlete(store.db, request.params.athlete));
      return reply.code(204).send();
    },
  );
};
