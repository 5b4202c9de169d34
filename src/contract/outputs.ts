// Zod schemas of the `--json` outputs that CONTRACT.md fixes: `plan`, `next` and `decide`.
// They hold the contract's required fields and enums; extra fields are allowed (CONTRACT: "Add
// fields freely"), so the objects are loose.
import { z } from "zod";
import { HIP_THRUST_IDS } from "../core/types.js";

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Rule ids of SPEC's rulebook: G1–G6, F1–F7, P1–P10, V1–V4, T, D1–D5, E. */
export const ruleIdSchema = z
  .string()
  .regex(/^(G[1-6]|F[1-7]|P(?:10|[1-9])|V[1-4]|T|D[1-5]|E)$/, "is not a rule id of the SPEC rulebook");

export const unitSchema = z.enum(["kg", "lb"]);
export const goalSchema = z.enum([
  "strength",
  "hypertrophy",
  "accessory",
  "activation",
  "athletic",
  "general",
]);
export const hipThrustIdSchema = z.enum(HIP_THRUST_IDS);

export const changeSchema = z.enum([
  "start",
  "increase-load",
  "add-reps",
  "hold",
  "reduce-load",
  "deload",
  "progress-variation",
  "regress-variation",
  "rest",
]);

export const warningSchema = z.looseObject({ code: z.string().min(1), message: z.string().min(1) });
export const reasonSchema = z.looseObject({ rule: ruleIdSchema, message: z.string().min(1) });

export const rangeSchema = z
  .looseObject({ min: z.number().min(0), max: z.number().min(0) })
  .refine((r) => r.min <= r.max, "min must not exceed max");

const loadSchema = z.number().min(0).nullable();

export const nextSchema = z
  .looseObject({
    date: z.string().regex(DAY_RE, "date must be YYYY-MM-DD"),
    train: z.boolean(),
    exercise: hipThrustIdSchema.nullable(),
    sets: z.number().int().min(0),
    reps: rangeSchema,
    rpe: rangeSchema,
    load: loadSchema,
    unit: unitSchema,
    change: changeSchema,
    warnings: z.array(warningSchema),
    reasons: z.array(reasonSchema),
  })
  .superRefine((next, ctx) => {
    // CONTRACT: `train` is false when the hip thrust should rest that day, and then `change` is `rest`.
    if (next.train !== (next.change !== "rest")) {
      ctx.addIssue({
        code: "custom",
        path: ["change"],
        message: "change is `rest` exactly when train is false",
      });
    }
    if (next.train && next.exercise === null) {
      ctx.addIssue({ code: "custom", path: ["exercise"], message: "a training day names its exercise" });
    }
  });

export const planRoleSchema = z.enum(["primary", "accessory", "activation", "complement"]);

export const planItemSchema = z
  .looseObject({
    exercise: z.string().min(1),
    role: planRoleSchema,
    sets: z.number().int().min(1),
    reps: rangeSchema,
    rpe: rangeSchema,
    restSeconds: z.number().min(0),
    load: loadSchema,
  })
  .superRefine((item, ctx) => {
    // Working and activation sets are hip thrusts; complements are the D5 patterns.
    const hipThrust = (HIP_THRUST_IDS as readonly string[]).includes(item.exercise);
    if (item.role !== "complement" && !hipThrust) {
      ctx.addIssue({
        code: "custom",
        path: ["exercise"],
        message: `a ${item.role} item must be a hip-thrust variation`,
      });
    }
  });

export const planDaySchema = z.looseObject({
  day: z.number().int().min(1).max(7),
  items: z.array(planItemSchema),
});

export const planWeekSchema = z.looseObject({
  week: z.number().int().min(1),
  days: z.array(planDaySchema),
});

export const planSchema = z.looseObject({
  goal: goalSchema,
  unit: unitSchema,
  weeks: z.array(planWeekSchema),
  warnings: z.array(warningSchema),
  reasons: z.array(reasonSchema),
});

export const verdictSchema = z.enum(["primary", "accessory", "optional", "not-a-substitute"]);
export const patternSchema = z.enum(["squat", "hinge", "abduction"]);

export const decisionSchema = z.looseObject({
  verdict: verdictSchema,
  pairWith: z.array(patternSchema).refine((p) => new Set(p).size === p.length, "pairWith repeats a pattern"),
  cautions: z.array(warningSchema),
  reasons: z.array(reasonSchema),
});
