import type { Readiness } from "../../core/types.js";
import { displayUnit } from "../../storage/athletes.js";
import { getProfile } from "../../storage/profiles.js";
import { readSessions, type SetView } from "../../storage/read.js";
import { allowOnly, boolFlag, intFlag, parseArgs } from "../args.js";
import type { Command } from "../io.js";
import { table } from "../report/table.js";
import { athleteName, requireStoredAthlete, withStore } from "../store.js";

const num = (n: number) => String(Math.round(n * 100) / 100);

/** `60 kg × 10 @ RPE 8` with what went wrong: `(no lockout, pain 3)`. */
export function formatSet(set: SetView): string {
  const notes = [
    set.warmup ? "warm-up" : "",
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
  return `${set.warmup ? "w" : ""}${num(set.load)}×${set.reps}${set.rpe === undefined ? "" : `@${set.rpe}`}${flag}`;
}

function readinessText(r: Readiness | undefined): string {
  if (!r) return "";
  const parts = [
    r.soreness === undefined ? "" : `sore ${r.soreness}`,
    r.fatigue === undefined ? "" : `fatigue ${r.fatigue}`,
    r.sleepHours === undefined ? "" : `sleep ${r.sleepHours}h`,
  ];
  return parts.filter(Boolean).join(", ");
}

export const command: Command = {
  summary: "recent sessions from the stored log, as a table (or --json)",
  usage: [
    "usage: hipthrust history [--limit 10] [--json] [--athlete NAME] [--data DIR]",
    "",
    "Sets read LOAD×REPS@RPE; w marks a warm-up, ! a failed form gate or pain.",
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["limit", "json", "athlete", "data"]);
    const name = athleteName(args);
    const limit = intFlag(args, "limit", 1, 10_000) ?? 10;
    const { sessions, unit } = await withStore(args, io, async (store) => {
      const athlete = await requireStoredAthlete(store, name);
      const unit = displayUnit(athlete, await getProfile(store.db, athlete.id));
      return { sessions: await readSessions(store.db, athlete.id, unit, { latest: limit }), unit };
    });
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
          i === 0 ? `#${session.id}` : "",
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
