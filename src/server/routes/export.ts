// Streams the corpus (or a filtered part) as JSON Lines, CSV or PLOVER events.
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../app.js";
import type { ExportFormat } from "../../store/index.js";
import { errorResponses, exportQuery } from "../schemas.js";

interface ExportParams {
  format: ExportFormat;
  outlet?: string[];
  from?: string;
  to?: string;
}

const CONTENT: Record<ExportFormat, { type: string; ext: string }> = {
  jsonl: { type: "application/x-ndjson; charset=utf-8", ext: "jsonl" },
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
  plover: { type: "application/x-ndjson; charset=utf-8", ext: "plover.jsonl" },
};

async function* withNewlines(lines: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const line of lines) yield `${line}\n`;
}

export function registerExportRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: ExportParams }>(
    "/export",
    {
      schema: {
        summary: "Export: jsonl (one rasd.analysis/1 per article), csv (one row per event, UTF-8 BOM), plover (PLOVER-style event lines)",
        tags: ["export"],
        querystring: exportQuery,
        response: { 200: { type: "string" }, ...errorResponses },
      },
    },
    async (req, reply) => {
      const p = req.query;
      const c = CONTENT[p.format];
      const lines = ctx.store.export({ format: p.format, outlet: p.outlet, from: p.from, to: p.to });
      reply.type(c.type).header("content-disposition", `attachment; filename="rasd-export.${c.ext}"`);
      return reply.send(Readable.from(withNewlines(lines)));
    },
  );
}
