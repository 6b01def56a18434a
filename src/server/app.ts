// Builds the Fastify app: JSON API under /api, its OpenAPI document at
// /openapi.json, and the static web app at /. I/O with the corpus goes only
// through the Store API; this layer validates, shapes and guards.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import swagger from "@fastify/swagger";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import type { Store } from "../store/index.js";
import { errorBody, HttpError, installErrorHandlers } from "./errors.js";
import { addSecurityHeaders } from "./security.js";
import { MAX_URL_BYTES } from "./schemas.js";
import { registerJsonLines } from "./json-lines.js";
import { registerSearchRoutes } from "./routes/search.js";
import { registerArticleRoutes } from "./routes/articles.js";
import { registerEntityRoutes } from "./routes/entities.js";
import { registerEventRoutes } from "./routes/events.js";
import { registerStatementRoutes } from "./routes/statements.js";
import { registerExportRoutes } from "./routes/export.js";
import { registerMetaRoutes } from "./routes/meta.js";
import { AnalysisPool } from "./analysis-pool.js";

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

/** Where `npm run build:web` puts the app: dist/web beside src/ and dist/server/. */
export const DEFAULT_WEB_ROOT = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "dist", "web");

export interface ServerOptions {
  store: Store;
  /** Bearer token for writes (RASD_TOKEN). Null or empty: the server is read-only. */
  token?: string | null;
  /** Folder of the built web app; null serves no app. */
  webRoot?: string | null;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** Requests per IP per minute on /api; false disables (tests of other behaviour). */
  rateLimitPerMinute?: number | false;
  logger?: FastifyServerOptions["logger"];
  /** Analyses posted articles (default: a worker pool over the ingest pipeline, closed with the server). */
  analysis?: AnalysisPool;
}

export interface RouteContext {
  store: Store;
  token: string | null;
  analysis: AnalysisPool;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit,
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
    ajv: {
      // Reject unknown parameters instead of silently dropping them.
      customOptions: { removeAdditional: false, coerceTypes: "array", useDefaults: true, allErrors: false },
    },
  });
  // Answers are the store's records as they are: schemas document them in
  // OpenAPI but must not strip fields on the way out.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  installErrorHandlers(app, bodyLimit);
  addSecurityHeaders(app);
  app.addHook("onRequest", async (request) => {
    if (Buffer.byteLength(request.url) > MAX_URL_BYTES) {
      throw new HttpError(414, `request URL is longer than the limit of ${MAX_URL_BYTES} bytes`);
    }
    // PostgreSQL refuses NUL in text (a 500 from the driver): no parameter may carry one.
    if (/%00/.test(request.url)) throw new HttpError(400, "request parameters may not contain NUL (%00)");
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "rasd API",
        version: "0.1.0",
        description:
          "Arabic diplomatic news as a structured record: search, articles with every fact and its span, entities, events, network, statements, export. Offsets are UTF-16 indices into the article text.",
      },
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "RASD_TOKEN, needed for writes" } },
      },
    },
  });

  if (opts.rateLimitPerMinute !== false) {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_req, ctx) => ({
        ...errorBody(429, `too many requests: at most ${ctx.max} per ${ctx.after === "1 minute" ? "minute" : ctx.after}; retry in ${Math.ceil(ctx.ttl / 1000)} s`),
      }),
    });
  }

  const ctx: RouteContext = {
    store: opts.store,
    token: opts.token ? opts.token : null,
    analysis: opts.analysis ?? new AnalysisPool(),
  };
  if (!opts.analysis) app.addHook("onClose", async () => ctx.analysis.close());
  const perMinute = opts.rateLimitPerMinute === false ? null : (opts.rateLimitPerMinute ?? 600);

  await app.register(
    async (api) => {
      if (perMinute !== null) {
        api.addHook("onRequest", api.rateLimit({ max: perMinute, timeWindow: 60_000 }));
      }
      registerJsonLines(api);
      registerMetaRoutes(api, ctx);
      registerSearchRoutes(api, ctx);
      registerArticleRoutes(api, ctx);
      registerEntityRoutes(api, ctx);
      registerEventRoutes(api, ctx);
      registerStatementRoutes(api, ctx);
      registerExportRoutes(api, ctx);
    },
    { prefix: "/api" },
  );

  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const webRoot = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  if (webRoot && existsSync(join(webRoot, "index.html"))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: "/",
      index: ["index.html"],
      wildcard: true,
      // Hashed asset names never change; index.html must always be revalidated.
      setHeaders: (res, path) => {
        res.header("cache-control", path.endsWith("index.html") ? "no-cache" : "public, max-age=31536000, immutable");
      },
    });
  } else {
    app.get("/", { schema: { hide: true } }, async (_req, reply) => {
      reply.type("text/plain; charset=utf-8");
      return "rasd API is running; the web app is not built (run `npm run build:web`). API: /api, OpenAPI: /openapi.json\n";
    });
  }
  return app;
}
