// The web app's shell and static files: the built app (dist/web, made by `vite build` in
// `npm ci`), the pose model and the tfjs wasm binaries from node_modules, so the browser never
// fetches anything from outside this server. Client routes (/today, /log, …) get index.html.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync, FastifyReply } from "fastify";

const fromRoot = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const WEB = fromRoot("dist/web");
const MODELS = fromRoot("node_modules/@vladmandic/human/models");
const WASM = fromRoot("node_modules/@tensorflow/tfjs-backend-wasm/dist");
const MODEL_FILES = new Set(["movenet-lightning.json", "movenet-lightning.bin"]);

const MISSING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hipthrust</title></head>
<body><h1>hipthrust</h1><p>The web app is not built: run <code>npm run build</code>. The API is at
<a href="/api/docs">/api/docs</a>.</p></body></html>`;

function noCache(reply: FastifyReply): void {
  reply.header("cache-control", "no-cache");
}

export const homeRoutes: FastifyPluginAsync = async (app) => {
  const built = existsSync(`${WEB}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: WEB,
      prefix: "/",
      wildcard: false,
      index: false,
      schemaHide: true,
      setHeaders(res, path) {
        // Hashed names never change content; the shell and the service worker must be re-checked.
        res.setHeader(
          "cache-control",
          path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  }
  await app.register(fastifyStatic, {
    root: MODELS,
    prefix: "/models/",
    decorateReply: false,
    schemaHide: true,
    allowedPath: (path) => MODEL_FILES.has(path.replace(/^\//, "")),
  });
  await app.register(fastifyStatic, {
    root: WASM,
    prefix: "/wasm/",
    decorateReply: false,
    schemaHide: true,
    allowedPath: (path) => /^\/?[\w-]+\.wasm$/.test(path),
  });

  const shell = (_request: unknown, reply: FastifyReply) => {
    noCache(reply);
    if (!built) return reply.type("text/html; charset=utf-8").send(MISSING);
    return reply.sendFile("index.html", WEB);
  };
  app.get("/", { schema: { hide: true } }, shell);
  // Client-side routes: any path that is not the API and has no file extension.
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    return shell(request, reply);
  });
};
