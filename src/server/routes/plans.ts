import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  athleteParams,
  createPlanBody,
  PAGE,
  planParams,
  plansQuery,
  storedPlanResponse,
  storedPlanSummary,
} from "../../contract/api.js";
import { buildPlan } from "../../core/plan/build.js";
import { deletePlan, getPlan, listPlans, savePlan } from "../../storage/plans.js";
import type { Store } from "../../storage/store.js";
import { athleteContext, requireProfile } from "../context.js";
import { idKey, pageOf, sendPage } from "../paging.js";
import { dbOf } from "../request-db.js";

const tags = ["plans"];

export const planRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.post(
    "/api/athletes/:athlete/plans",
    {
      schema: {
        tags,
        summary: "Build a programme from the stored profile and keep it",
        params: athleteParams,
        body: createPlanBody,
        response: { 201: storedPlanResponse },
      },
    },
    async (request, reply) => {
      const db = dbOf(request, store);
      const context = await athleteContext(db, request.params.athlete);
      const plan = buildPlan(requireProfile(context), { weeks: request.body.weeks });
      reply.code(201);
      return savePlan(db, context.athlete.id, plan);
    },
  );

  app.get(
    "/api/athletes/:athlete/plans",
    {
      schema: {
        tags,
        summary: "Stored programmes, newest first (paged: limit, cursor; see X-Next-Cursor)",
        params: athleteParams,
        querystring: plansQuery,
        response: { 200: z.array(storedPlanSummary) },
      },
    },
    async (request, reply) => {
      const { athlete } = await athleteContext(store.db, request.params.athlete);
      const page = pageOf(request.query, PAGE.plans.limit, idKey);
      return sendPage(request, reply, await listPlans(store.db, athlete.id, page));
    },
  );

  app.get(
    "/api/athletes/:athlete/plans/:id",
    {
      schema: {
        tags,
        summary: "One stored programme",
        params: planParams,
        response: { 200: storedPlanResponse },
      },
    },
    async (request) => {
      const { athlete } = await athleteContext(store.db, request.params.athlete);
      return getPlan(store.db, athlete.id, request.params.id);
    },
  );

  app.delete(
    "/api/athletes/:athlete/plans/:id",
    {
      schema: {
        tags,
        summary: "Delete a stored programme",
        params: planParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const { athlete } = await athleteContext(store.db, request.params.athlete);
      await deletePlan(store.db, athlete.id, request.params.id);
      return reply.code(204).send();
    },
  );
};
