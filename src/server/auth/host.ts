// The Host-header allow-list: a page on another site that points a DNS name of its own at this
// server (DNS rebinding) sends that name as Host, and is refused before any route runs.
import { isIP } from "node:net";
import type { FastifyInstance } from "fastify";
import { HttpError } from "../errors.js";

export interface HostOptions {
  /** The address the server is reached at from outside (`--public-url`), if any. */
  publicUrl?: string | undefined;
  /** More host names to accept (`--allow-host`). */
  allowHosts?: readonly string[] | undefined;
}

/** The host name of a Host header: without the port, IPv6 without brackets, lower case. */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]") === -1 ? undefined : host.indexOf("]"));
  const colon = host.lastIndexOf(":");
  return colon === -1 ? host : host.slice(0, colon);
}

/** `localhost` (any port), an IP literal, the public URL's host or an allowed name. */
export function hostAllowed(header: string | undefined, options: HostOptions): boolean {
  if (header === undefined) return false;
  const name = hostName(header);
  if (name === "localhost" || isIP(name) !== 0) return true;
  if (options.publicUrl !== undefined && new URL(options.publicUrl).hostname.toLowerCase() === name)
    return true;
  return (options.allowHosts ?? []).some((allowed) => allowed.toLowerCase() === name);
}

export function installHostCheck(app: FastifyInstance, options: HostOptions): void {
  app.addHook("onRequest", async (request) => {
    const header = request.headers.host;
    if (hostAllowed(header, options)) return;
    const name = header === undefined ? "(none)" : hostName(header);
    throw new HttpError(
      403,
      "Host",
      `host "${name}" is not allowed; start the server with --public-url https://${name} (or --allow-host ${name}) to serve it under that name`,
    );
  });
}
