// The article record accepted by POST /api/articles: the same fields as the
// .json / .jsonl inputs of `rasd ingest` (src/ingest/records.ts reads both).

import type { RawArticle } from "../types.js";

export type ArticleRecord = Omit<RawArticle, "source" | "rawHash">;

/** Most records one request may carry (larger batches: `rasd ingest`, or several requests). */
export const MAX_RECORDS = 1000;

const nullableString = (maxLength: number) => ({ type: "string", nullable: true, maxLength }) as const;

export const articleRecordSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    id: { type: "string", minLength: 1, maxLength: 200, pattern: "\\S" },
    text: { type: "string", minLength: 1 },
    html: { type: "string", minLength: 1 },
    url: nullableString(2000),
    title: nullableString(1000),
    outlet: nullableString(200),
    published: nullableString(40),
  },
  required: ["id"],
  anyOf: [{ required: ["text"] }, { required: ["html"] }],
} as const;

export const articleRecordsSchema = {
  type: "array",
  minItems: 1,
  maxItems: MAX_RECORDS,
  items: articleRecordSchema,
} as const;
