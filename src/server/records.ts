// The article record accepted by POST /api/articles (the same fields as the
// .json / .jsonl inputs of `rasd ingest`), and the function that turns one into
// an analysis ready for the store.
import type { Analysis } from "../types.js";
import { formatIngestError, recordToRaw } from "../ingest/records.js";
import { toArticle } from "../ingest/article.js";
import { analyzeArticle } from "../pipeline/analyze.js";

export interface ArticleRecord {
  id: string;
  text?: string;
  html?: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

/** Analyses one posted record; `source` names it in messages ("http:3"). Throws with a clear message on bad content. */
export type RecordAnalyzer = (record: ArticleRecord, source: string) => Analysis | Promise<Analysis>;

/** Most records one request may carry. */
export const MAX_RECORDS = 5000;

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

/**
 * The same path as `rasd ingest` takes for a JSON record: validate into a
 * RawArticle, clean into an Article, analyse. The raw hash is taken over the
 * record as re-serialised, so posting the same record twice changes nothing.
 */
export const defaultRecordAnalyzer: RecordAnalyzer = (record, source) => {
  const raw = recordToRaw(record, { source }, JSON.stringify(record));
  if (!("rawHash" in raw)) throw new Error(formatIngestError(raw));
  const article = toArticle(raw);
  if (article.text.trim() === "") throw new Error(`${source}: no article text is left after cleaning`);
  return analyzeArticle(article);
};
