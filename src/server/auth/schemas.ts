// Request and response shapes of the accounts API (GUIDE: accounts design, HTTP API).
import { z } from "zod";
import { passwordProblem } from "../../auth/passwords.js";
import { roleSchema, type User, userResponse } from "../../contract/accounts.js";
import { athleteNameSchema, planParams } from "../../contract/api.js";
import { type UserView, usernameProblem } from "../../storage/users.js";

const checked = (problemOf: (text: string) => string | null) => (text: string, ctx: z.RefinementCtx) => {
  const problem = problemOf(text);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
};

export const usernameSchema = z.string().superRefine(checked(usernameProblem));
export const passwordSchema = z.string().superRefine(checked(passwordProblem)).describe("8–256 characters");

export const toUser = (view: UserView): User => ({
  username: view.name,
  role: view.role,
  athlete: view.athlete,
  athletes: view.athletes,
});

/** Sign-in takes any name and password: telling which rule one breaks would help guessing. */
export const credentialsBody = z.object({
  username: z.string().min(1).max(256),
  password: z.string().min(1).max(1024),
});
export const setupBody = z.object({ username: usernameSchema, password: passwordSchema });
export const signedInResponse = z.object({
  user: userResponse,
  csrfToken: z.string().nullable().describe("send as X-CSRF-Token on writes; null for bearer tokens"),
});
export const statusResponse = z.object({ needsSetup: z.boolean(), user: userResponse.nullable() });
export const passwordBody = z.object({ current: z.string().min(1).max(1024), password: passwordSchema });

export const tokenParams = planParams.pick({ id: true });
export const tokenBody = z.object({
  name: z.string().min(1).max(100).describe("a label, e.g. the script using it"),
});
export const tokenResponse = z.object({
  id: z.number(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const newTokenResponse = z.object({
  id: z.number(),
  name: z.string(),
  token: z.string().describe("shown once: send it as `Authorization: Bearer …`"),
});

export const usernameParams = z.object({ username: z.string().min(1).max(256) });
export const addUserBody = z.object({
  username: usernameSchema,
  password: passwordSchema,
  role: roleSchema,
  athlete: athleteNameSchema.nullable().optional(),
});
export const updateUserBody = z.object({
  role: roleSchema.optional(),
  password: passwordSchema.optional(),
  athlete: athleteNameSchema.nullable().optional(),
});
export const assignBody = z.object({ athletes: z.array(athleteNameSchema).max(10_000) });

export const auditResponse = z.object({
  id: z.number(),
  at: z.string(),
  event: z.string(),
  username: z.string().nullable(),
  actor: z.string().nullable(),
  address: z.string().nullable(),
  detail: z.string().nullable(),
});
