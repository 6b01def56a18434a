// Articles: list, one article with every fact and its span, and authenticated
// writes (JSON or JSON Lines).
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../app.js";
import type { IngestResponse } from "../api-types.js";
import { requireWriteToken } from "../auth.js";
import { errorSchema, HttpError } from "../errors.js";
import { JSON_LINES_TYPES } from "../json-lines.js";
import { articleRecordSchema, articleRecordsSchema, type ArticleRecord } from "../records.js";
import { anyObject, articlesQuery, emptyQuery, errorResponses, idParams, pageOf } from "../schemas.js";

interface ListParams {
  outlet?: string[];
  entity?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const jsonBody = { oneOf: [articleRecordSchema, articleRecordsSchema] };

export function registerArticleRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: ListParams }>(
    "/articles",
    {
      schema: {
        summary: "List articles, newest first",
        tags: ["articles"],
        querystring: articlesQuery,
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) => ctx.store.articles(req.query),
  );

  app.get<{ Params: { id: string } }>(
    "/articles/:id",
    {
      schema: {
        summary: "One article: text, metadata and its full analysis (entities, events, statements, agreements with spans)",
        description: "Every span's text equals analysis.text.slice(start, end) (UTF-16 offsets).",
        tags: ["articles"],
        params: idParams,
        querystring: emptyQuery,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => {
      const a = await ctx.store.article(req.params.id);
      if (!a) throw new HttpError(404, `no article with id "${req.params.id}"`);
      return a;
    },
  );

  app.post<{ Body: ArticleRecord | ArticleRecord[] }>(
    "/articles",
    {
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        summary: "Add or update articles (needs Authorization: Bearer RASD_TOKEN)",
        description:
          "Body: one article object, an array of them (application/json), or JSON Lines (application/x-ndjson). Each record has text or html and optional id, url, title, outlet, published. Storing is idempotent: the same content again is `unchanged`. Without RASD_TOKEN configured the server is read-only (403).",
        tags: ["articles"],
        security: [{ bearer: [] }],
        querystring: emptyQuery,
        body: {
          content: {
            "application/json": { schema: jsonBody },
            ...Object.fromEntries(JSON_LINES_TYPES.map((t) => [t, { schema: articleRecordsSchema }])),
          },
        },
        response: { 200: anyObject, 401: errorSchema, 403: errorSchema, 415: errorSchema, ...errorResponses },
      },
      // Authenticate before the body is even parsed.
      onRequest: async (req) => requireWriteToken(req, ctx.token),
    },
    async (req) => {
      const records = Array.isArray(req.body) ? req.body : [req.body];
      const { analyses, failures } = await ctx.analysis.analyze(records);
      // One transaction for the whole request: all analysed records or none.
      const results = analyses.length > 0 ? await ctx.store.upsert(analyses) : [];
      const counts = { new: 0, updated: 0, unchanged: 0 };
      for (const r of results) counts[r.status]++;
      const body: IngestResponse = {
        received: records.length,
        ...counts,
        failed: failures.length,
        ids: results.map((r) => r.id),
        failures,
      };
      return body;
    },
  );
}
