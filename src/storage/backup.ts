// Whole-installation backup and restore. A backup is a SQLite file (a consistent snapshot made
// with VACUUM INTO while servers may be writing); restore copies every row of one into the
// configured store, SQLite or PostgreSQL, in one transaction.
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { InputError } from "../contract/errors.js";
import { migrationProvider } from "./migrations.js";
import { DB_FILE, openStore, type Store } from "./store.js";

// biome-ignore lint/suspicious/noExplicitAny: tables are found at run time, whatever migrations made them.
type AnyDb = Kysely<any>;

/**
 * Writes a snapshot of the SQLite store to `file`, readable by its owner only. The copy is made
 * next to it and renamed into place, so `file` is either the old one or a whole new one.
 */
export async function backupSqlite(store: Store, file: string, replace: boolean): Promise<{ bytes: number }> {
  if (!replace && existsSync(file))
    throw new InputError(`${file} already exists; give another name or add --force`);
  const partial = `${file}.partial-${process.pid}`;
  // VACUUM INTO writes into an empty file as it is, keeping the 0600 it was made with.
  closeSync(openSync(partial, "wx", 0o600));
  try {
    await sql`vacuum into ${partial}`.execute(store.db);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { bytes: statSync(file).size };
}

/** The schema a PostgreSQL store lives in, for pg_dump's --schema. */
export async function postgresSchemaOf(store: Store): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db);
  return rows[0]?.schema ?? "public";
}

function notAStore(file: string, why: string): InputError {
  return new InputError(
    `${file} is not a hipthrust backup (${why}); give a file made by \`hipthrust backup\``,
  );
}

/** Checks a private copy of the file before it is opened as a store: SQLite, intact, ours, not newer. */
async function inspect(copy: string, file: string): Promise<void> {
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(copy, { fileMustExist: true });
    if (db.pragma("quick_check", { simple: true }) !== "ok") throw notAStore(file, "it is damaged");
    const tables = new Set(
      db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    if (!tables.has("kysely_migration") || !tables.has("athletes"))
      throw notAStore(file, "it has no hipthrust tables");
    const applied = db.prepare("select name from kysely_migration").pluck().all() as string[];
    const known = Object.keys(await migrationProvider("sqlite").getMigrations());
    const unknown = applied.find((name) => !known.includes(name));
    if (unknown !== undefined) {
      throw new InputError(
        `${file} was made by a newer hipthrust (migration ${unknown}); upgrade hipthrust first`,
      );
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
      throw notAStore(file, "not an SQLite database");
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Opens a backup as a store of its own: a private copy (the file itself is never changed),
 * checked, and brought up to this version's schema.
 */
export async function openBackup(file: string): Promise<{ store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "hipthrust-restore-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, DB_FILE);
    try {
      copyFileSync(file, copy);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        `${file}: cannot read the file (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code})`,
      );
    }
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    await inspect(copy, file);
    const store = await openStore({ dataDir: dir });
    return {
      store,
      async dispose() {
        await store.close();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The store's tables (not the migrator's), parents before the tables that refer to them. */
async function tablesInOrder(source: Store): Promise<string[]> {
  const db = source.db as AnyDb;
  const { rows } = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' and name not like 'sqlite%' and name not like 'kysely%' order by name`.execute(db);
  const parents = new Map<string, string[]>();
  for (const { name } of rows) {
    const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(
      db,
    );
    parents.set(
      name,
      fks.rows.map((r) => r.table).filter((t) => t !== name),
    );
  }
  const ordered: string[] = [];
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    for (const parent of parents.get(name) ?? []) visit(parent);
    ordered.push(name);
  };
  for (const name of parents.keys()) visit(name);
  return ordered;
}

async function hasIdColumn(source: Store, table: string): Promise<boolean> {
  const { rows } = await sql`select 1 from pragma_table_info(${table}) where name = 'id'`.execute(source.db);
  return rows.length > 0;
}

/** Tables of the target that already hold rows. */
async function nonEmpty(target: AnyDb, tables: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const table of tables) {
    const { rows } = await sql`select 1 from ${sql.table(table)} limit 1`.execute(target);
    if (rows.length > 0) out.push(table);
  }
  return out;
}

/** Values bound per insert statement: far below both backends' limits. */
const VALUES_PER_INSERT = 5000;
/** Rows read from the backup at a time. */
const READ_BATCH = 2000;

/**
 * Copies every row of `source` (an opened backup) into `target`, ids included, in one
 * transaction. The target must hold nothing unless `replace`, which deletes what it holds first.
 * Returns the rows copied per table.
 */
export async function copyStore(
  source: Store,
  target: Store,
  replace: boolean,
): Promise<Record<string, number>> {
  const tables = await tablesInOrder(source);
  const counts: Record<string, number> = {};
  await (target.db as AnyDb).transaction().execute(async (trx) => {
    const holding = await nonEmpty(trx, tables);
    if (holding.length > 0) {
      if (!replace) {
        throw new InputError(
          `${target.where} is not empty (${holding.join(", ")} hold rows); restore into a new store, or add --force to replace everything in it`,
        );
      }
      for (const table of [...tables].reverse()) await trx.deleteFrom(table).execute();
    }
    for (const table of tables) {
      counts[table] = 0;
      for (let after = 0; ; ) {
        const { rows } = await sql<
          Record<string, unknown>
        >`select rowid as "__rowid", * from ${sql.table(table)}
          where rowid > ${after} order by rowid limit ${READ_BATCH}`.execute(source.db);
        if (rows.length === 0) break;
        after = Number(rows[rows.length - 1]?.__rowid);
        const values = rows.map(({ __rowid: _, ...row }) => row);
        const perInsert = Math.max(1, Math.floor(VALUES_PER_INSERT / Object.keys(values[0] ?? {}).length));
        for (let i = 0; i < values.length; i += perInsert) {
          await trx
            .insertInto(table)
            .values(values.slice(i, i + perInsert))
            .execute();
        }
        counts[table] += values.length;
      }
      // Rows came with their ids: PostgreSQL's sequences must move past them.
      if (target.backend === "postgres" && (await hasIdColumn(source, table))) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 0) + 1, false)
          from ${sql.table(table)} where pg_get_serial_sequence(${table}, 'id') is not null`.execute(trx);
      }
    }
  });
  return counts;
}
