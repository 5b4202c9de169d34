import { z } from "zod";

const positive = (what: string) => z.number().positive(`${what} must be above 0`);

export const profileSchema = z.object({
  unit: z.enum(["kg", "lb"]),
  bodyweight: positive("bodyweight").max(500, "bodyweight must be at most 500").optional(),
  experience: z.enum(["novice", "intermediate", "advanced"]),
  goal: z.enum(["strength", "hypertrophy", "accessory", "activation", "athletic", "general"]),
  daysPerWeek: z.number().int("daysPerWeek must be a whole number").min(1).max(7),
  equipment: z.array(z.string().min(1)),
  plates: z.array(positive("a plate")).optional(),
  barWeight: z.number().min(0, "barWeight must not be negative").optional(),
  constraints: z.array(z.string().min(1)).optional(),
  otherTraining: z.array(z.string().min(1)).optional(),
  challenge: z.literal("daily-two-weeks").optional(),
  dumbbellMax: positive("dumbbellMax").optional(),
  bands: z.array(z.string().min(1)).optional(),
  smithBarWeight: z.number().min(0, "smithBarWeight must not be negative").optional(),
  machineStep: positive("machineStep").optional(),
  machineMax: positive("machineMax").optional(),
  sportDays: z.array(z.number().int("a sport day must be a whole number").min(1).max(7)).optional(),
});
