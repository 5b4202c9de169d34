// Security headers on every answer (@fastify/helmet) with a Content-Security-Policy under which
// the web app and the API docs load everything from this server and nothing from outside.
// No CORS plugin: other origins get no Access-Control-Allow-Origin, so browsers keep them out.
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

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

export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    // Not helmet's defaults: they add upgrade-insecure-requests, which would break plain HTTP on a LAN.
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // HSTS belongs to the HTTPS reverse proxy in front, which knows whether HTTPS is in use.
    strictTransportSecurity: false,
  });
}
