// The user as the accounts API answers it: shared by the server's schemas and the web app.
import { z } from "zod";

export const roleSchema = z.enum(["owner", "coach", "athlete"]);
export type Role = z.infer<typeof roleSchema>;

export const userResponse = z.object({
  username: z.string(),
  role: roleSchema,
  athlete: z.string().nullable().describe("the athlete this user is, if any"),
  athletes: z.array(z.string()).describe("every athlete this user may see and change"),
});
export type User = z.infer<typeof userResponse>;
