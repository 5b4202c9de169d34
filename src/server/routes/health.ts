import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { Store } from "../../storage/store.js";

const health = z.object({ status: z.literal("ok"), backend: z.enum(["sqlite", "postgres"]) });

export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    "/api/health",
    { schema: { tags: ["meta"], summary: "Up, and the store answers", response: { 200: health } } },
    async () => {
      await sql`select 1`.execute(store.db);
      return { status: "ok" as const, backend: store.backend };
    },
  );
};
