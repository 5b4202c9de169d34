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
import { addDays } from "../../core/dates.js";
import { readLog, type SessionFilter } from "../../storage/read.js";
import type { Store } from "../../storage/store.js";
import { nextWindowStart } from "../../storage/window.js";
import { athleteContext, today } from "../context.js";

const tags = ["analytics"];

/** Analytics read at most this many of the latest sessions: years of training, bounded work. */
export const ANALYTICS_SESSIONS = 2000;

// Computed in the athlete's unit by the core's analytics, each from the window it needs.
export const analyticsRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const logOf = async (
    name: string,
    window: (athleteId: number) => Promise<SessionFilter> | SessionFilter,
  ) => {
    const { athlete, unit } = await athleteContext(store.db, name);
    const filter = await window(athlete.id);
    return readLog(store.db, athlete.id, unit, { ...filter, latest: ANALYTICS_SESSIONS });
  };
  const whole = () => ({});

  app.get(
    "/api/athletes/:athlete/analytics/e1rm",
    {
      schema: {
        tags,
        summary: `Estimated one-rep max per session (P8), over the latest ${ANALYTICS_SESSIONS} sessions`,
        params: athleteParams,
        querystring: e1rmQuery,
        response: { 200: z.array(e1rmResponse) },
      },
    },
    async (request) => e1rmSeries(await logOf(request.params.athlete, whole), request.query.exercise),
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
      // One week more than asked: ISO weeks start before the rolling window does.
      const log = await logOf(request.params.athlete, () => ({
        from: addDays(date, -7 * (weeks + 1)),
        to: date,
      }));
      return weeklyHardSetsPerMuscle(log, date, weeks, window);
    },
  );

  app.get(
    "/api/athletes/:athlete/analytics/records",
    {
      schema: {
        tags,
        summary: `Personal records per exercise, over the latest ${ANALYTICS_SESSIONS} sessions`,
        params: athleteParams,
        response: { 200: z.array(recordsResponse) },
      },
    },
    async (request) => personalRecords(await logOf(request.params.athlete, whole)),
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
    async (request) => {
      const date = request.query.date ?? today();
      // next's window covers F4's five weeks and the session that dates the baseline.
      const log = await logOf(request.params.athlete, async (id) => {
        const from = await nextWindowStart(store.db, id, date);
        return from === undefined ? {} : { from };
      });
      return volumeTrend(log, date);
    },
  );
};
