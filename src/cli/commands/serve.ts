import { serveUntilSignal } from "../../server/serve.js";
import { allowOnly, intFlag, parseArgs, stringFlag } from "../args.js";
import type { Command } from "../io.js";
import { openStoreFor } from "../store.js";

export const command: Command = {
  summary: "the web app and the HTTP API (JSON, OpenAPI at /api/openapi.json, docs at /api/docs)",
  usage: [
    "usage: hipthrust serve [--port 3000] [--host 127.0.0.1] [--data DIR]",
    "",
    "  --port N     port to listen on; 0 picks a free one (the address is printed)",
    "  --host H     address to listen on; 0.0.0.0 to reach it from the network",
    "  --data DIR   the store's directory (else $HIPTHRUST_DATA, $XDG_DATA_HOME/hipthrust,",
    "               ~/.local/share/hipthrust); with DATABASE_URL set, PostgreSQL instead",
    "",
    "Stops cleanly on SIGTERM or Ctrl-C.",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["port", "host", "data"]);
    const port = intFlag(args, "port", 0, 65535) ?? 3000;
    const host = stringFlag(args, "host") ?? "127.0.0.1";
    const store = await openStoreFor(args, io);
    try {
      await serveUntilSignal(store, { port, host }, (url) => {
        io.stdout(`hipthrust: serving on ${url} — API docs at ${url}/api/docs; store: ${store.where}\n`);
      });
    } finally {
      await store.close();
    }
    io.stdout("hipthrust: stopped\n");
    return 0;
  },
};
