import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { analysisSchema } from "../../contract/analysis.js";
import { analysesQuery, analysisResponse, PAGE, setParams } from "../../contract/api.js";
import { addAnalysis, listAnalyses } from "../../storage/analyses.js";
import { findSet } from "../../storage/sets.js";
import type { Store } from "../../storage/store.js";
import { athleteContext } from "../context.js";
import { idKey, pageOf, sendPage } from "../paging.js";
import { dbOf } from "../request-db.js";

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
      const db = dbOf(request, store);
      const { athlete, unit } = await athleteContext(db, request.params.athlete);
      const set = await findSet(db, athlete.id, request.params.id, unit);
      reply.code(201);
      return addAnalysis(db, set.id, request.body);
    },
  );

  app.get(
    "/api/athletes/:athlete/sets/:id/analyses",
    {
      schema: {
        tags,
        summary: "The form analyses of a set, oldest first (paged: limit, cursor; see X-Next-Cursor)",
        params: setParams,
        querystring: analysesQuery,
        response: { 200: z.array(analysisResponse) },
      },
    },
    async (request, reply) => {
      const { athlete, unit } = await athleteContext(store.db, request.params.athlete);
      const set = await findSet(store.db, athlete.id, request.params.id, unit);
      const page = pageOf(request.query, PAGE.analyses.limit, idKey);
      return sendPage(request, reply, await listAnalyses(store.db, set.id, page));
    },
  );
};
