import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { evidenceResponse, exerciseParams, exerciseResponse } from "../../contract/api.js";
import { evidenceByStrength } from "../../core/knowledge/evidence.js";
import { EXERCISES, exerciseById } from "../../core/knowledge/exercises/index.js";
import { NotFoundError } from "../../storage/errors.js";

export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/exercises",
    {
      schema: {
        tags: ["library"],
        summary: "The exercise library",
        response: { 200: z.array(exerciseResponse) },
      },
    },
    () => [...EXERCISES],
  );

  app.get(
    "/api/exercises/:id",
    {
      schema: {
        tags: ["library"],
        summary: "One exercise",
        params: exerciseParams,
        response: { 200: exerciseResponse },
      },
    },
    (request) => {
      const found = exerciseById(request.params.id);
      if (!found) throw new NotFoundError("id", `unknown exercise "${request.params.id}"`);
      return found;
    },
  );

  app.get(
    "/api/evidence",
    {
      schema: {
        tags: ["library"],
        summary: "The evidence behind the rules, strongest first",
        response: { 200: z.array(evidenceResponse) },
      },
    },
    () => evidenceByStrength(),
  );
};
