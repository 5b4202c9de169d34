// Security headers on every answer (helmet) with a Content-Security-Policy under which the web app
// and the API docs load everything from this server and nothing from outside.
// No CORS plugin: other origins get no Access-Control-Allow-Origin, so browsers keep them out.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  // The pose model's WASM backend compiles WebAssembly; no eval of JavaScript.
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  workerSrc: ["'self'", "blob:"],
  imgSrc: ["'self'", "data:", "blob:"],
  mediaSrc: ["'self'", "blob:"],
  connectSrc: ["'self'"],
  // React style attributes and swagger-ui's inline styles.
  styleSrc: ["'self'", "'unsafe-inline'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

const OPTIONS: HelmetOptions = {
  // Not helmet's defaults: they add upgrade-insecure-requests, which would break plain HTTP on a LAN.
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  // HSTS belongs to the HTTPS reverse proxy in front, which knows whether HTTPS is in use.
  strictTransportSecurity: false,
};

/** The headers helmet sets, worked out once: they depend on no request (no CSP nonces). */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Sets them on every answer. @fastify/helmet rebuilt helmet's middleware, CSP parsing included,
 * on every request: 2–4% of the CPU of logging a set.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  const headers = helmetHeaders(OPTIONS);
  app.addHook("onRequest", async (_request, reply) => {
    reply.headers(headers);
  });
}
