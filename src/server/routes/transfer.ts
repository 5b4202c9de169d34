// Routes the web app needs beside the log API: the day's check-in on its own (before any set),
// and import in two steps (a preview that stores nothing, then the same file confirmed), and export
// as a download. They reuse the CLI's import and export code paths, not copies.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { athleteParams, daySchema, sessionResponse, unitSchema } from "../../contract/api.js";
import { InputError } from "../../contract/errors.js";
import { readinessSchema } from "../../contract/log.js";
import { exerciseById } from "../../core/knowledge/exercises/index.js";
import type { Session } from "../../core/types.js";
import { parseImport, toCsv } from "../../import/index.js";
import { findAthlete } from "../../storage/athletes.js";
import { getProfile, saveProfile } from "../../storage/profiles.js";
import { readLog, readSession } from "../../storage/read.js";
import { importSessions, logToDay } from "../../storage/sessions.js";
import type { Store } from "../../storage/store.js";
import { athleteContext } from "../context.js";
import { dbOf } from "../request-db.js";

const tags = ["import-export"];

const dayParams = athleteParams.extend({ date: daySchema });
const importBody = z.object({
  fileName: z.string().min(1).max(200).default("upload.csv"),
  text: z.string().min(1, "the file is empty"),
  unit: unitSchema.optional().describe("The file's unit, for exports that do not say (Strong's older CSV)"),
});
const previewResponse = z.object({
  format: z.string(),
  unit: unitSchema.nullable(),
  sessions: z.number(),
  sets: z.number(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  mapped: z
    .array(z.object({ exercise: z.string(), name: z.string(), sets: z.number() }))
    .describe("Exercises matched to the library"),
  unmapped: z
    .array(z.object({ exercise: z.string(), name: z.string(), sets: z.number() }))
    .describe("Exercises kept under their own names (other:…), which no rule reads"),
  warnings: z.array(z.string()),
  profile: z.boolean(),
});
const importResponse = z.object({
  added: z.number(),
  skipped: z.number(),
  profile: z.enum(["stored", "kept", "none"]),
  unit: unitSchema,
  warnings: z.array(z.string()),
});

export const transferRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const parse = async (name: string, body: z.infer<typeof importBody>) => {
    const existing = await findAthlete(store.db, name);
    const storedUnit = existing ? (await getProfile(store.db, existing.id))?.unit : undefined;
    const parsed = parseImport(body.text, body.fileName, {
      ...(body.unit && { unit: body.unit }),
      ...(storedUnit && { profileUnit: storedUnit }),
    });
    return { parsed, unit: parsed.unit ?? body.unit ?? null };
  };

  app.put(
    "/api/athletes/:athlete/days/:date/readiness",
    {
      schema: {
        tags: ["sessions"],
        summary: "The day's check-in (soreness, fatigue, sleep), before or between sets",
        params: dayParams,
        body: readinessSchema,
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const db = dbOf(request, store);
      const { athlete, unit } = await athleteContext(db, request.params.athlete);
      const { sessionId } = await logToDay(db, athlete.id, {
        date: request.params.date,
        readiness: request.body,
        unit,
      });
      return readSession(db, athlete.id, unit, sessionId);
    },
  );

  app.post(
    "/api/athletes/:athlete/import/preview",
    {
      schema: {
        tags,
        summary: "What an import would add (sessions, exercise names, unit, warnings); stores nothing",
        params: athleteParams,
        body: importBody,
        response: { 200: previewResponse },
      },
    },
    async (request) => {
      const { parsed, unit } = await parse(request.params.athlete, request.body);
      const counts = new Map<string, number>();
      let sets = 0;
      for (const session of parsed.sessions) {
        for (const entry of session.exercises ?? []) {
          counts.set(entry.exercise, (counts.get(entry.exercise) ?? 0) + entry.sets.length);
          sets += entry.sets.length;
        }
      }
      const names = [...counts].map(([exercise, n]) => ({
        exercise,
        name: exerciseById(exercise)?.name ?? exercise.replace(/^other:/, ""),
        sets: n,
      }));
      const days = parsed.sessions.map((s) => s.date.slice(0, 10)).sort();
      return {
        format: parsed.format,
        unit,
        sessions: parsed.sessions.length,
        sets,
        first: days[0] ?? null,
        last: days.at(-1) ?? null,
        mapped: names.filter((n) => !n.exercise.startsWith("other:")),
        unmapped: names.filter((n) => n.exercise.startsWith("other:")),
        warnings: parsed.warnings,
        profile: parsed.profile !== undefined,
      };
    },
  );

  app.post(
    "/api/athletes/:athlete/import",
    {
      schema: {
        tags,
        summary: "Add an export's sessions to the log; importing it again adds only new workouts",
        params: athleteParams,
        body: importBody,
        response: { 200: importResponse },
      },
    },
    async (request) => {
      const name = request.params.athlete;
      const { parsed, unit } = await parse(name, request.body);
      if (!unit) {
        throw new InputError(`${request.body.fileName}: the file does not say its unit`, [
          { field: "unit", problem: "the file does not say its unit; choose kg or lb" },
        ]);
      }
      const items = parsed.sessions.map(({ source, externalKey, ...session }) => ({
        session: session as Session,
        origin: { source, externalKey },
      }));
      const db = dbOf(request, store);
      const existing = await findAthlete(db, name);
      let profile: "stored" | "kept" | "none" = "none";
      const counts = await importSessions(
        db,
        existing?.id ?? { name, unit: parsed.profile?.unit ?? unit },
        items,
        unit,
        {
          finish: async (trx, athleteId) => {
            if (!parsed.profile) return;
            profile = (await getProfile(trx, athleteId)) ? "kept" : "stored";
            if (profile === "stored") await saveProfile(trx, athleteId, parsed.profile);
          },
        },
      );
      return { ...counts, profile, unit, warnings: parsed.warnings };
    },
  );

  app.get(
    "/api/athletes/:athlete/export",
    {
      schema: {
        tags,
        summary: "The log as a download: a log file (JSON, with the profile) or CSV",
        params: athleteParams,
        querystring: z.object({ format: z.enum(["json", "csv"]).default("json") }),
      },
    },
    async (request, reply) => {
      const { athlete, profile, unit } = await athleteContext(store.db, request.params.athlete);
      const log = await readLog(store.db, athlete.id, unit);
      const base = `hipthrust-${athlete.name}`;
      if (request.query.format === "csv") {
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${base}.csv"`)
          .send(toCsv(log, unit));
      }
      return reply
        .type("application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="${base}.json"`)
        .send(JSON.stringify({ unit, ...(profile && { profile }), sessions: log.sessions }, null, 2));
    },
  );
};
