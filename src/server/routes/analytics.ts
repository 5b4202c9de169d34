import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  athleteParams,
  dayQuery,
  e1rmQuery,
  e1rmResponse,
  muscleWeekResponse,
  recordsResponse,
  volumeResponse,
  weeklySetsQuery,
} from "../../contract/api.js";
import {
  e1rmSeries,
  personalRecords,
  volumeTrend,
  weeklyHardSetsPerMuscle,
} from "../../core/analytics/index.js";
import { readLog } from "../../storage/read.js";
import type { Store } from "../../storage/store.js";
import { athleteContext, today } from "../context.js";

const tags = ["analytics"];

// Computed from the whole stored log, in the athlete's unit, by the core's analytics.
export const analyticsRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const logOf = async (name: string) => {
    const { athlete, unit } = await athleteContext(store, name);
    return readLog(store.db, athlete.id, unit);
  };

  app.get(
    "/api/athletes/:athlete/analytics/e1rm",
    {
      schema: {
        tags,
        summary: "Estimated one-rep max per session (P8)",
        params: athleteParams,
        querystring: e1rmQuery,
        response: { 200: z.array(e1rmResponse) },
      },
    },
    async (request) => e1rmSeries(await logOf(request.params.athlete), request.query.exercise),
  );

  app.get(
    "/api/athletes/:athlete/analytics/weekly-sets",
    {
      schema: {
        tags,
        summary: "Hard sets per muscle per week (primary 1, secondary ½)",
        params: athleteParams,
        querystring: weeklySetsQuery,
        response: { 200: z.array(muscleWeekResponse) },
      },
    },
    async (request) => {
      const { date = today(), weeks, window } = request.query;
      return weeklyHardSetsPerMuscle(await logOf(request.params.athlete), date, weeks, window);
    },
  );

  app.get(
    "/api/athletes/:athlete/analytics/records",
    {
      schema: {
        tags,
        summary: "Personal records per exercise",
        params: athleteParams,
        response: { 200: z.array(recordsResponse) },
      },
    },
    async (request) => personalRecords(await logOf(request.params.athlete)),
  );

  app.get(
    "/api/athletes/:athlete/analytics/volume",
    {
      schema: {
        tags,
        summary: "This week's hard hip-thrust sets against the previous four (F4)",
        params: athleteParams,
        querystring: dayQuery,
        response: { 200: volumeResponse },
      },
    },
    async (request) => volumeTrend(await logOf(request.params.athlete), request.query.date ?? today()),
  );
};
