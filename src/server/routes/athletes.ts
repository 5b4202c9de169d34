import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
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
  pageAthletes,
  requireAthlete,
  updateAthlete,
} from "../../storage/athletes.js";
import type { Store } from "../../storage/store.js";
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
    async (request, reply) =>
      sendPage(
        request,
        reply,
        await pageAthletes(store.db, pageOf(request.query, PAGE.athletes.limit, nameKey)),
      ),
  );

  app.post(
    "/api/athletes",
    {
      schema: {
        tags,
        summary: "Add an athlete",
        body: createAthleteBody,
        response: { 201: athleteResponse },
      },
    },
    async (request, reply) => {
      const athlete = await createAthlete(dbOf(request, store), request.body.name, request.body.unit);
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
