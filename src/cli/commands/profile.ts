import { profileSchema } from "../../contract/profile.js";
import type { Profile } from "../../core/types.js";
import { ensureAthlete } from "../../storage/athletes.js";
import { getProfile, saveProfile } from "../../storage/profiles.js";
import { allowOnly, boolFlag, parseArgs } from "../args.js";
import { InputError } from "../errors.js";
import { readJsonAs } from "../files.js";
import type { Command } from "../io.js";
import { athleteName, lookUpAthlete, withStore, withStoredAthlete } from "../store.js";

const USAGE = [
  "usage: hipthrust profile set P.json [--athlete NAME] [--data DIR]",
  "       hipthrust profile show [--json] [--athlete NAME] [--data DIR]",
  "",
  "  set    store the profile file (CONTRACT's profile) for the athlete, replacing theirs;",
  "         plan, next and decide use it when --profile is not given",
  "  show   print the stored profile",
].join("\n");

function summary(name: string, p: Profile): string {
  const lines = [
    `Profile of ${name}`,
    `  goal ${p.goal}, ${p.experience}, ${p.daysPerWeek} day(s) a week, loads in ${p.unit}`,
    `  equipment: ${p.equipment.length ? p.equipment.join(", ") : "none (bodyweight only)"}`,
  ];
  if (p.bodyweight !== undefined) lines.push(`  bodyweight ${p.bodyweight} ${p.unit}`);
  if (p.plates?.length)
    lines.push(`  plates: ${p.plates.join(", ")} ${p.unit}; bar ${p.barWeight ?? "default"}`);
  if (p.constraints?.length) lines.push(`  constraints: ${p.constraints.join(", ")}`);
  if (p.otherTraining?.length) lines.push(`  other training: ${p.otherTraining.join(", ")}`);
  if (p.challenge) lines.push(`  challenge: ${p.challenge}`);
  return `${lines.join("\n")}\n`;
}

export const command: Command = {
  summary: "store the athlete's profile, or show it",
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    allowOnly(args, ["json", "athlete", "data", "create"]);
    const name = athleteName(args);
    const [action, file, ...extra] = args.positionals;
    if (action === "set" && file !== undefined && extra.length === 0) {
      const profile = readJsonAs(profileSchema, file, io.cwd);
      // The profile is read and checked before the store is opened: a bad file creates nothing.
      const { where, stored } = await withStore(args, io, async (store) => {
        const athlete =
          (await lookUpAthlete(store, name)) ?? (await ensureAthlete(store.db, name, profile.unit));
        await saveProfile(store.db, athlete.id, profile);
        return { where: store.where, stored: athlete.name };
      });
      io.stdout(`Stored the profile of ${stored} from ${file} (${where}).\n`);
      return 0;
    }
    if (action === "show" && file === undefined) {
      const { profile, stored } = await withStoredAthlete(args, io, name, async (store, athlete) => ({
        profile: await getProfile(store.db, athlete.id),
        stored: athlete.name,
      }));
      if (!profile)
        throw new InputError(
          `no profile stored for ${stored}; store one with \`hipthrust profile set P.json\``,
        );
      io.stdout(boolFlag(args, "json") ? `${JSON.stringify(profile, null, 2)}\n` : summary(stored, profile));
      return 0;
    }
    throw new InputError(USAGE);
  },
};
