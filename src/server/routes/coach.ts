// next, plan and decide: the CLI's core functions, on the stored profile and log, or on a
// profile (and log) sent in the body. Both answer with the same JSON as the CLI's --json.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  athleteParams,
  dayQuery,
  decideRequest,
  decisionResponse,
  nextRequest,
  nextResponse,
  planQuery,
  planRequest,
  planResponse,
} from "../../contract/api.js";
import { decide } from "../../core/decide.js";
import { recommendNext } from "../../core/next/recommend.js";
import { buildPlan } from "../../core/plan/build.js";
import type { Store } from "../../storage/store.js";
import { athleteContext, requireProfile, today } from "../context.js";
import { computeNext } from "../next-answer.js";
import { NextCache } from "../next-cache.js";

const tags = ["coach"];

export const coachRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const answers = new NextCache(store);
  app.get(
    "/api/athletes/:athlete/next",
    {
      schema: {
        tags,
        summary: "What to do on a day, from the stored profile and log",
        params: athleteParams,
        querystring: dayQuery,
        response: { 200: nextResponse },
      },
    },
    async (request) => {
      const { athlete: name } = request.params;
      const day = request.query.date ?? today();
      // The profile too is read inside: an answer is only ever kept under a version read before it.
      return answers.answer(`${name}\n${day}`, async () => {
        const context = await athleteContext(store.db, name);
        return computeNext(store, context.athlete.id, requireProfile(context), day);
      });
    },
  );

  app.get(
    "/api/athletes/:athlete/plan",
    {
      schema: {
        tags,
        summary: "A programme for the stored profile (not stored; POST …/plans to keep one)",
        params: athleteParams,
        querystring: planQuery,
        response: { 200: planResponse },
      },
    },
    async (request) => {
      const profile = requireProfile(await athleteContext(store.db, request.params.athlete));
      return buildPlan(profile, { weeks: request.query.weeks });
    },
  );

  app.get(
    "/api/athletes/:athlete/decide",
    {
      schema: {
        tags,
        summary: "Whether and how the hip thrust fits the athlete",
        params: athleteParams,
        response: { 200: decisionResponse },
      },
    },
    async (request) => decide(requireProfile(await athleteContext(store.db, request.params.athlete))),
  );

  app.post(
    "/api/next",
    {
      schema: {
        tags,
        summary: "next for a profile and log sent in the body",
        body: nextRequest,
        response: { 200: nextResponse },
      },
    },
    (request) => recommendNext(request.body.profile, request.body.log, request.body.date),
  );

  app.post(
    "/api/plan",
    {
      schema: {
        tags,
        summary: "plan for a profile sent in the body",
        body: planRequest,
        response: { 200: planResponse },
      },
    },
    (request) => buildPlan(request.body.profile, { weeks: request.body.weeks }),
  );

  app.post(
    "/api/decide",
    {
      schema: {
        tags,
        summary: "decide for a profile sent in the body",
        body: decideRequest,
        response: { 200: decisionResponse },
      },
    },
    (request) => decide(request.body.profile),
  );
};
