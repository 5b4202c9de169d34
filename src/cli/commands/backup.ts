import { resolve } from "node:path";
import { backupSqlite, postgresSchemaOf } from "../../storage/backup.js";
import { allowOnly, boolFlag, noMorePositionals, parseArgs } from "../args.js";
import { InputError } from "../errors.js";
import type { Command } from "../io.js";
import { withExistingStore } from "../store.js";

export const command: Command = {
  summary: "a consistent copy of the whole store (every athlete, user and token) in one file",
  usage: [
    "usage: hipthrust backup FILE [--force] [--data DIR]",
    "",
    "  Writes a snapshot of the SQLite store to FILE (readable by you only), safe while a server",
    "  runs. --force replaces an existing FILE. `hipthrust restore FILE` reads it back.",
    "  On PostgreSQL (DATABASE_URL) use pg_dump: the command prints how.",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["force", "data"]);
    const [target] = args.positionals;
    if (target === undefined) throw new InputError("name the backup FILE: hipthrust backup FILE");
    noMorePositionals(args, 1, "backup");
    const file = resolve(io.cwd, target);
    const done = await withExistingStore(
      args,
      io,
      async (store) => {
        if (store.backend === "postgres") {
          const schema = await postgresSchemaOf(store);
          throw new InputError(
            `the store is in PostgreSQL (${store.where}, schema ${schema}); back it up with pg_dump: ` +
              `pg_dump --format=custom --schema=${schema} --file=${target} "$DATABASE_URL" ` +
              `(restore with pg_restore --dbname="$DATABASE_URL" ${target})`,
          );
        }
        return { where: store.where, ...(await backupSqlite(store, file, boolFlag(args, "force"))) };
      },
      (where) => {
        throw new InputError(`no store at ${where} to back up; check --data or HIPTHRUST_DATA`);
      },
    );
    io.stdout(`Backed up ${done.where} to ${file} (${(done.bytes / 1024).toFixed(0)} KB).\n`);
    return 0;
  },
};
