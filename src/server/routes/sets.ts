import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Selectable } from "kysely";
import { z } from "zod";
import {
  athleteParams,
  loggedSetResponse,
  logSetBody,
  sessionParams,
  sessionSetBody,
  setBody,
  setDetailResponse,
  setParams,
} from "../../contract/api.js";
import { assertLoadsFit } from "../../contract/profile.js";
import { toSetView } from "../../storage/read.js";
import type { SetTable } from "../../storage/schema.js";
import { logToDay } from "../../storage/sessions.js";
import { addSetToSession, deleteSet, findSet, updateSet } from "../../storage/sets.js";
import type { Store } from "../../storage/store.js";
import { athleteContext } from "../context.js";
import { dbOf } from "../request-db.js";

const tags = ["sets"];

export const setRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.post(
    "/api/athletes/:athlete/sets",
    {
      schema: {
        tags,
        summary: "Log a set on a day (and optionally the day's check-in), as in the gym",
        params: athleteParams,
        body: logSetBody,
        response: { 201: loggedSetResponse },
      },
    },
    async (request, reply) => {
      const db = dbOf(request, store);
      const { athlete, profile, unit } = await athleteContext(db, request.params.athlete);
      const { date, exercise, readiness, unit: entered = unit, ...set } = request.body;
      assertLoadsFit(profile, [{ exercise, sets: [set] }], entered, { source: "body" });
      const {
        sessionId,
        sessionDate,
        set: row,
      } = await logToDay(db, athlete.id, {
        date,
        exercise,
        set,
        readiness,
        unit: entered,
      });
      // A set is always logged here (the body requires its exercise and values): answered as stored.
      const stored = toSetView(row as Selectable<SetTable>, unit);
      reply.code(201);
      return { sessionId, set: { ...stored, sessionId, date: sessionDate, exercise } };
    },
  );

  app.post(
    "/api/athletes/:athlete/sessions/:id/sets",
    {
      schema: {
        tags,
        summary: "Add a set to a session",
        params: sessionParams,
        body: sessionSetBody,
        response: { 201: setDetailResponse },
      },
    },
    async (request, reply) => {
      const db = dbOf(request, store);
      const { athlete, profile, unit } = await athleteContext(db, request.params.athlete);
      const { exercise, unit: entered = unit, ...set } = request.body;
      assertLoadsFit(profile, [{ exercise, sets: [set] }], entered, { source: "body" });
      const id = await addSetToSession(db, athlete.id, request.params.id, exercise, set, entered);
      reply.code(201);
      return findSet(db, athlete.id, id, unit);
    },
  );

  app.get(
    "/api/athletes/:athlete/sets/:id",
    { schema: { tags, summary: "One set", params: setParams, response: { 200: setDetailResponse } } },
    async (request) => {
      const { athlete, unit } = await athleteContext(store.db, request.params.athlete);
      return findSet(store.db, athlete.id, request.params.id, unit);
    },
  );

  app.put(
    "/api/athletes/:athlete/sets/:id",
    {
      schema: {
        tags,
        summary: "Correct a set in place (it keeps its id and analyses)",
        params: setParams,
        body: setBody,
        response: { 200: setDetailResponse },
      },
    },
    async (request) => {
      const { athlete, unit } = await athleteContext(store.db, request.params.athlete);
      const { unit: entered = unit, ...set } = request.body;
      await updateSet(store.db, athlete.id, request.params.id, set, entered);
      return findSet(store.db, athlete.id, request.params.id, unit);
    },
  );

  app.delete(
    "/api/athletes/:athlete/sets/:id",
    { schema: { tags, summary: "Delete a set", params: setParams, response: { 204: z.undefined() } } },
    async (request, reply) => {
      const { athlete } = await athleteContext(store.db, request.params.athlete);
      await deleteSet(store.db, athlete.id, request.params.id);
      return reply.code(204).send();
    },
  );
};
