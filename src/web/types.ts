// Shapes the app reads from the API, taken from the shared contract and core (never copied).
import type { z } from "zod";
import type {
  athleteResponse,
  loggedSetResponse,
  sessionResponse,
  setDetailResponse,
  storedPlanSummary,
} from "../contract/api.js";

export type {
  E1rmPoint,
  MuscleWeek,
  PersonalRecords,
  VolumeTrend,
} from "../core/analytics/index.js";
export type { EvidenceClaim, Exercise } from "../core/knowledge/types.js";
export type { Rule } from "../core/rules.js";
export type {
  Decision,
  LoggedSet,
  NextRecommendation,
  Plan,
  PlatesPerSide,
  Profile,
  Readiness,
  Unit,
  Warning,
} from "../core/types.js";

export type Athlete = z.infer<typeof athleteResponse>;
export type StoredSession = z.infer<typeof sessionResponse>;
export type StoredSet = z.infer<typeof setDetailResponse>;
export type LoggedSetAnswer = z.infer<typeof loggedSetResponse>;
export type StoredPlanSummary = z.infer<typeof storedPlanSummary>;
export interface ErrorBody {
  error: string;
  issues: { field: string; problem: string }[];
}
