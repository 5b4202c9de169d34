import type { Kysely } from "kysely";
import { type Page, type PageRequest, toPage } from "./page.js";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

export interface StoredAnalysis {
  id: number;
  setId: number;
  createdAt: string;
  analysis: unknown;
}

/** Attaches a form analysis (the `analyze --json` document) to a set the caller has checked. */
export async function addAnalysis(db: Db, setId: number, analysis: unknown): Promise<StoredAnalysis> {
  const createdAt = new Date().toISOString();
  const { id } = await db
    .insertInto("form_analyses")
    .values({ set_id: setId, data: JSON.stringify(analysis), created_at: createdAt })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id, setId, createdAt, analysis };
}

/** Oldest first; the cursor is the last id. */
export async function listAnalyses(
  db: Db,
  setId: number,
  page: PageRequest<number> = { limit: 1000 },
): Promise<Page<StoredAnalysis, number>> {
  let query = db
    .selectFrom("form_analyses")
    .select(["id", "set_id as setId", "created_at as createdAt", "data"])
    .where("set_id", "=", setId);
  if (page.after !== undefined) query = query.where("id", ">", page.after);
  const rows = await query
    .orderBy("id")
    .limit(page.limit + 1)
    .execute();
  const analyses = rows.map(({ data, ...row }) => ({ ...row, analysis: JSON.parse(data) as unknown }));
  return toPage(analyses, page.limit, (a) => a.id);
}
