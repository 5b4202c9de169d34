import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from "fastify";

declare module "fastify" {
  interface FastifyInstance {
    /** Resolves once no request is in flight (see trackRequests). */
    requestsDone(): Promise<void>;
  }
}

/**
 * Counts requests in flight, from their first hook until nothing of theirs can reach the store.
 * The server's close waits for the clients still connected, but not for the requests of clients
 * that hung up: their hooks (the auth lookup) and handler go on, so the store must not close until
 * this says none are left. Call before any other hook or route is added, but after
 * installIdempotency: the handler wrapper must enclose its transaction. Returns a function that
 * resolves once no request is in flight.
 */
export function trackRequests(app: FastifyInstance): () => Promise<void> {
  const inFlight = new Set<FastifyRequest>();
  const handled = new WeakSet<FastifyRequest>();
  const waiting: (() => void)[] = [];
  const finished = (request: FastifyRequest) => {
    if (inFlight.delete(request) && inFlight.size === 0) for (const resolve of waiting.splice(0)) resolve();
  };
  app.addHook("onRequest", async (request) => {
    inFlight.add(request);
  });
  // The client hung up before its body was read: Fastify would wait for that body forever, or run
  // a bodyless request's handler for no one. Nothing is left to answer, so stop here.
  app.addHook("preParsing", async (request, reply) => {
    if (!request.raw.destroyed) return;
    reply.hijack();
    finished(request);
  });
  // Answered, or refused by a hook: what follows is writing out, which needs no store. A handler
  // may send before it is done, so its request ends when it returns instead.
  app.addHook("onSend", async (request) => {
    if (!handled.has(request)) finished(request);
  });
  app.addHook("onRoute", (route) => {
    const handler = route.handler as RouteHandlerMethod;
    route.handler = function (this: FastifyInstance, request, reply) {
      handled.add(request);
      let result: unknown;
      try {
        result = handler.call(this, request, reply);
      } finally {
        if (!(result instanceof Promise)) finished(request);
      }
      // Fastify sends nothing (no onSend) when a handler resolves empty for a client that hung up.
      return result instanceof Promise ? result.finally(() => finished(request)) : result;
    };
  });
  return () =>
    inFlight.size === 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          waiting.push(resolve);
        });
}
