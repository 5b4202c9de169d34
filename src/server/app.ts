import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  createJsonSchemaTransform,
  serializerCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Store } from "../storage/store.js";
import { decorateAuth, installAuth } from "./auth/authenticate.js";
import { installSecurityHeaders } from "./auth/headers.js";
import { type HostOptions, installHostCheck } from "./auth/host.js";
import { installJsonParser } from "./body.js";
import { trackRequests } from "./drain.js";
import { frameworkErrors, installErrorHandlers, validatorCompiler } from "./errors.js";
import { installIdempotency } from "./idempotency.js";
import { BODY_LIMIT, installBodyLimits, installRateLimit, rateLimitFrom } from "./limits.js";
import { analysesRoutes } from "./routes/analyses.js";
import { analyticsRoutes } from "./routes/analytics.js";
import { athleteRoutes } from "./routes/athletes.js";
import { auditRoutes } from "./routes/audit.js";
import { authRoutes } from "./routes/auth.js";
import { coachRoutes } from "./routes/coach.js";
import { healthRoutes } from "./routes/health.js";
import { homeRoutes } from "./routes/home.js";
import { libraryRoutes } from "./routes/library.js";
import { planRoutes } from "./routes/plans.js";
import { profileRoutes } from "./routes/profile.js";
import { sessionRoutes } from "./routes/sessions.js";
import { setRoutes } from "./routes/sets.js";
import { transferRoutes } from "./routes/transfer.js";
import { userRoutes } from "./routes/users.js";

export interface ServerOptions {
  store: Store;
  /** Fastify's request log (to stderr); off by default. */
  logger?: boolean;
  /** Requests per minute per client; default from `HIPTHRUST_RATE_LIMIT`, else 6000; 0 turns it off. */
  rateLimit?: number;
  /** Accounts and sign-in on every private route; `false` only for bench/auth-cost.ts's comparison. */
  auth?: boolean;
  /** Behind a reverse proxy: X-Forwarded-For/-Proto name the client and whether it used HTTPS. */
  trustProxy?: boolean;
  /** Host names the server answers to, besides localhost and IP literals. */
  hosts?: HostOptions;
}

export async function buildServer({
  store,
  logger = false,
  rateLimit = rateLimitFrom(process.env),
  auth = true,
  trustProxy = false,
  hosts = {},
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: logger && { stream: process.stderr },
    trustProxy,
    frameworkErrors,
  });
  // Idempotency wraps a handler in its transaction, request tracking wraps both; its hooks come
  // first so that a request counts from before any other hook reaches the store.
  installIdempotency(app, store);
  app.decorate("requestsDone", trackRequests(app));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);
  installHostCheck(app, hosts);
  installSecurityHeaders(app);
  decorateAuth(app);
  if (auth) await installAuth(app, store);
  installJsonParser(app);
  installBodyLimits(app);
  await installRateLimit(app, rateLimit);

  await app.register(swagger, {
    openapi: {
      info: {
        title: "hipthrust API",
        version: "1",
        description:
          "An evidence-based hip-thrust coach. Errors are JSON `{ error, issues: [{ field, problem }] }`: " +
          "400 invalid input, 404 unknown athlete or record, 409 conflict, 413 body over the route's limit " +
          "(1 MiB at most), 422 Idempotency-Key reused with another body, 429 too many requests " +
          "(Retry-After), 503 store busy (Retry-After). Every route but the public ones (health, " +
          "auth status, setup and login, the exercise library, evidence, this document) needs a signed-in " +
          "session (cookie `hipthrust_session`, and `X-CSRF-Token` on writes) or `Authorization: Bearer " +
          "<API token>`: 401 without, 403 for owner-only routes, 404 for an athlete you may not access. " +
          "Create routes (POST) take an `Idempotency-Key` " +
          "header: a replay within 24 h answers as the first request did and stores nothing new. " +
          "List routes page with `limit` and `cursor` (the `X-Next-Cursor` header of the previous page).",
      },
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { validatorUrl: null } });
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());

  const api = app.withTypeProvider<ZodTypeProvider>();
  await api.register(healthRoutes, { store });
  if (auth) {
    await api.register(authRoutes, { store });
    await api.register(userRoutes, { store });
    await api.register(auditRoutes, { store });
  }
  await api.register(athleteRoutes, { store });
  await api.register(profileRoutes, { store });
  await api.register(sessionRoutes, { store });
  await api.register(setRoutes, { store });
  await api.register(analysesRoutes, { store });
  await api.register(coachRoutes, { store });
  await api.register(planRoutes, { store });
  await api.register(analyticsRoutes, { store });
  await api.register(transferRoutes, { store });
  await api.register(libraryRoutes);
  await api.register(homeRoutes);
  return app;
}
