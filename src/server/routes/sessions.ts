import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  athleteParams,
  PAGE,
  sessionBody,
  sessionParams,
  sessionResponse,
  sessionsQuery,
} from "../../contract/api.js";
import { assertLoadsFit } from "../../contract/profile.js";
import { readSession, readSessionPage } from "../../storage/read.js";
import { addSession, deleteSession, replaceSession } from "../../storage/sessions.js";
import type { Store } from "../../storage/store.js";
import { athleteContext } from "../context.js";
import { pageOf, sendPage, sessionKey } from "../paging.js";
import { dbOf } from "../request-db.js";

const tags = ["sessions"];

export const sessionRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    "/api/athletes/:athlete/sessions",
    {
      schema: {
        tags,
        summary:
          "The athlete's sessions, oldest first, loads in their unit (paged: limit, cursor; see X-Next-Cursor)",
        params: athleteParams,
        querystring: sessionsQuery,
        response: { 200: z.array(sessionResponse) },
      },
    },
    async (request, reply) => {
      const { athlete, unit } = await athleteContext(store.db, request.params.athlete);
      const { from, to, latest } = request.query;
      const { limit, after } = pageOf(request.query, PAGE.sessions.limit, sessionKey);
      const page = await readSessionPage(store.db, athlete.id, unit, {
        ...(from !== undefined && { from }),
        ...(to !== undefined && { to }),
        ...(latest !== undefined && { latest }),
        ...(after !== undefined && { after }),
        limit,
      });
      return sendPage(request, reply, page);
    },
  );

  app.post(
    "/api/athletes/:athlete/sessions",
    {
      schema: {
        tags,
        summary: "Add a whole session (a session of CONTRACT's log file)",
        params: athleteParams,
        body: sessionBody,
        response: { 201: sessionResponse },
      },
    },
    async (request, reply) => {
      const db = dbOf(request, store);
      const { athlete, profile, unit } = await athleteContext(db, request.params.athlete);
      const { unit: entered = unit, ...session } = request.body;
      assertLoadsFit(profile, session.exercises ?? [], entered, { source: "body" });
      const id = await addSession(db, athlete.id, session, entered);
      reply.code(201);
      return readSession(db, athlete.id, unit, id);
    },
  );

  app.get(
    "/api/athletes/:athlete/sessions/:id",
    { schema: { tags, summary: "One session", params: sessionParams, response: { 200: sessionResponse } } },
    async (request) => {
      const { athlete, unit } = await athleteContext(store.db, request.params.athlete);
      return readSession(store.db, athlete.id, unit, request.params.id);
    },
  );

  app.put(
    "/api/athletes/:athlete/sessions/:id",
    {
      schema: {
        tags,
        summary: "Replace a session; its sets are stored anew (new ids)",
        params: sessionParams,
        body: sessionBody,
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const { athlete, profile, unit } = await athleteContext(store.db, request.params.athlete);
      const { unit: entered = unit, ...session } = request.body;
      assertLoadsFit(profile, session.exercises ?? [], entered, { source: "body" });
      await replaceSession(store.db, athlete.id, request.params.id, session, entered);
      return readSession(store.db, athlete.id, unit, request.params.id);
    },
  );

  app.delete(
    "/api/athletes/:athlete/sessions/:id",
    {
      schema: { tags, summary: "Delete a session", params: sessionParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      const { athlete } = await athleteContext(store.db, request.params.athlete);
      await deleteSession(store.db, athlete.id, request.params.id);
      return reply.code(204).send();
    },
  );
};
