// The HTTP API's response shapes: the contract between the server and the web
// app (src/web imports these as types only). Most answers are the Store API's
// own records (src/store/api.ts) passed through; this file adds what only the
// HTTP layer composes.
import type {
  ArticleSummary,
  CorpusEntity,
  EntityProfile,
  Network,
  Page,
  StoredEvent,
  StoredStatement,
} from "../store/api.js";
import type { EntityType } from "../types.js";

export type * from "../store/api.js";
export type { EntityType, EventType } from "../types.js";

/** What a view needs to show and link an entity: key, type, Arabic and English names. */
export interface EntityRef {
  key: string;
  type: EntityType;
  name: string;
  name_en: string | null;
}

export interface ErrorBody {
  error: string;
  message: string;
  statusCode: number;
}

export type ApiEvent = StoredEvent;
export type ApiStatement = StoredStatement;

/** A role or title as written, with the first and last article dates it was seen. */
export interface RoleSpan {
  role: string;
  /** Gazetteer office (English title) when the role came from there. */
  office: string | null;
  first: string | null;
  last: string | null;
  articles: number;
}

/** Another entity named in the same articles. */
export interface CooccurringEntity {
  key: string;
  type: EntityType;
  name: string;
  name_en: string | null;
  articles: number;
}

export interface ProfileResponse extends Omit<EntityProfile, "recentStatements"> {
  /** Roles over time, from the articles that mention the entity (newest first). */
  roleHistory: RoleSpan[];
  cooccurring: CooccurringEntity[];
  /** Events the entity took part in (newest first) and their total. */
  events: Page<ApiEvent>;
  /** Its statements (newest first) and their total. */
  statements: Page<ApiStatement>;
  /** Statements per month of publication ("YYYY-MM"), oldest first. */
  statementTimeline: { period: string; count: number }[];
  /** Articles read to build roleHistory and cooccurring (the most recent ones, capped). */
  articlesScanned: number;
}

export type EntityPage = Page<CorpusEntity>;
export type ArticlePage = Page<ArticleSummary>;
export type EventPage = Page<ApiEvent>;
export type StatementPage = Page<ApiStatement>;
export type NetworkResponse = Network & { from: string | null; to: string | null };

export interface IngestResponse {
  received: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  ids: string[];
  failures: { index: number; source: string; error: string }[];
}
