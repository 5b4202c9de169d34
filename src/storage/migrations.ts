import type { ColumnDefinitionBuilder, Kysely, Migration, MigrationProvider } from "kysely";

export type Backend = "sqlite" | "postgres";

type Id = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

// The only difference between the backends' schemas is how an integer id is generated.
function idColumn(backend: Backend): { type: "integer" | "serial"; build: Id } {
  return backend === "sqlite"
    ? { type: "integer", build: (col) => col.primaryKey().autoIncrement() }
    : { type: "serial", build: (col) => col.primaryKey() };
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not today's types.
type Db = Kysely<any>;

function initial(backend: Backend): Migration {
  const id = idColumn(backend);
  const ref = (table: string) => (col: ColumnDefinitionBuilder) =>
    col.notNull().references(`${table}.id`).onDelete("cascade");
  return {
    async up(db: Db) {
      await db.schema
        .createTable("athletes")
        .addColumn("id", id.type, id.build)
        .addColumn("name", "text", (c) => c.notNull().unique())
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("profiles")
        .addColumn("athlete_id", "integer", (c) => ref("athletes")(c).primaryKey())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("sessions")
        .addColumn("id", id.type, id.build)
        .addColumn("athlete_id", "integer", ref("athletes"))
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("soreness", "double precision")
        .addColumn("fatigue", "double precision")
        .addColumn("sleep_hours", "double precision")
        .addColumn("notes", "text")
        .addColumn("source", "text")
        .addColumn("external_key", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addUniqueConstraint("sessions_origin", ["athlete_id", "source", "external_key"])
        .execute();
      await db.schema.createIndex("sessions_by_day").on("sessions").columns(["athlete_id", "day"]).execute();
      await db.schema
        .createTable("exercise_entries")
        .addColumn("id", id.type, id.build)
        .addColumn("session_id", "integer", ref("sessions"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("exercise", "text", (c) => c.notNull())
        .addColumn("notes", "text")
        .execute();
      await db.schema.createIndex("entries_by_session").on("exercise_entries").column("session_id").execute();
      await db.schema
        .createTable("sets")
        .addColumn("id", id.type, id.build)
        .addColumn("entry_id", "integer", ref("exercise_entries"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("load", "double precision", (c) => c.notNull())
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("reps", "integer", (c) => c.notNull())
        .addColumn("rpe", "double precision")
        .addColumn("full_lockout", "integer")
        .addColumn("controlled", "integer")
        .addColumn("pain", "double precision")
        .addColumn("warmup", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sets_by_entry").on("sets").column("entry_id").execute();
      await db.schema
        .createTable("plans")
        .addColumn("id", id.type, id.build)
        .addColumn("athlete_id", "integer", ref("athletes"))
        .addColumn("weeks", "integer", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("plans_by_athlete").on("plans").column("athlete_id").execute();
      await db.schema
        .createTable("form_analyses")
        .addColumn("id", id.type, id.build)
        .addColumn("set_id", "integer", ref("sets"))
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("analyses_by_set").on("form_analyses").column("set_id").execute();
    },
  };
}

/**
 * Set type and band of a set, a check-in's "cleared to train" (F6), and which import file created a
 * session (so `import --replace` removes exactly those). Columns only: old rows read as before.
 */
const cliSetDetail: Migration = {
  async up(db: Db) {
    await db.schema.alterTable("sets").addColumn("set_type", "text").execute();
    await db.schema.alterTable("sets").addColumn("band", "text").execute();
    await db.schema.alterTable("sessions").addColumn("cleared", "integer").execute();
    await db.schema.alterTable("sessions").addColumn("import_name", "text").execute();
    await db.schema.alterTable("sessions").addColumn("import_sha256", "text").execute();
  },
};

/**
 * Idempotency keys of create requests (their first answer, kept 24 h), and imports in progress:
 * an import's rows carry its id, unseen by every read until its last batch clears it.
 */
function hardenImportsAndKeys(backend: Backend): Migration {
  const id = idColumn(backend);
  return {
    async up(db: Db) {
      await db.schema
        .createTable("idempotency_keys")
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("request_hash", "text", (c) => c.notNull())
        .addColumn("status", "integer", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("idempotency_keys_pk", ["scope", "key"])
        .execute();
      await db.schema
        .createIndex("idempotency_keys_by_age")
        .on("idempotency_keys")
        .column("created_at")
        .execute();
      await db.schema
        .createTable("imports")
        .addColumn("id", id.type, id.build)
        .addColumn("started_at", "text", (c) => c.notNull())
        .addColumn("heartbeat_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.alterTable("athletes").addColumn("import_id", "integer").execute();
      await db.schema.alterTable("sessions").addColumn("import_id", "integer").execute();
      await db.schema.createIndex("sessions_by_import").on("sessions").column("import_id").execute();
    },
  };
}

/**
 * Accounts (issue 10): users and their roles, coaches' athletes, sign-in sessions and API tokens
 * (kept only as SHA-256 of the secret), and the audit log. A user's link to an athlete is
 * cleared, and coach assignments go, when the athlete is deleted.
 */
function accounts(backend: Backend): Migration {
  const id = idColumn(backend);
  const cascade = (table: string) => (col: ColumnDefinitionBuilder) =>
    col.notNull().references(`${table}.id`).onDelete("cascade");
  return {
    async up(db: Db) {
      await db.schema
        .createTable("users")
        .addColumn("id", id.type, id.build)
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("name_key", "text", (c) => c.notNull().unique())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("athlete_id", "integer", (c) => c.references("athletes.id").onDelete("set null"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("coach_athletes")
        .addColumn("user_id", "integer", cascade("users"))
        .addColumn("athlete_id", "integer", cascade("athletes"))
        .addPrimaryKeyConstraint("coach_athletes_pk", ["user_id", "athlete_id"])
        .execute();
      await db.schema
        .createIndex("coach_athletes_by_athlete")
        .on("coach_athletes")
        .column("athlete_id")
        .execute();
      await db.schema
        .createTable("auth_sessions")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "integer", cascade("users"))
        .addColumn("csrf", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("address", "text")
        .addColumn("user_agent", "text")
        .execute();
      await db.schema.createIndex("auth_sessions_by_user").on("auth_sessions").column("user_id").execute();
      await db.schema
        .createTable("api_tokens")
        .addColumn("id", id.type, id.build)
        .addColumn("user_id", "integer", cascade("users"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text")
        .execute();
      await db.schema.createIndex("api_tokens_by_user").on("api_tokens").column("user_id").execute();
      await db.schema
        .createTable("audit")
        .addColumn("id", id.type, id.build)
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("event", "text", (c) => c.notNull())
        .addColumn("username", "text")
        .addColumn("actor", "text")
        .addColumn("address", "text")
        .addColumn("detail", "text")
        .execute();
    },
  };
}

/**
 * The one ordered list of migrations, shared by both backends. Append new ones with a larger
 * prefix; never edit one that has shipped. In code, not files, so it works from dist/ unchanged.
 */
export function migrationProvider(backend: Backend): MigrationProvider {
  return {
    getMigrations: async () => ({
      "0001_initial": initial(backend),
      harden_0001_imports_and_keys: hardenImportsAndKeys(backend),
      "cli-0001_set_detail": cliSetDetail,
      "accounts-0001_users": accounts(backend),
    }),
  };
}
