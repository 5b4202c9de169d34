import { InputError } from "../../contract/errors.js";
import { lanUrls, serveUntilSignal } from "../../server/serve.js";
import { allowOnly, boolFlag, intFlag, parseArgs, stringFlag } from "../args.js";
import type { Command } from "../io.js";
import { openStoreFor } from "../store.js";

const EVERYWHERE = new Set(["0.0.0.0", "::"]);

function publicUrlFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (!url || !["http:", "https:"].includes(url.protocol))
    throw new InputError(
      `option --public-url: "${value}" is not an http(s) URL, e.g. https://gym.example.org`,
    );
  return value;
}

export const command: Command = {
  summary: "the web app and the HTTP API (JSON, OpenAPI at /api/openapi.json, docs at /api/docs)",
  usage: [
    "usage: hipthrust serve [--port 3000] [--host 127.0.0.1] [--data DIR]",
    "                       [--public-url URL] [--allow-host NAME[,NAME…]] [--trust-proxy]",
    "",
    "  --port N            port to listen on; 0 picks a free one (the address is printed)",
    "  --host H            address to listen on; 0.0.0.0 to reach it from the network",
    "  --data DIR          the store's directory (else $HIPTHRUST_DATA, $XDG_DATA_HOME/hipthrust,",
    "                      ~/.local/share/hipthrust); with DATABASE_URL set, PostgreSQL instead",
    "  --public-url URL    the address people open (e.g. https://gym.example.org behind a proxy);",
    "                      its host name is accepted in the Host header",
    "  --allow-host NAMES  more host names to answer to (comma-separated); others get 403, so that",
    "                      a web page cannot reach this server through a DNS name of its own",
    "  --trust-proxy       behind a reverse proxy: take the client's address and HTTPS from",
    "                      X-Forwarded-For and X-Forwarded-Proto (secure cookies need it)",
    "",
    "Everything but the app shell, health, the exercise library and the docs needs signing in; the",
    "first visit to the app creates the owner (or `hipthrust user add NAME --owner`).",
    "Stops cleanly on SIGTERM or Ctrl-C.",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["port", "host", "data", "public-url", "allow-host", "trust-proxy"]);
    const port = intFlag(args, "port", 0, 65535) ?? 3000;
    const host = stringFlag(args, "host") ?? "127.0.0.1";
    const publicUrl = publicUrlFlag(stringFlag(args, "public-url"));
    const allowHosts = (stringFlag(args, "allow-host") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const trustProxy = boolFlag(args, "trust-proxy");
    const store = await openStoreFor(args, io);
    try {
      const hosts = { publicUrl, allowHosts };
      await serveUntilSignal(store, { port, host, trustProxy, hosts }, (url) => {
        io.stdout(`hipthrust: serving on ${url} — API docs at ${url}/api/docs; store: ${store.where}\n`);
        if (publicUrl) io.stdout(`hipthrust: open ${publicUrl}\n`);
        if (EVERYWHERE.has(host)) {
          const port = new URL(url).port;
          const urls = lanUrls(Number(port));
          if (urls.length > 0)
            io.stdout(`hipthrust: on a phone on this network, open ${urls.join(" or ")}\n`);
          io.stdout(
            "hipthrust: this is plain HTTP, readable by anyone on the network; for HTTPS put a reverse proxy\n" +
              "  (Caddy, nginx) in front and start with --public-url https://… --trust-proxy (see README: On the network)\n",
          );
        }
      });
    } finally {
      await store.close();
    }
    io.stdout("hipthrust: stopped\n");
    return 0;
  },
};
