import type { FastifyPluginAsync } from "fastify";

// A placeholder until the web app lands: says what the API offers and links its documentation.
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>hipthrust</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}code{background:#eee;padding:0 .2em}</style>
</head>
<body>
<h1>hipthrust</h1>
<p>An evidence-based coach for the hip thrust. The web app is on its way; the HTTP API is here now.</p>
<ul>
<li><a href="/api/docs">API documentation</a> (browsable) — or the <a href="/api/openapi.json">OpenAPI document</a></li>
<li>Athletes, profiles, sessions and sets: <code>/api/athletes</code>, <code>/api/athletes/{name}/sessions</code>, <code>…/sets</code></li>
<li>Coaching: <code>/api/athletes/{name}/next</code>, <code>…/plan</code>, <code>…/decide</code></li>
<li>Progress: <code>/api/athletes/{name}/analytics/e1rm</code>, <code>…/weekly-sets</code>, <code>…/records</code>, <code>…/volume</code></li>
<li>Library: <a href="/api/exercises">/api/exercises</a>, <a href="/api/evidence">/api/evidence</a></li>
<li>Status: <a href="/api/health">/api/health</a></li>
</ul>
</body>
</html>
`;

export const homeRoutes: FastifyPluginAsync = async (app) => {
  app.get("/", { schema: { hide: true } }, (_request, reply) =>
    reply.type("text/html; charset=utf-8").send(PAGE),
  );
};
