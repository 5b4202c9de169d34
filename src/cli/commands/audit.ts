import { listAudit } from "../../storage/audit.js";
import { allowOnly, boolFlag, intFlag, noMorePositionals, parseArgs } from "../args.js";
import type { Command } from "../io.js";
import { table } from "../report/table.js";
import { withExistingStore } from "../store.js";

export const command: Command = {
  summary: "the audit log: sign-ins, failed sign-ins, user, role and token changes, newest first",
  usage: [
    "usage: hipthrust audit [--limit N] [--json] [--data DIR]",
    "",
    "  Who did what, when and from which address, newest first (default the last 50, at most 10000).",
    "  Changes made with `hipthrust user` show the actor `cli`.",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["limit", "json", "data"]);
    noMorePositionals(args, 0, "audit");
    const limit = intFlag(args, "limit", 1, 10_000) ?? 50;
    const rows = await withExistingStore(
      args,
      io,
      async (store) => (await listAudit(store.db, { limit })).rows,
      () => [],
    );
    if (boolFlag(args, "json")) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (rows.length === 0) {
      io.stdout("The audit log is empty.\n");
    } else {
      const cells = rows.map((r) => [
        r.at.slice(0, 19).replace("T", " "),
        r.event,
        r.username ?? "-",
        r.actor ?? "-",
        r.address ?? "-",
        r.detail ?? "",
      ]);
      io.stdout(`${table(["AT (UTC)", "EVENT", "USER", "BY", "FROM", "DETAIL"], cells)}\n`);
    }
    return 0;
  },
};
