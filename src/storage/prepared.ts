import { type Compilable, CompiledQuery, type Kysely, type QueryResult } from "kysely";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

/** Stands for the n-th argument (or its property `key`) while a prepared query is built. */
class Slot {
  constructor(
    readonly index: number,
    readonly key?: string,
  ) {}
  valueIn(args: readonly unknown[]): unknown {
    const arg = args[this.index];
    return this.key === undefined ? arg : (arg as Record<string, unknown>)[this.key];
  }
}

/** A slot for an argument; a plain object (a row to insert) gets one for each of its properties. */
function slotFor(arg: unknown, index: number): unknown {
  if (arg === null || typeof arg !== "object" || Array.isArray(arg)) return new Slot(index);
  return Object.fromEntries(Object.keys(arg).map((key) => [key, new Slot(index, key)]));
}

/** One compiled form per dialect (SQLite and PostgreSQL write placeholders differently). */
// biome-ignore lint/suspicious/noExplicitAny: Kysely's executor is internal; its adapter is one object per store.
const dialectOf = (db: Db): object => (db as any).getExecutor().adapter;

/**
 * A query built and compiled once per dialect, then run with new values: Kysely otherwise builds
 * and compiles the same tree on every call, 20–40 µs a query, about a third of what logging a set
 * costs the server. `build` must give SQL that does not depend on its arguments: each argument is
 * used once as a plain value (compared, inserted), never to choose a column, a join or a list; an
 * object argument (a row) has the same keys on every call.
 */
export function prepared<A extends unknown[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
): (db: Db, ...args: A) => Promise<QueryResult<R>> {
  const compiled = new WeakMap<object, CompiledQuery<R>>();
  return (db, ...args) => {
    const dialect = dialectOf(db);
    let query = compiled.get(dialect);
    if (!query) {
      query = build(db, ...(args.map(slotFor) as A)).compile();
      compiled.set(dialect, query);
    }
    const parameters = query.parameters.map((p) => (p instanceof Slot ? p.valueIn(args) : p));
    return db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters));
  };
}
