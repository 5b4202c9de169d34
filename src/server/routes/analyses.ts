import { createWriteStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import multipart from "@fastify/multipart";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { analysisSchema } from "../../contract/analysis.js";
import { analysesQuery, analysisResponse, athleteParams, PAGE, setParams } from "../../contract/api.js";
import { InputError, type Issue } from "../../contract/errors.js";
import { parseAs } from "../../contract/format.js";
import { keypointsFileSchema } from "../../contract/keypoints.js";
import { analyzeKeypoints } from "../../form/analyze.js";
import { videoQueue } from "../../jobs/analysis-jobs.js";
import { attachToSet } from "../../jobs/attach.js";
import { type JobStatus, QueueFullError } from "../../jobs/queue.js";
import { listAnalyses } from "../../storage/analyses.js";
import { findSet } from "../../storage/sets.js";
import type { Store } from "../../storage/store.js";
import { athleteContext } from "../context.js";
import { idKey, pageOf, sendPage } from "../paging.js";
import { dbOf } from "../request-db.js";

const tags = ["form analyses"];

/** Largest upload taken (MiB): a 10-minute 1080p phone clip. `HIPTHRUST_MAX_UPLOAD_MB` changes it. */
const DEFAULT_MAX_UPLOAD_MB = 1024;

const errorBody = (error: string, issues: Issue[]) => ({ error, issues });

const jobParams = athleteParams.extend({ job: z.string().uuid() });

const attachQuery = z.object({
  force: z
    .enum(["true", "false"])
    .optional()
    .describe("true: replace form gates that were entered by hand with the analysis's verdict"),
});

const attachedResponse = analysisResponse.extend({
  gates: z
    .object({
      fullLockout: z
        .boolean()
        .nullable()
        .describe(
          "null: the video could not judge the lockout (hip hidden), so the set's gate was left as it was",
        ),
      controlled: z.boolean(),
    })
    .describe("The set's P3 form gates as the analysis filled them"),
});

const errorResponse = z.object({
  error: z.string(),
  issues: z.array(z.object({ field: z.string(), problem: z.string() })),
});

const jobResponse = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  progress: z.number(),
  submittedAt: z.string(),
  finishedAt: z.string().optional(),
  result: z.unknown().optional(),
  keypoints: z.unknown().optional(),
  error: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), problem: z.string() })).optional(),
});

/** A recording or keypoints file the analysis refuses: 422 with what was seen and how to film. */
function refused(reply: FastifyReply, error: InputError) {
  const issues = error.issues.length > 0 ? error.issues : [{ field: "file", problem: error.message }];
  return (reply as FastifyReply).code(422).send(errorBody(error.message, issues));
}

async function startsWithBrace(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
    return /^\s*\{/.test(buffer.subarray(0, bytesRead).toString("utf8"));
  } finally {
    await file.close();
  }
}

export const analysesRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const maxUploadBytes = Number(process.env.HIPTHRUST_MAX_UPLOAD_MB ?? DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024;
  const queue = videoQueue();
  app.addHook("onClose", () => queue.close());
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 4 } });

  const view = (job: JobStatus<unknown>) => {
    const out: z.infer<typeof jobResponse> = {
      id: job.id,
      status: job.state,
      progress: Number(job.progress.toFixed(3)),
      submittedAt: job.submittedAt,
    };
    if (job.finishedAt) out.finishedAt = job.finishedAt;
    if (job.result)
      Object.assign(out, {
        result: (job.result as { analysis: unknown }).analysis,
        keypoints: (job.result as { keypoints: unknown }).keypoints,
      });
    if (job.error) {
      out.error = job.error instanceof Error ? job.error.message : String(job.error);
      if (job.error instanceof InputError)
        out.issues = job.error.issues.length ? job.error.issues : [{ field: "file", problem: out.error }];
    }
    return out;
  };

  app.post(
    "/api/athletes/:athlete/analyses",
    {
      schema: {
        tags,
        summary:
          "Analyse a video (multipart field `video`, answered 202 with a job) or a keypoints file (answered at once)",
        params: athleteParams,
        consumes: ["multipart/form-data", "application/json"],
        response: {
          200: jobResponse,
          202: jobResponse,
          413: errorResponse,
          415: errorResponse,
          422: errorResponse,
          503: errorResponse,
        },
      },
    },
    async (request, reply) => {
      const { athlete } = await athleteContext(store.db, request.params.athlete);
      if (!request.isMultipart()) {
        const type = request.headers["content-type"] ?? "";
        if (!type.startsWith("application/json")) {
          return reply
            .code(415)
            .send(
              errorBody(
                `unsupported content type "${type}": send multipart/form-data with a video, or a keypoints file as JSON`,
                [{ field: "content-type", problem: "must be multipart/form-data or application/json" }],
              ),
            );
        }
        try {
          const keypoints = parseAs(keypointsFileSchema, request.body, "body");
          const now = new Date().toISOString();
          return reply.code(200).send({
            id: "immediate",
            status: "done",
            progress: 1,
            submittedAt: now,
            finishedAt: now,
            result: analyzeKeypoints(keypoints),
          });
        } catch (error) {
          if (error instanceof InputError) return refused(reply, error);
          throw error;
        }
      }

      const part = await request.file();
      if (!part) {
        return reply
          .code(422)
          .send(
            errorBody("no file in the upload: send the video in a multipart field named `video`", [
              { field: "video", problem: "is required" },
            ]),
          );
      }
      const dir = await mkdtemp(join(tmpdir(), "hipthrust-upload-"));
      const path = join(dir, "upload");
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        await pipeline(part.file, createWriteStream(path));
      } catch (error) {
        await cleanup();
        throw error;
      }
      if (part.file.truncated) {
        await cleanup();
        return reply
          .code(413)
          .send(
            errorBody(
              `the upload is larger than the ${Math.round(maxUploadBytes / 1024 / 1024)} MiB limit: trim the video to the set`,
              [{ field: "video", problem: "is too large" }],
            ),
          );
      }
      const name = basename(part.filename || "video");
      if (await startsWithBrace(path)) {
        try {
          const { readFile } = await import("node:fs/promises");
          const body: unknown = JSON.parse(await readFile(path, "utf8"));
          const keypoints = parseAs(keypointsFileSchema, body, name);
          const now = new Date().toISOString();
          return reply.code(200).send({
            id: "immediate",
            status: "done",
            progress: 1,
            submittedAt: now,
            finishedAt: now,
            result: analyzeKeypoints(keypoints),
          });
        } catch (error) {
          if (error instanceof SyntaxError)
            return refused(reply, new InputError(`${name}: not valid JSON (${error.message})`));
          if (error instanceof InputError) return refused(reply, error);
          throw error;
        } finally {
          await cleanup();
        }
      }
      if (!/^(video|application\/octet-stream)/.test(part.mimetype)) {
        await cleanup();
        return reply
          .code(415)
          .send(
            errorBody(`${name}: "${part.mimetype}" is not a video: send an mp4, mov, webm or mkv recording`, [
              { field: "video", problem: "must be a video" },
            ]),
          );
      }
      try {
        const job = queue.submit(athlete.name, { path, name, dir });
        return reply
          .code(202)
          .header("location", `/api/athletes/${athlete.name}/analyses/${job.id}`)
          .send(view(job));
      } catch (error) {
        await cleanup();
        if (error instanceof QueueFullError) return reply.code(503).send(errorBody(error.message, []));
        throw error;
      }
    },
  );

  app.get(
    "/api/athletes/:athlete/analyses/:job",
    {
      schema: {
        tags,
        summary: "Status, progress and result of a video analysis (422 when the video was refused)",
        params: jobParams,
        response: { 200: jobResponse, 404: errorResponse, 422: jobResponse },
      },
    },
    async (request, reply) => {
      const { athlete } = await athleteContext(store.db, request.params.athlete);
      const job = queue.status(request.params.job);
      if (!job || job.owner !== athlete.name) {
        return reply
          .code(404)
          .send(
            errorBody(`no analysis ${request.params.job} for ${athlete.name}`, [
              { field: "job", problem: "not found (finished analyses are kept for an hour)" },
            ]),
          );
      }
      const out = view(job);
      return reply.code(job.state === "failed" && job.error instanceof InputError ? 422 : 200).send(out);
    },
  );

  app.post(
    "/api/athletes/:athlete/sets/:id/analyses",
    {
      schema: {
        tags,
        summary:
          "Attach a form analysis to a set and fill its form gates (fullLockout, controlled) from it; a gate entered by hand is replaced only with ?force=true (else 422, nothing stored)",
        params: setParams,
        querystring: attachQuery,
        body: analysisSchema.describe("An `analyze --json` document"),
        response: { 201: attachedResponse, 422: errorResponse },
      },
    },
    async (request, reply) => {
      const db = dbOf(request, store);
      const { athlete, unit } = await athleteContext(db, request.params.athlete);
      const set = await findSet(db, athlete.id, request.params.id, unit);
      const now = new Date();
      try {
        const attached = await attachToSet(
          db,
          request.body,
          {
            athleteId: athlete.id,
            setId: set.id,
            day: set.date,
            force: request.query.force === "true",
            forceHint: "?force=true",
          },
          now,
        );
        return reply.code(201).send({
          id: attached.analysisId,
          setId: attached.setId,
          createdAt: now.toISOString(),
          analysis: request.body,
          gates: attached.gates,
        });
      } catch (error) {
        if (error instanceof InputError) return refused(reply, error);
        throw error;
      }
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
