// A fingerprint of everything stored, to show that a refused request changed nothing.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Store } from "../../src/storage/store.js";

/**
 * Columns a request may touch without storing anything: when a session or token was last used.
 * Audit rows record refused sign-ins on purpose, so they are left out too.
 */
const VOLATILE = new Set(["last_used_at", "expires_at"]);
const SKIPPED_TABLES = new Set(["audit"]);

async function tables(store: Store): Promise<string[]> {
  const query =
    store.backend === "sqlite"
      ? sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`
      : sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() order by table_name`;
  const { rows } = await query.execute(store.db);
  return rows.map((r) => r.name).filter((name) => !SKIPPED_TABLES.has(name));
}

/** Every table's rows as JSON: one statement on PostgreSQL, where each round trip costs. */
async function rowsByTable(store: Store, names: string[]): Promise<[string, Record<string, unknown>[]][]> {
  if (store.backend === "sqlite") {
    const out: [string, Record<string, unknown>[]][] = [];
    for (const table of names) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        store.db,
      );
      out.push([table, rows]);
    }
    return out;
  }
  const columns = names.map(
    (table) =>
      sql`(select coalesce(json_agg(row_to_json(t)), '[]'::json) from ${sql.table(table)} t) as ${sql.ref(table)}`,
  );
  const { rows } = await sql<Record<string, Record<string, unknown>[]>>`select ${sql.join(columns)}`.execute(
    store.db,
  );
  return names.map((table) => [table, rows[0]?.[table] ?? []]);
}

/** SHA-256 over every table's rows, in a fixed order, with volatile columns left out. */
export async function storeHash(store: Store): Promise<string> {
  const hash = createHash("sha256");
  for (const [table, rows] of await rowsByTable(store, await tables(store))) {
    const lines = rows.map((row) =>
      JSON.stringify(Object.entries(row).filter(([column]) => !VOLATILE.has(column))),
    );
    hash.update(`${table}\n${lines.sort().join("\n")}\n`);
  }
  return hash.digest("hex");
}

/** Rows whose parent is gone, and stored rows of unfinished imports. */
export async function orphans(store: Store): Promise<number> {
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    Number((await query.execute(store.db)).rows[0]?.n ?? 0);
  return (
    (await count(
      sql`select count(*) as n from sets s left join exercise_entries e on e.id = s.entry_id where e.id is null`,
    )) +
    (await count(
      sql`select count(*) as n from exercise_entries e left join sessions s on s.id = e.session_id where s.id is null`,
    )) +
    (await count(
      sql`select count(*) as n from sessions s left join athletes a on a.id = s.athlete_id where a.id is null`,
    )) +
    (await count(
      sql`select count(*) as n from form_analyses f left join sets s on s.id = f.set_id where s.id is null`,
    ))
  );
}
