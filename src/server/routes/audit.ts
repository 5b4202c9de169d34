// The audit log: sign-ins, failures, tokens, users and roles (owner only).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageQuery } from "../../contract/api.js";
import { listAudit } from "../../storage/audit.js";
import type { Store } from "../../storage/store.js";
import { auditResponse } from "../auth/schemas.js";
import { NEXT_CURSOR_HEADER } from "../paging.js";

export const auditRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    "/api/audit",
    {
      schema: {
        tags: ["users"],
        summary: "The audit log, newest first (owner only; paged: limit, cursor; see X-Next-Cursor)",
        querystring: pageQuery(100, 1000),
        response: { 200: z.array(auditResponse) },
      },
    },
    async (request, reply) => {
      const { rows, next } = await listAudit(store.db, {
        limit: request.query.limit ?? 100,
        ...(request.query.cursor !== undefined && { cursor: request.query.cursor }),
      });
      if (next !== null) reply.header(NEXT_CURSOR_HEADER, next);
      return rows;
    },
  );
};
