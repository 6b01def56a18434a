// Body parser for JSON Lines (application/x-ndjson and its aliases): one JSON
// object per line, blank lines skipped. A malformed line rejects the request
// with its line number, so nothing half-parsed is ever stored.
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.js";

export const JSON_LINES_TYPES = ["application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines"];

export function parseJsonLines(body: string): unknown[] {
  const records: unknown[] = [];
  const lines = body.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      records.push(JSON.parse(line));
    } catch (err) {
      throw new HttpError(400, `line ${i + 1}: invalid JSON (${(err as Error).message})`);
    }
  });
  if (records.length === 0) throw new HttpError(400, "request body has no JSON Lines records");
  return records;
}

export function registerJsonLines(app: FastifyInstance): void {
  // Only JSON and JSON Lines are accepted: anything else is a 415, not a string body.
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser(JSON_LINES_TYPES, { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, parseJsonLines(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}
