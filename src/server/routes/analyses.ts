import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { analysisSchema } from "../../contract/analysis.js";
import { analysisResponse, setParams } from "../../contract/api.js";
import { addAnalysis, listAnalyses } from "../../storage/analyses.js";
import { findSet } from "../../storage/sets.js";
import type { Store } from "../../storage/store.js";
import { athleteContext } from "../context.js";

const tags = ["form analyses"];

export const analysesRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.post(
    "/api/athletes/:athlete/sets/:id/analyses",
    {
      schema: {
        tags,
        summary: "Attach a form analysis to a set",
        params: setParams,
        body: analysisSchema.describe("An `analyze --json` document"),
        response: { 201: analysisResponse },
      },
    },
    async (request, reply) => {
      const { athlete, unit } = await athleteContext(store, request.params.athlete);
      const set = await findSet(store.db, athlete.id, request.params.id, unit);
      return reply.code(201).send(await addAnalysis(store.db, set.id, request.body));
    },
  );

  app.get(
    "/api/athletes/:athlete/sets/:id/analyses",
    {
      schema: {
        tags,
        summary: "The form analyses of a set",
        params: setParams,
        response: { 200: z.array(analysisResponse) },
      },
    },
    async (request) => {
      const { athlete, unit } = await athleteContext(store, request.params.athlete);
      const set = await findSet(store.db, athlete.id, request.params.id, unit);
      return listAnalyses(store.db, set.id);
    },
  );
};
