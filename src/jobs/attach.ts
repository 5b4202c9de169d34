import type { Kysely } from "kysely";
import type { Analysis } from "../contract/analysis.js";
import { InputError } from "../contract/errors.js";
import { exerciseById } from "../core/knowledge/exercises/index.js";
import { wasJudged } from "../form/judged.js";
import type { Database } from "../storage/schema.js";
import { inTransaction } from "../storage/tx.js";

type Db = Kysely<Database>;

export interface Gates {
  /** null when the video could not judge the lockout (the hip hidden): the set keeps what it had. */
  fullLockout: boolean | null;
  controlled: boolean;
}

/**
 * The set's form gates (P3) as the video shows them: `fullLockout` false when a rep fell short of the
 * straight line, `controlled` false on a bounce or a fast descent; `fullLockout` null when the
 * lockout was not judged, since a guess must neither block nor allow a load increase.
 */
export function gatesFrom(analysis: Analysis): Gates {
  const faults = analysis.reps.flatMap((r) => r.faults);
  return {
    fullLockout: wasJudged(analysis, "lockout") ? !faults.includes("incomplete-lockout") : null,
    controlled: !faults.includes("fast-eccentric") && !faults.includes("bounce"),
  };
}

export interface AttachRequest {
  athleteId: number;
  /** A set id, or the latest hip-thrust set of `day` (YYYY-MM-DD). */
  setId?: number;
  day: string;
  force: boolean;
  /** How the caller says "force" (the CLI's flag by default), named in the refusal. */
  forceHint?: string;
}

export interface Attached {
  setId: number;
  analysisId: number;
  gates: Gates;
}

const isHipThrust = (exercise: string) => exerciseById(exercise)?.pattern === "hip-thrust";

/**
 * Stores the analysis with the set and fills its form gates, in one transaction. A gate already set
 * before any analysis was attached was entered by hand: it differs from the video's verdict only with
 * `force`, otherwise the request is refused and nothing is stored.
 */
export async function attachToSet(
  db: Db,
  analysis: Analysis,
  request: AttachRequest,
  now: Date,
): Promise<Attached> {
  if (analysis.repCount === 0) {
    throw new InputError("nothing attached: the video shows no rep, so it says nothing about the set's form");
  }
  return inTransaction(db, async (trx) => {
    let query = trx
      .selectFrom("sets")
      .innerJoin("exercise_entries as e", "e.id", "sets.entry_id")
      .innerJoin("sessions as s", "s.id", "e.session_id")
      .select(["sets.id as id", "sets.full_lockout", "sets.controlled", "e.exercise", "s.day"])
      .where("s.athlete_id", "=", request.athleteId);
    query =
      request.setId !== undefined
        ? query.where("sets.id", "=", request.setId)
        : query.where("s.day", "=", request.day);
    const rows = await query.orderBy("sets.id", "desc").execute();
    const set = request.setId !== undefined ? rows[0] : rows.find((r) => isHipThrust(r.exercise));
    if (!set) {
      throw new InputError(
        request.setId !== undefined
          ? `nothing attached: there is no set ${request.setId} for this athlete`
          : `nothing attached: no hip-thrust set is logged on ${request.day}; log the set first (hipthrust log …) or name it with --set ID`,
      );
    }
    const earlier = await trx
      .selectFrom("form_analyses")
      .select("data")
      .where("set_id", "=", set.id)
      .execute();
    // A gate that no earlier analysis filled holds what the person entered (or nothing).
    const filledByVideo = {
      fullLockout: earlier.some(({ data }) => wasJudged(JSON.parse(data) as Partial<Analysis>, "lockout")),
      controlled: earlier.length > 0,
    };
    const gates = gatesFrom(analysis);
    const stored = { fullLockout: set.full_lockout, controlled: set.controlled };
    const byHand = (["fullLockout", "controlled"] as const).filter(
      (gate) =>
        !filledByVideo[gate] &&
        gates[gate] !== null &&
        stored[gate] !== null &&
        stored[gate] !== (gates[gate] ? 1 : 0),
    );
    if (byHand.length > 0 && !request.force) {
      throw new InputError(
        `nothing attached: set ${set.id} has ${byHand.map((g) => `${g} ${stored[g] === 1}`).join(" and ")} entered by hand, and the video says ${byHand
          .map((g) => `${g} ${gates[g]}`)
          .join(" and ")}; add ${request.forceHint ?? "--force"} to replace it with the video's verdict`,
      );
    }
    const { id } = await trx
      .insertInto("form_analyses")
      .values({ set_id: set.id, data: JSON.stringify(analysis), created_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("sets")
      .set({
        ...(gates.fullLockout !== null && { full_lockout: gates.fullLockout ? 1 : 0 }),
        controlled: gates.controlled ? 1 : 0,
      })
      .where("id", "=", set.id)
      .execute();
    return { setId: set.id, analysisId: id, gates };
  });
}
