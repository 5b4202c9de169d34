import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import type { Store } from "../storage/store.js";
import { buildServer } from "./app.js";
import type { HostOptions } from "./auth/host.js";

export interface ListenOptions {
  port: number;
  host: string;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers. */
  trustProxy?: boolean;
  hosts?: HostOptions;
}

/** Listening on every address: the URLs a phone on the same network can open (IPv4, not loopback). */
export function lanUrls(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === "IPv4" && !a.internal)
    .map((a) => `http://${a?.address}:${port}`);
}

function untilSignal(signals: NodeJS.Signals[]): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      for (const s of signals) process.off(s, on);
      resolve(signal);
    };
    for (const s of signals) process.on(s, on);
  });
}

/** The longest SIGTERM waits for requests whose clients hung up (a handler's store work takes ms). */
const DRAIN_LIMIT_MS = 15_000;

/**
 * Serves the API on the store until SIGTERM or SIGINT, then stops taking requests, lets those in
 * flight finish (even those whose client left) and closes the server. The caller closes the store
 * after: server first, then DB.
 */
export async function serveUntilSignal(
  store: Store,
  options: ListenOptions,
  onListening: (url: string) => void,
): Promise<NodeJS.Signals> {
  const app = await buildServer({
    store,
    trustProxy: options.trustProxy ?? false,
    hosts: options.hosts ?? {},
  });
  // Responses that finish after the signal close their connection: a keep-alive connection left
  // idle after closing began would otherwise hold the process open until its timeout.
  let stopping = false;
  app.addHook("onSend", async (_request, reply) => {
    if (stopping) reply.header("connection", "close");
  });
  const stopped = untilSignal(["SIGTERM", "SIGINT"]);
  try {
    await app.listen(options);
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  onListening(`http://${host}:${port}`);
  const signal = await stopped;
  stopping = true;
  // Close answers 503 to requests that still come on open connections and waits for the clients
  // still connected; the requests of those that hung up are waited for after.
  await app.close();
  // Bounded, so that a request that never ends (a bug) cannot keep the process from stopping.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    app.requestsDone(),
    new Promise((resolve) => {
      timer = setTimeout(resolve, DRAIN_LIMIT_MS);
    }),
  ]);
  clearTimeout(timer);
  return signal;
}
