import type { z } from "zod";
import { sessionBody } from "../../contract/api.js";
import { issuesOf } from "../../contract/format.js";
import { dateSchema, exerciseEntrySchema, readinessSchema, setSchema } from "../../contract/log.js";
import { assertLoadsFit } from "../../contract/profile.js";
import { dayOf } from "../../core/dates.js";
import type { LoggedSet, Readiness, Session, Unit } from "../../core/types.js";
import { displayUnit } from "../../storage/athletes.js";
import { getProfile } from "../../storage/profiles.js";
import { readSession, sessionNumber } from "../../storage/read.js";
import { addSession, logToDay } from "../../storage/sessions.js";
import {
  type Args,
  allowOnly,
  boolFlag,
  noMorePositionals,
  numberFlag,
  parseArgs,
  stringFlag,
} from "../args.js";
import { InputError } from "../errors.js";
import { readJsonAs } from "../files.js";
import { localDay } from "../inputs.js";
import type { Command, Io } from "../io.js";
import { athleteName, athleteToWrite, unitOption, withStoreToWrite } from "../store.js";
import { formatSet } from "./history.js";

const USAGE = [
  "usage: hipthrust log --exercise ID --load N --reps N [--rpe N] [--lockout yes|no] [--controlled yes|no]",
  "                     [--pain 0-10] [--warmup yes|no] [--type normal|failure|drop] [--band NAME]",
  "                     [--date YYYY-MM-DD] [--unit kg|lb] [--soreness 0-10 --fatigue 0-10 --sleep HOURS]",
  "       hipthrust log --soreness N [--fatigue N] [--sleep H] [--cleared] [--date …]   (a check-in alone)",
  "       hipthrust log --file SESSION.json|-                                          (a whole session)",
  "  common: [--athlete NAME] [--create] [--data DIR] [--json]",
  "",
  "A set joins that day's session (default today), which is created on the first set. --load is the",
  "external load, bar included (0 for bodyweight), in --unit (default: the athlete's unit).",
  "--band names the band of a banded set (one of the profile's bands). --cleared records that a",
  "health professional cleared you to train again after pain (F6). --create starts a new athlete",
  "without a profile; it needs --unit, since there is no profile to say kg or lb.",
].join("\n");

const SET_FLAGS = [
  "exercise",
  "load",
  "reps",
  "rpe",
  "lockout",
  "controlled",
  "pain",
  "warmup",
  "type",
  "band",
];
const READINESS_FLAGS = ["soreness", "fatigue", "sleep", "cleared"];
const SET_TYPES = ["normal", "failure", "drop"] as const;
/** Which flag a schema field came from, so errors name what the person typed. */
const FLAG_OF: Record<string, string> = { fullLockout: "lockout", sleepHours: "sleep" };

function yesNoFlag(args: Args, name: string): boolean | undefined {
  const raw = stringFlag(args, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (["yes", "y", "true"].includes(raw)) return true;
  if (["no", "n", "false"].includes(raw)) return false;
  throw new InputError(`option --${name}: expected yes or no, got "${raw}"`);
}

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  // reportInput: a wrong value ("1.5") is told apart from a missing one.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const lines = issuesOf(result.error).map((i) => {
    const key = i.field.split(".")[0] ?? "";
    return `option --${FLAG_OF[key] ?? key}: ${i.problem}`;
  });
  throw new InputError(lines.join("\n"), issuesOf(result.error));
}

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function setTypeFlag(args: Args): LoggedSet["setType"] {
  const raw = stringFlag(args, "type");
  if (raw === undefined) return undefined;
  const type = SET_TYPES.find((t) => t === raw.toLowerCase());
  if (!type) throw new InputError(`option --type: expected normal, failure or drop, got "${raw}"`);
  return type;
}

interface FlagEntry {
  date: string;
  exercise?: string;
  set?: LoggedSet;
  readiness?: Readiness;
}

/** Reads and checks every flag before the store is opened: bad input never touches it. */
function entryFromFlags(args: Args, today: string): FlagEntry {
  const date = stringFlag(args, "date") ?? today;
  if (!dateSchema.safeParse(date).success)
    throw new InputError(`option --date: "${date}" is not a date (YYYY-MM-DD)`);
  const entry: FlagEntry = { date };
  const readiness = defined({
    soreness: numberFlag(args, "soreness"),
    fatigue: numberFlag(args, "fatigue"),
    sleepHours: numberFlag(args, "sleep"),
    cleared: boolFlag(args, "cleared") ? true : undefined,
  });
  if (Object.keys(readiness).length > 0) entry.readiness = checked(readinessSchema, readiness);
  const exercise = stringFlag(args, "exercise");
  if (exercise !== undefined) {
    entry.exercise = checked(exerciseEntrySchema.pick({ exercise: true }), { exercise }).exercise;
    entry.set = checked(
      setSchema,
      defined({
        load: numberFlag(args, "load"),
        reps: numberFlag(args, "reps"),
        rpe: numberFlag(args, "rpe"),
        fullLockout: yesNoFlag(args, "lockout"),
        controlled: yesNoFlag(args, "controlled"),
        pain: numberFlag(args, "pain"),
        warmup: yesNoFlag(args, "warmup"),
        setType: setTypeFlag(args),
        band: stringFlag(args, "band")?.trim(),
      }),
    );
  } else if (SET_FLAGS.some((flag) => args.flags.has(flag))) {
    throw new InputError("option --exercise: is required with a set's values (see `hipthrust exercises`)");
  }
  if (!entry.set && !entry.readiness) throw new InputError(USAGE);
  return entry;
}

export const command: Command = {
  summary: "log a set, a readiness check-in or a whole session into the stored log",
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, [
      ...SET_FLAGS,
      ...READINESS_FLAGS,
      "date",
      "unit",
      "file",
      "athlete",
      "create",
      "data",
      "json",
    ]);
    noMorePositionals(args, 0, "log");
    const name = athleteName(args);
    const unitFlag = unitOption(args);
    const file = stringFlag(args, "file");
    if (file !== undefined && [...SET_FLAGS, ...READINESS_FLAGS, "date"].some((f) => args.flags.has(f))) {
      throw new InputError("option --file: give either a session file or a set's flags, not both");
    }
    const today = localDay(io.now());
    let input: { entry: FlagEntry } | { session: Session; unit?: Unit | undefined };
    if (file === undefined) input = { entry: entryFromFlags(args, today) };
    else {
      const { unit, ...session } = readJsonAs(sessionBody, file, io.cwd);
      input = { session, unit };
    }
    const fileUnit = "unit" in input ? input.unit : undefined;
    const newAthleteUnit = (): Unit => {
      const unit = unitFlag ?? fileUnit;
      if (unit) return unit;
      throw new InputError(
        `"${name}" is a new athlete with no profile to say the unit: pass --unit kg or --unit lb ` +
          "(or store a profile first with `hipthrust profile set P.json`)",
      );
    };
    // A brand-new store is created only when the athlete's unit is known: an error creates nothing.
    if (boolFlag(args, "create") && !unitFlag && !fileUnit)
      await ensureUnitOrExisting(args, io, newAthleteUnit);

    const { session, setId, number, athlete } = await withStoreToWrite(args, io, name, async (store) => {
      const athlete = await athleteToWrite(store, args, name, newAthleteUnit);
      const profile = await getProfile(store.db, athlete.id);
      const unit = displayUnit(athlete, profile);
      if ("entry" in input) {
        const { exercise, set } = input.entry;
        if (exercise && set)
          assertLoadsFit(profile, [{ exercise, sets: [set] }], unitFlag ?? unit, {
            source: "option",
            flags: true,
          });
      } else {
        assertLoadsFit(profile, input.session.exercises ?? [], fileUnit ?? unitFlag ?? unit, {
          source: file ?? "",
        });
      }
      const logged =
        "entry" in input
          ? await logToDay(store.db, athlete.id, { ...input.entry, unit: unitFlag ?? unit })
          : {
              sessionId: await addSession(store.db, athlete.id, input.session, fileUnit ?? unitFlag ?? unit),
              set: null,
            };
      const session = await readSession(store.db, athlete.id, unit, logged.sessionId);
      const number = await sessionNumber(store.db, athlete.id, session.date, session.id);
      return { session, setId: logged.set?.id ?? null, number, athlete: athlete.name };
    });

    if (dayOf(session.date) > today) {
      io.stderr(
        `hipthrust log: warning: ${dayOf(session.date)} is in the future (today is ${today}); ` +
          "if that was a typo, fix the date: `next` counts this session as done\n",
      );
    }
    if (boolFlag(args, "json")) {
      io.stdout(`${JSON.stringify({ number, ...session }, null, 2)}\n`);
      return 0;
    }
    const head = `Logged for ${athlete} on ${session.date} (session #${number})`;
    const entry = session.exercises.find((e) => e.sets.some((s) => s.id === setId));
    const set = entry?.sets.find((s) => s.id === setId);
    if (entry && set) {
      io.stdout(`${head}: ${entry.exercise}, set ${entry.sets.indexOf(set) + 1} — ${formatSet(set)}\n`);
    } else {
      const sets = session.exercises.reduce((n, e) => n + e.sets.length, 0);
      const readiness = session.readiness ? ", readiness check-in" : "";
      const cleared = session.readiness?.cleared ? " (cleared to train)" : "";
      io.stdout(`${head}: ${session.exercises.length} exercise(s), ${sets} set(s)${readiness}${cleared}\n`);
    }
    return 0;
  },
};

/** With --create but no unit: fine for a stored athlete; for a new one (or no store) the unit error, before any write. */
async function ensureUnitOrExisting(args: Args, io: Io, unit: () => Unit): Promise<void> {
  const { withExistingStore, lookUpAthlete } = await import("../store.js");
  const exists = await withExistingStore(
    args,
    io,
    async (store) => (await lookUpAthlete(store, athleteName(args))) !== undefined,
    () => false,
  );
  if (!exists) unit();
}
