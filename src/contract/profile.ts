import { z } from "zod";
import { loggedLoadProblems } from "../core/equipment.js";
import { equipmentDetailProblems } from "../core/profile-checks.js";
import { MAX_PLATE_SIZES, PLATE_STEP } from "../core/progression/plates.js";
import type { Profile, Unit } from "../core/types.js";
import { InputError, type Issue } from "./errors.js";
import { fieldPath } from "./format.js";
import { boundedList, shortText } from "./text.js";

export const BODYWEIGHT_RANGE = { kg: [25, 300], lb: [55, 660] } as const;

const positive = (what: string) => z.number().positive(`${what} must be above 0`);

export const profileSchema = z
  .object({
    unit: z.enum(["kg", "lb"]),
    // The range depends on the unit: checked below, once the unit is known.
    bodyweight: positive("bodyweight").optional(),
    experience: z.enum(["novice", "intermediate", "advanced"]),
    goal: z.enum(["strength", "hypertrophy", "accessory", "activation", "athletic", "general"]),
    daysPerWeek: z.number().int("daysPerWeek must be a whole number").min(1).max(7),
    equipment: boundedList(shortText),
    // Bounded so that working out plates stays a lookup of milliseconds (issue 9).
    plates: z
      .array(
        positive("a plate")
          .max(100, "a plate must be at most 100")
          .refine(
            (p) => Math.abs(p / PLATE_STEP - Math.round(p / PLATE_STEP)) < 1e-9,
            `a plate must be a multiple of ${PLATE_STEP}`,
          ),
      )
      .max(MAX_PLATE_SIZES, `at most ${MAX_PLATE_SIZES} plate sizes`)
      .optional(),
    barWeight: z
      .number()
      .min(0, "barWeight must not be negative")
      .max(200, "barWeight must be at most 200")
      .optional(),
    constraints: boundedList(shortText).optional(),
    otherTraining: boundedList(shortText).optional(),
    challenge: z.literal("daily-two-weeks").optional(),
    dumbbellMax: positive("dumbbellMax").max(500).optional(),
    bands: boundedList(shortText).optional(),
    smithBarWeight: z.number().min(0, "smithBarWeight must not be negative").max(200).optional(),
    machineStep: positive("machineStep").min(0.5, "machineStep must be at least 0.5").max(100).optional(),
    machineMax: positive("machineMax").max(2000).optional(),
    sportDays: z.array(z.number().int("a sport day must be a whole number").min(1).max(7)).max(7).optional(),
  })
  .superRefine((profile, ctx) => {
    for (const { path, problem } of equipmentDetailProblems(profile)) {
      ctx.addIssue({ code: "custom", path, message: problem });
    }
    // A person weighs 25–300 kg, i.e. 55–660 lb: the limits follow the profile's unit.
    const [min, max] = BODYWEIGHT_RANGE[profile.unit];
    const bw = profile.bodyweight;
    if (bw !== undefined && (bw < min || bw > max)) {
      ctx.addIssue({
        code: "custom",
        path: ["bodyweight"],
        message: `bodyweight must be from ${min} to ${max} ${profile.unit}`,
      });
    }
  });

/**
 * Refuses logged loads the person's equipment cannot make (core's `loggedLoadProblems`): an
 * InputError naming each field under `prefix` (e.g. `["sessions", 3]`) after `source` (a file,
 * `body`). A set typed as flags (`flags`) names the option instead (`option --load`). Without a
 * stored profile there is nothing to check against.
 */
export function assertLoadsFit(
  profile: Profile | null | undefined,
  entries: Parameters<typeof loggedLoadProblems>[1],
  unit: Unit,
  options: { source: string; prefix?: (string | number)[]; what?: string; flags?: boolean },
): void {
  if (!profile) return;
  const issues: Issue[] = loggedLoadProblems(profile, entries, unit).map(({ path, problem }) => ({
    field: options.flags ? String(path.at(-1)) : fieldPath([...(options.prefix ?? []), ...path]),
    problem,
  }));
  if (issues.length === 0) return;
  const what = options.what ? ` (${options.what})` : "";
  const line = (i: Issue) =>
    options.flags
      ? `option --${i.field}: ${i.problem}`
      : `${options.source}: ${i.field}${what}: ${i.problem}`;
  throw new InputError(issues.map(line).join("\n"), issues);
}
