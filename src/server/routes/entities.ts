// Corpus entities and an entity's profile.
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../app.js";
import type { EntityType } from "../../types.js";
import { HttpError } from "../errors.js";
import { buildProfile } from "../profile.js";
import { anyObject, entitiesQuery, errorResponses, keyParams, pageOf, profileQuery } from "../schemas.js";

interface ListParams {
  q?: string;
  type?: EntityType;
  sort: "articles" | "name" | "recent";
  limit: number;
  offset: number;
}

export function registerEntityRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: ListParams }>(
    "/entities",
    {
      schema: {
        summary: "Corpus entities (one per person, organisation or place across spellings), most mentioned first",
        tags: ["entities"],
        querystring: entitiesQuery,
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) => ctx.store.entities(req.query),
  );

  app.get<{ Params: { key: string }; Querystring: { limit: number } }>(
    "/entities/:key",
    {
      schema: {
        summary: "Entity profile: roles over time, events, statements, partners and co-occurring entities",
        description: "`key` is an entity key (\"per:wang_yi\"), a store id, or any of its names.",
        tags: ["entities"],
        params: keyParams,
        querystring: profileQuery,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => {
      const ref = /^\d+$/.test(req.params.key) ? Number(req.params.key) : req.params.key;
      const profile = await ctx.store.entity(ref);
      if (!profile) throw new HttpError(404, `no entity "${req.params.key}"`);
      return buildProfile(ctx.store, profile, req.query.limit);
    },
  );
}
