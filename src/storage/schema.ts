import type { Generated } from "kysely";
import type { Unit } from "../core/types.js";

// Column types are chosen to read back identically from both backends: integers for ids, counts
// and 0/1 flags, double precision for measured numbers, text for dates and JSON documents.

export interface AthleteTable {
  id: Generated<number>;
  /** Unique, used in URLs and by `--athlete`. */
  name: string;
  /** Loads are shown in this unit while the athlete has no profile. */
  unit: Unit;
  created_at: string;
  /** Set while an unfinished import created the athlete: unseen until it finishes. */
  import_id: number | null;
}

export interface ProfileTable {
  athlete_id: number;
  /** The profile document as JSON. */
  data: string;
  updated_at: string;
}

export interface SessionTable {
  id: Generated<number>;
  athlete_id: number;
  /** As entered: YYYY-MM-DD or an ISO 8601 date-time. */
  date: string;
  /** The calendar day of `date`, for ordering and windows. */
  day: string;
  soreness: number | null;
  fatigue: number | null;
  sleep_hours: number | null;
  notes: string | null;
  /** Where an imported session came from, and its key there: re-importing it is a no-op. */
  source: string | null;
  external_key: string | null;
  created_at: string;
  /** 1 when a check-in says a professional cleared the person to train (F6); else null. */
  cleared: number | null;
  /** The file (base name and SHA-256 of its text) whose import created the session. */
  import_name: string | null;
  import_sha256: string | null;
  /** Set while the import adding the session is unfinished: unseen until it finishes. */
  import_id: number | null;
}

export interface EntryTable {
  id: Generated<number>;
  session_id: number;
  position: number;
  exercise: string;
  notes: string | null;
}

export interface SetTable {
  id: Generated<number>;
  entry_id: number;
  position: number;
  /** The load as entered, in `unit`; converted only when read. */
  load: number;
  unit: Unit;
  reps: number;
  rpe: number | null;
  /** Form gates and flags: 1, 0, or null for unknown. */
  full_lockout: number | null;
  controlled: number | null;
  pain: number | null;
  warmup: number;
  /** "failure" or "drop"; null for a normal set. */
  set_type: string | null;
  band: string | null;
}

export interface PlanTable {
  id: Generated<number>;
  athlete_id: number;
  weeks: number;
  data: string;
  created_at: string;
}

export interface AnalysisTable {
  id: Generated<number>;
  set_id: number;
  /** The `analyze --json` document. */
  data: string;
  created_at: string;
}

export interface IdempotencyKeyTable {
  /** The method and path the key was used on (and the caller, once there are users). */
  scope: string;
  key: string;
  /** SHA-256 of the body: the same key with another body is refused. */
  request_hash: string;
  status: number;
  /** The first answer's JSON body. */
  body: string;
  created_at: string;
}

export interface ImportTable {
  id: Generated<number>;
  started_at: string;
  /** Renewed by every batch; an import silent for long has died and its rows are removed. */
  heartbeat_at: string;
}

export interface UserTable {
  id: Generated<number>;
  /** As first given; `name_key` (lower case) is what sign-in matches. */
  name: string;
  name_key: string;
  /** argon2id, PHC string. */
  password_hash: string;
  role: "owner" | "coach" | "athlete";
  /** The athlete this user is, if any; cleared when that athlete is deleted. */
  athlete_id: number | null;
  created_at: string;
}

/** Which athletes a coach sees. */
export interface CoachAthleteTable {
  user_id: number;
  athlete_id: number;
}

export interface AuthSessionTable {
  /** SHA-256 of the cookie's value: a copy of the store does not sign anyone in. */
  id_hash: string;
  user_id: number;
  csrf: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  address: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  /** The label its owner gave it. */
  name: string;
  /** SHA-256 of the token. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  event: string;
  /** The user the event is about (the name tried, for a failed sign-in). */
  username: string | null;
  /** Who did it: a user's name, or "cli". */
  actor: string | null;
  address: string | null;
  detail: string | null;
}

export interface Database {
  athletes: AthleteTable;
  profiles: ProfileTable;
  sessions: SessionTable;
  exercise_entries: EntryTable;
  sets: SetTable;
  plans: PlanTable;
  form_analyses: AnalysisTable;
  idempotency_keys: IdempotencyKeyTable;
  imports: ImportTable;
  users: UserTable;
  coach_athletes: CoachAthleteTable;
  auth_sessions: AuthSessionTable;
  api_tokens: ApiTokenTable;
  audit: AuditTable;
}
