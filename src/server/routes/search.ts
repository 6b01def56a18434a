// Full-text search with filters, facets and highlighted snippets.
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../app.js";
import type { EventType } from "../../types.js";
import { anyObject, errorResponses, searchQuery } from "../schemas.js";

interface SearchParams {
  q: string;
  outlet?: string[];
  entity?: string;
  event_type?: EventType;
  from?: string;
  to?: string;
  facets: boolean;
  limit: number;
  offset: number;
}

export function registerSearchRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: SearchParams }>(
    "/search",
    {
      schema: {
        summary: "Search articles (Arabic-aware: normalisation, clitics, light stemming; names never stemmed)",
        description:
          "Phrases in \"quotes\", AND / OR / NOT, -word, parentheses. Any other character is text: the query can never inject full-text syntax. Snippet highlights are offsets relative to snippet.text; `highlights` are offsets into the article text.",
        tags: ["search"],
        querystring: searchQuery,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => {
      const p = req.query;
      const r = await ctx.store.search({
        q: p.q,
        outlet: p.outlet,
        entity: p.entity,
        eventType: p.event_type,
        from: p.from,
        to: p.to,
        facets: p.facets,
        limit: p.limit,
        offset: p.offset,
      });
      // Every paged answer of the API lists its records under `items`.
      const { hits, ...rest } = r;
      return { ...rest, query: p.q, items: hits };
    },
  );
}
