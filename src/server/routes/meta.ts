// Health and corpus statistics.
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../app.js";
import { anyObject, emptyQuery, errorResponses } from "../schemas.js";

export function registerMetaRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get(
    "/health",
    {
      schema: {
        summary: "Liveness and whether writes are enabled",
        tags: ["meta"],
        querystring: emptyQuery,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async () => ({ ok: true, backend: ctx.store.backend, writable: ctx.token !== null }),
  );

  app.get(
    "/stats",
    {
      schema: {
        summary: "Corpus counts: articles, stories, entities, events, statements, agreements, outlets, date range",
        tags: ["meta"],
        querystring: emptyQuery,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async () => ({ ...(await ctx.store.stats()), writable: ctx.token !== null }),
  );
}
