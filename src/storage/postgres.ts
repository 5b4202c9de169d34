import { PostgresDialect } from "kysely";
import pg from "pg";

const INT8 = 20;
const NUMERIC = 1700;

// pg returns BIGINT and NUMERIC as strings (they may not fit a double). Ours are counts and
// small sums, so read them as numbers, for this pool only.
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** `connectionString` may carry `?options=-c search_path=…` to pick a schema. */
export function postgresDialect(connectionString: string): PostgresDialect {
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, types, max: 10 }) });
}
