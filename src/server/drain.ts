import type { FastifyInstance, RouteHandlerMethod } from "fastify";

declare module "fastify" {
  interface FastifyInstance {
    /** Resolves once no route handler is running (see trackHandlers). */
    handlersDone(): Promise<void>;
  }
}

/**
 * Counts route handlers still running. A handler goes on after its client disconnects, and the
 * server's close does not wait for it, so the store must not close until this says none are left.
 * Call before any route is registered; returns a function that resolves once no handler runs.
 */
export function trackHandlers(app: FastifyInstance): () => Promise<void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const finished = () => {
    running--;
    if (running === 0) for (const resolve of waiting.splice(0)) resolve();
  };
  app.addHook("onRoute", (route) => {
    const handler = route.handler as RouteHandlerMethod;
    route.handler = function (this: FastifyInstance, request, reply) {
      const result = handler.call(this, request, reply);
      if (!(result instanceof Promise)) return result;
      running++;
      return result.finally(finished);
    };
  });
  return () =>
    running === 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          waiting.push(resolve);
        });
}
