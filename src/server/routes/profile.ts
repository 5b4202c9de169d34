import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { athleteParams, profileResponse } from "../../contract/api.js";
import { profileSchema } from "../../contract/profile.js";
import { requireAthlete } from "../../storage/athletes.js";
import { NotFoundError } from "../../storage/errors.js";
import { deleteProfile, getProfile, saveProfile } from "../../storage/profiles.js";
import type { Store } from "../../storage/store.js";

const tags = ["profile"];
const noProfile = (name: string) => new NotFoundError("profile", `athlete "${name}" has no profile`);

export const profileRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    "/api/athletes/:athlete/profile",
    {
      schema: {
        tags,
        summary: "The athlete's profile",
        params: athleteParams,
        response: { 200: profileResponse },
      },
    },
    async (request) => {
      const athlete = await requireAthlete(store.db, request.params.athlete);
      const profile = await getProfile(store.db, athlete.id);
      if (!profile) throw noProfile(athlete.name);
      return profile;
    },
  );

  app.put(
    "/api/athletes/:athlete/profile",
    {
      schema: {
        tags,
        summary: "Store the athlete's profile (CONTRACT's profile file)",
        params: athleteParams,
        body: profileSchema,
        response: { 200: profileResponse },
      },
    },
    async (request) => {
      const athlete = await requireAthlete(store.db, request.params.athlete);
      await saveProfile(store.db, athlete.id, request.body);
      return request.body;
    },
  );

  app.delete(
    "/api/athletes/:athlete/profile",
    {
      schema: {
        tags,
        summary: "Delete the profile",
        params: athleteParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const athlete = await requireAthlete(store.db, request.params.athlete);
      if (!(await deleteProfile(store.db, athlete.id))) throw noProfile(athlete.name);
      return reply.code(204).send();
    },
  );
};
