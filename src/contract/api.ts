// Request and response shapes of the HTTP API (src/server). Requests reuse the file contract's
// schemas; responses are plain shapes (no range checks), since they describe stored data.
import { z } from "zod";
import type { E1rmPoint, MuscleWeek, PersonalRecords, VolumeTrend } from "../core/analytics/index.js";
import type { EvidenceClaim, Exercise } from "../core/knowledge/types.js";
import type { Decision, NextRecommendation, Plan } from "../core/types.js";
import { dateSchema, exerciseEntrySchema, readinessSchema, sessionSchema, setSchema } from "./log.js";
import { decisionSchema, nextSchema, planSchema } from "./outputs.js";
import { profileSchema } from "./profile.js";

export const unitSchema = z.enum(["kg", "lb"]);

export const athleteNameSchema = z.string().regex(
  // Inner spaces allowed ("Anna Lee"): people's names have them; URLs encode them as %20.
  /^(?=.{1,64}$)[A-Za-z0-9](?:[A-Za-z0-9._ -]*[A-Za-z0-9._-])?$/,
  "must be 1–64 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit",
);

export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .pipe(dateSchema);
/** Ids fit a 32-bit integer on both stores; a larger one cannot name anything stored. */
export const MAX_ID = 2 ** 31 - 1;

/** A whole number written in plain digits in a path or query: no `1e3`, `0x10`, ` 7` or `7.0`. */
function digits(what: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,10}$/, `${what} must be a whole number written in digits`)
    .transform(Number)
    .pipe(z.number().min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`));
}
const idSchema = digits("an id", 1, MAX_ID);
const entryUnit = unitSchema.optional().describe("Unit of the loads as entered; default: the athlete's unit");

// Path parameters
export const athleteParams = z.object({ athlete: athleteNameSchema });
export const sessionParams = athleteParams.extend({ id: idSchema });
export const setParams = athleteParams.extend({ id: idSchema });
export const planParams = athleteParams.extend({ id: idSchema });
export const exerciseParams = z.object({ id: z.string().max(100) });

// Query strings
/**
 * List routes answer one page (an array) and, when there is more, the header `X-Next-Cursor` (and
 * a `Link: <…>; rel="next"`): pass it back as `cursor` for the next page.
 */
export function pageQuery(defaultLimit: number, maxLimit: number) {
  return z.object({
    limit: digits("limit", 1, maxLimit)
      .optional()
      .describe(`page size: default ${defaultLimit}, at most ${maxLimit}`),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,400}$/, "must be the X-Next-Cursor of an earlier page")
      .optional()
      .describe("the X-Next-Cursor header of the previous page"),
  });
}
export const PAGE = {
  athletes: { limit: 100, max: 1000 },
  sessions: { limit: 100, max: 1000 },
  plans: { limit: 50, max: 500 },
  analyses: { limit: 50, max: 500 },
} as const;
export const athletesQuery = pageQuery(PAGE.athletes.limit, PAGE.athletes.max);
export const plansQuery = pageQuery(PAGE.plans.limit, PAGE.plans.max);
export const analysesQuery = pageQuery(PAGE.analyses.limit, PAGE.analyses.max);
export const sessionsQuery = pageQuery(PAGE.sessions.limit, PAGE.sessions.max).extend({
  from: daySchema.optional(),
  to: daySchema.optional(),
  latest: digits("latest", 1, 10_000).optional().describe("only the most recent N sessions"),
});
export const dayQuery = z.object({ date: daySchema.optional().describe("default: today (UTC)") });
/** Weeks in a JSON body: a number, never a string or a boolean. */
export const weeksSchema = z.number().int("weeks must be a whole number").min(1).max(52);
const weeksQuery = digits("weeks", 1, 52);
export const planQuery = z.object({ weeks: weeksQuery.default(4) });
export const e1rmQuery = z.object({ exercise: exerciseEntrySchema.shape.exercise.optional() });
export const weeklySetsQuery = dayQuery.extend({
  weeks: weeksQuery.default(8),
  window: z
    .enum(["rolling", "iso"])
    .default("rolling")
    .describe("7-day windows ending on the day, or ISO weeks"),
});

// Request bodies
export const createAthleteBody = z.object({
  name: athleteNameSchema,
  unit: unitSchema.default("kg").describe("Unit for showing loads while the athlete has no profile"),
});
export const updateAthleteBody = z.object({
  name: athleteNameSchema.optional(),
  unit: unitSchema.optional(),
});
export const sessionBody = sessionSchema.extend({ unit: entryUnit });
export const setBody = setSchema.extend({ unit: entryUnit });
export const sessionSetBody = setBody.extend({ exercise: exerciseEntrySchema.shape.exercise });
export const logSetBody = sessionSetBody.extend({
  date: dateSchema.describe("The set joins that day's hand-logged session, or starts one"),
  readiness: readinessSchema.optional(),
});
export const createPlanBody = z.object({ weeks: weeksSchema.default(4) });
export const planRequest = z.object({ profile: profileSchema, weeks: weeksSchema.default(4) });
/** Most sessions a log sent to POST /api/next may hold: more than years of training. */
export const MAX_LOG_SESSIONS = 2000;
export const nextRequest = z.object({
  profile: profileSchema,
  log: z.object({
    sessions: z.array(sessionSchema).max(MAX_LOG_SESSIONS, `at most ${MAX_LOG_SESSIONS} sessions`),
  }),
  date: daySchema,
});
export const decideRequest = z.object({ profile: profileSchema });

// Responses

export const athleteResponse = z.object({
  id: z.number(),
  name: z.string(),
  unit: unitSchema,
  createdAt: z.string(),
});

const setFields = {
  load: z.number().describe("In the display unit (the profile's, else the athlete's)"),
  unit: unitSchema,
  reps: z.number(),
  rpe: z.number().optional(),
  fullLockout: z.boolean().optional(),
  controlled: z.boolean().optional(),
  pain: z.number().optional(),
  warmup: z.boolean().optional(),
  entered: z.object({ load: z.number(), unit: unitSchema }).describe("The load exactly as it was entered"),
};
export const setResponse = z.object({ id: z.number(), ...setFields });
export const setDetailResponse = setResponse.extend({
  sessionId: z.number(),
  date: z.string(),
  exercise: z.string(),
});
export const sessionResponse = z.object({
  id: z.number(),
  date: z.string(),
  readiness: z
    .object({ soreness: z.number(), fatigue: z.number(), sleepHours: z.number() })
    .partial()
    .optional(),
  notes: z.string().optional(),
  source: z.string().optional(),
  externalKey: z.string().optional(),
  exercises: z.array(
    z.object({
      id: z.number(),
      exercise: z.string(),
      notes: z.string().optional(),
      sets: z.array(setResponse),
    }),
  ),
});
export const loggedSetResponse = z.object({ sessionId: z.number(), set: setDetailResponse });

// The core's answers, documented by the CONTRACT schemas the tests hold them to (loose objects:
// extra fields pass through); typed as the core's types so handlers return them as they are.
export const nextResponse = nextSchema.describe(
  "Same as `hipthrust next --json`",
) as unknown as z.ZodType<NextRecommendation>;
export const planResponse = planSchema.describe(
  "Same as `hipthrust plan --json`",
) as unknown as z.ZodType<Plan>;
export const decisionResponse = decisionSchema.describe(
  "Same as `hipthrust decide --json`",
) as unknown as z.ZodType<Decision>;
export const storedPlanSummary = z.object({ id: z.number(), weeks: z.number(), createdAt: z.string() });
export const storedPlanResponse = storedPlanSummary.extend({ plan: planResponse });
export const analysisResponse = z.object({
  id: z.number(),
  setId: z.number(),
  createdAt: z.string(),
  analysis: z.unknown(),
});
export const profileResponse = profileSchema;
export const exerciseResponse = z
  .looseObject({ id: z.string(), name: z.string(), pattern: z.string(), equipment: z.array(z.string()) })
  .describe("Same as an item of `hipthrust exercises --json`") as unknown as z.ZodType<Exercise>;
export const evidenceResponse = z
  .looseObject({
    id: z.string(),
    topic: z.string(),
    claim: z.string(),
    kind: z.string(),
    strength: z.string(),
  })
  .describe("A claim with its sources, kind, strength and limits") as unknown as z.ZodType<EvidenceClaim>;

const recordSet = z.object({ load: z.number(), reps: z.number(), day: z.string() });
export const e1rmResponse = z
  .looseObject({
    date: z.string(),
    day: z.string(),
    exercise: z.string(),
    value: z.number(),
    method: z.string(),
    load: z.number(),
    reps: z.number(),
    rpe: z.number().optional(),
  })
  .describe("A session's best e1RM for one exercise (P8)") as unknown as z.ZodType<E1rmPoint>;
export const muscleWeekResponse = z
  .looseObject({ start: z.string(), end: z.string(), muscles: z.record(z.string(), z.number()) })
  .describe("Hard sets per muscle in one week, newest week first") as unknown as z.ZodType<MuscleWeek>;
export const recordsResponse = z
  .looseObject({
    exercise: z.string(),
    heaviest: recordSet.nullable(),
    repsAtLoad: z.array(recordSet),
    bestE1rm: z
      .looseObject({ value: z.number(), load: z.number(), reps: z.number(), day: z.string() })
      .nullable(),
  })
  .describe("Records of one exercise") as unknown as z.ZodType<PersonalRecords>;
export const volumeResponse = z
  .looseObject({
    thisWeek: z.number(),
    baseline: z.number(),
    weeksInBaseline: z.number(),
    ratio: z.number().nullable(),
    spike: z.boolean(),
  })
  .describe(
    "F4: this week's hard hip-thrust sets against the previous four weeks",
  ) as unknown as z.ZodType<VolumeTrend>;
