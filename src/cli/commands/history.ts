import type { Readiness } from "../../core/types.js";
import { displayUnit } from "../../storage/athletes.js";
import { getProfile } from "../../storage/profiles.js";
import { countSessions, readSessions, type SetView } from "../../storage/read.js";
import { allowOnly, boolFlag, intFlag, noMorePositionals, parseArgs } from "../args.js";
import type { Command } from "../io.js";
import { table } from "../report/table.js";
import { athleteName, withStoredAthlete } from "../store.js";

const num = (n: number) => String(Math.round(n * 100) / 100);

/** `60 kg × 10 @ RPE 8` with what went wrong: `(no lockout, pain 3)`. */
export function formatSet(set: SetView): string {
  const notes = [
    set.warmup ? "warm-up" : "",
    set.setType === "failure" ? "to failure" : "",
    set.setType === "drop" ? "drop set" : "",
    set.band ? `${set.band} band` : "",
    set.fullLockout === false ? "no lockout" : "",
    set.controlled === false ? "uncontrolled" : "",
    set.pain ? `pain ${set.pain}` : "",
  ].filter(Boolean);
  const rpe = set.rpe === undefined ? "" : ` @ RPE ${set.rpe}`;
  return `${num(set.load)} ${set.unit} × ${set.reps}${rpe}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

/** Compact form for the table: `60×10@8`, `w20×10`, `60×8@9!` when a gate failed or it hurt. */
function shortSet(set: SetView): string {
  const flag = set.fullLockout === false || set.controlled === false || (set.pain ?? 0) > 0 ? "!" : "";
  const type = set.setType === "failure" ? "f" : set.setType === "drop" ? "d" : "";
  return `${set.warmup ? "w" : type}${num(set.load)}×${set.reps}${set.rpe === undefined ? "" : `@${set.rpe}`}${flag}`;
}

function readinessText(r: Readiness | undefined): string {
  if (!r) return "";
  const parts = [
    r.soreness === undefined ? "" : `sore ${r.soreness}`,
    r.fatigue === undefined ? "" : `fatigue ${r.fatigue}`,
    r.sleepHours === undefined ? "" : `sleep ${r.sleepHours}h`,
    r.cleared ? "cleared to train" : "",
  ];
  return parts.filter(Boolean).join(", ");
}

export const command: Command = {
  summary: "recent sessions from the stored log, as a table (or --json)",
  usage: [
    "usage: hipthrust history [--limit 10] [--json] [--athlete NAME] [--data DIR]",
    "",
    "Sessions are numbered per athlete, oldest first (#1). Sets read LOAD×REPS@RPE; w marks a",
    "warm-up, f a set to failure, d a drop set, ! a failed form gate or pain.",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["limit", "json", "athlete", "data"]);
    noMorePositionals(args, 0, "history");
    const limit = intFlag(args, "limit", 1, 10_000) ?? 10;
    const { name, sessions, unit } = await withStoredAthlete(
      args,
      io,
      athleteName(args),
      async (store, a) => {
        const unit = displayUnit(a, await getProfile(store.db, a.id));
        const [total, views] = await Promise.all([
          countSessions(store.db, a.id),
          readSessions(store.db, a.id, unit, { latest: limit }),
        ]);
        // Numbered per athlete, oldest first: the numbers do not depend on other athletes' logs.
        const first = total - views.length + 1;
        return { name: a.name, unit, sessions: views.map((s, i) => ({ number: first + i, ...s })) };
      },
    );
    if (boolFlag(args, "json")) {
      io.stdout(`${JSON.stringify(sessions, null, 2)}\n`);
      return 0;
    }
    if (sessions.length === 0) {
      io.stdout(`No sessions logged for ${name} yet; add one with \`hipthrust log\`.\n`);
      return 0;
    }
    const rows: string[][] = [];
    for (const session of [...sessions].reverse()) {
      const entries = session.exercises.length ? session.exercises : [undefined];
      entries.forEach((entry, i) => {
        rows.push([
          i === 0 ? session.date.slice(0, 10) : "",
          i === 0 ? `#${session.number}` : "",
          entry?.exercise ?? "(check-in)",
          entry?.sets.map(shortSet).join(" ") ?? "",
          i === 0 ? readinessText(session.readiness) : "",
        ]);
      });
    }
    const title = `History of ${name}: the last ${sessions.length} session(s), newest first, loads in ${unit}`;
    io.stdout(`${title}\n\n${table(["date", "session", "exercise", "sets", "readiness"], rows)}\n`);
    return 0;
  },
};
