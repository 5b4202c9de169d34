import { resolve } from "node:path";
import { copyStore, openBackup } from "../../storage/backup.js";
import { allowOnly, boolFlag, noMorePositionals, parseArgs } from "../args.js";
import { InputError } from "../errors.js";
import type { Command } from "../io.js";
import { withStore } from "../store.js";

export const command: Command = {
  summary: "load a backup made by `hipthrust backup` into an empty store (SQLite or PostgreSQL)",
  usage: [
    "usage: hipthrust restore FILE [--force] [--data DIR]",
    "",
    "  Checks that FILE is a hipthrust backup, then copies all of it (athletes, logs, profiles,",
    "  plans, analyses, users, tokens, audit log) into the store in one transaction. The store",
    "  must be empty; --force replaces everything in it. The store may be PostgreSQL (DATABASE_URL).",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["force", "data"]);
    const [source] = args.positionals;
    if (source === undefined) throw new InputError("name the backup FILE: hipthrust restore FILE");
    noMorePositionals(args, 1, "restore");
    // The backup is checked before the store is opened: a bad file creates and changes nothing.
    const backup = await openBackup(resolve(io.cwd, source));
    try {
      const { where, counts } = await withStore(args, io, async (store) => ({
        where: store.where,
        counts: await copyStore(backup.store, store, boolFlag(args, "force")),
      }));
      const n = (table: string) => counts[table] ?? 0;
      io.stdout(
        `Restored ${source} into ${where}: ${n("athletes")} athlete(s), ${n("sessions")} session(s), ` +
          `${n("sets")} set(s), ${n("users")} user(s), ${n("api_tokens")} token(s).\n`,
      );
    } finally {
      await backup.dispose();
    }
    return 0;
  },
};
