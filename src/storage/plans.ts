import type { Kysely } from "kysely";
import type { Plan } from "../core/types.js";
import { NotFoundError } from "./errors.js";
import { type Page, type PageRequest, toPage } from "./page.js";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

export interface StoredPlanSummary {
  id: number;
  weeks: number;
  createdAt: string;
}

export interface StoredPlan extends StoredPlanSummary {
  plan: Plan;
}

export async function savePlan(db: Db, athleteId: number, plan: Plan): Promise<StoredPlan> {
  const createdAt = new Date().toISOString();
  const weeks = plan.weeks.length;
  const { id } = await db
    .insertInto("plans")
    .values({ athlete_id: athleteId, weeks, data: JSON.stringify(plan), created_at: createdAt })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id, weeks, createdAt, plan };
}

/** Newest first; the cursor is the last id. */
export async function listPlans(
  db: Db,
  athleteId: number,
  page: PageRequest<number>,
): Promise<Page<StoredPlanSummary, number>> {
  let query = db
    .selectFrom("plans")
    .select(["id", "weeks", "created_at as createdAt"])
    .where("athlete_id", "=", athleteId);
  if (page.after !== undefined) query = query.where("id", "<", page.after);
  const rows = await query
    .orderBy("id", "desc")
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (p) => p.id);
}

export async function getPlan(db: Db, athleteId: number, planId: number): Promise<StoredPlan> {
  const row = await db
    .selectFrom("plans")
    .select(["id", "weeks", "created_at as createdAt", "data"])
    .where("id", "=", planId)
    .where("athlete_id", "=", athleteId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("plan", `no plan ${planId} for this athlete`);
  const { data, ...summary } = row;
  return { ...summary, plan: JSON.parse(data) as Plan };
}

export async function deletePlan(db: Db, athleteId: number, planId: number): Promise<void> {
  const result = await db
    .deleteFrom("plans")
    .where("id", "=", planId)
    .where("athlete_id", "=", athleteId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new NotFoundError("plan", `no plan ${planId} for this athlete`);
}
