import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { athleteParams, athleteResponse, createAthleteBody, updateAthleteBody } from "../../contract/api.js";
import {
  createAthlete,
  deleteAthlete,
  listAthletes,
  requireAthlete,
  updateAthlete,
} from "../../storage/athletes.js";
import type { Store } from "../../storage/store.js";

const tags = ["athletes"];

export const athleteRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    "/api/athletes",
    { schema: { tags, summary: "List athletes", response: { 200: z.array(athleteResponse) } } },
    () => listAthletes(store.db),
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
    async (request, reply) =>
      reply.code(201).send(await createAthlete(store.db, request.body.name, request.body.unit)),
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
