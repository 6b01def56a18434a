// The Store API: everything the CLI, the HTTP API and the web app ask of a
// corpus. One implementation serves SQLite and PostgreSQL (Kysely underneath);
// callers never see SQL or the backend.
import type {
  Analysis,
  AgreementKind,
  EntityType,
  EventType,
  Span,
  TextSpan,
} from "../types.js";

export type Backend = "sqlite" | "postgres";

/** Every list call takes limit/offset and answers with the total before paging. */
export interface PageQuery {
  /** Default 20, at most 1000. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}

export interface Page<T> {
  items: T[];
  /** Number of items matching the query before limit/offset. */
  total: number;
  limit: number;
  offset: number;
}

/** ISO date (YYYY-MM-DD) bounds, inclusive. A bare year or year-month is accepted ("2021", "2021-06"). */
export interface DateRange {
  from?: string;
  to?: string;
}

// ---------------------------------------------------------------- ingest

export type UpsertStatus = "new" | "updated" | "unchanged";

export interface UpsertResult {
  id: string;
  status: UpsertStatus;
}

/** One input the ingest stream could not read or analyse. Stored nowhere; counted and reported. */
export interface IngestFailure {
  failed: true;
  source: string;
  error: string;
}

export interface IngestProgress {
  done: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  elapsedMs: number;
  /** Articles per second so far. */
  rate: number;
  /** Set on the last report of a large load, when the search index is being optimised (it can take a minute at 100,000 articles). */
  phase?: "optimizing";
}

export interface IngestSummary extends IngestProgress {
  failures: IngestFailure[];
}

export interface IngestOptions {
  /** Articles per transaction. Default 200. */
  batchSize?: number;
  /** Called after every committed batch. */
  onProgress?: (p: IngestProgress) => void;
}

// ---------------------------------------------------------------- articles

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  source: string;
  /** Near-duplicate group: the same story as carried by several outlets. */
  story: StoryRef;
}

export interface StoryRef {
  /** Stable id of the group (the id of its first stored article). */
  id: string;
  /** Number of stored articles in the group (1 when the story is unique). */
  size: number;
}

export interface StoredArticle extends ArticleSummary {
  rawHash: string;
  /** sha256 of the analysis JSON: equal hashes mean nothing changed. */
  contentHash: string;
  /** The full stored analysis, exactly as analyzeArticle produced it. */
  analysis: Analysis;
  /** Other articles of the same story (other outlets' copies). */
  duplicates: ArticleSummary[];
  ingestedAt: string;
  updatedAt: string;
}

export interface ArticleListQuery extends PageQuery, DateRange {
  outlet?: string | string[];
  /** Entity key ("per:lavrov") or any of its names. */
  entity?: string;
}

// ---------------------------------------------------------------- search

export interface SearchQuery extends PageQuery, DateRange {
  /**
   * Query text: words, "quoted phrases", AND / OR / NOT (upper-case Latin operators),
   * `-word` for NOT, parentheses. Bare words are ANDed. Every other character is text:
   * the query can never inject FTS syntax.
   */
  q: string;
  outlet?: string | string[];
  /** Entity key ("per:lavrov") or any of its names: articles that mention it. */
  entity?: string;
  /** Articles reporting at least one event of this type. */
  eventType?: EventType;
  /** Compute facet counts over the whole matching set (not just the page). Default false. */
  facets?: boolean;
  /** Characters of context around the best passage. Default 160. */
  snippetLength?: number;
}

export interface Highlight extends Span {
  /** The analysed query term this span matched. */
  term: string;
}

export interface Snippet {
  /** Offsets of the snippet in the article text. */
  start: number;
  end: number;
  /** article.text.slice(start, end) with whitespace runs collapsed, and "…" where cut. */
  text: string;
  /** Matches inside the snippet, offsets relative to `text` (ready to wrap in <mark>). */
  highlights: Highlight[];
  /** The snippet with matches wrapped in «[» and «]» for terminals. */
  marked: string;
}

export interface SearchHit extends ArticleSummary {
  /** BM25 score, higher is better (FTS5 bm25 negated; the same formula on PostgreSQL). */
  score: number;
  snippet: Snippet;
  /** Every match in the article, offsets into the article text. */
  highlights: Highlight[];
}

export interface FacetCount {
  value: string;
  /** Display label (entity name, outlet) when it differs from value. */
  label?: string;
  count: number;
}

export interface SearchFacets {
  outlet: FacetCount[];
  eventType: FacetCount[];
  /** value = entity key, label = canonical Arabic name. Top 20. */
  entity: FacetCount[];
  year: FacetCount[];
  /** "YYYY-MM". */
  month: FacetCount[];
}

/** Counting matches stops here (see SearchResult.total): past it, exact counts cost more than the ranking itself. */
export const SEARCH_COUNT_CAP = 10_000;

export interface SearchResult {
  /** The query as parsed and analysed, e.g. `لافروف AND "وزير خارج"`, for display and debugging. */
  parsed: string;
  /**
   * Matching articles. Exact up to SEARCH_COUNT_CAP (10,000); past it the
   * count stops there: `total` is SEARCH_COUNT_CAP and `totalExact` false
   * (show it as "10,000+"). Ranking and paging always cover every match.
   */
  total: number;
  /**
   * Matching articles counted once per story (near-duplicates collapsed). When
   * `totalExact` is false, counted over the first SEARCH_COUNT_CAP matches (by
   * store order), so a lower bound.
   */
  stories: number;
  /** False when more than SEARCH_COUNT_CAP articles match and the counts are lower bounds. */
  totalExact: boolean;
  hits: SearchHit[];
  facets?: SearchFacets;
  limit: number;
  offset: number;
  tookMs: number;
}

// ---------------------------------------------------------------- entities

export interface CorpusEntity {
  /** Store-wide entity id (stable across re-ingests). */
  id: number;
  /** The merge key from Entity.key ("per:wang_yi", "gpe:RU", "per:<folded name>"). */
  key: string;
  type: EntityType;
  /** Canonical Arabic name (the most frequent one). */
  name: string;
  /** Every canonical name seen across articles. */
  names: string[];
  /** Every written form of its mentions (clitics removed by the entity stage). */
  variants: string[];
  name_en: string | null;
  wikidata: string | null;
  country: string | null;
  articleCount: number;
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EntityQuery extends PageQuery {
  /** Matches names, variants, English name or key (normalised, substring). */
  q?: string;
  type?: EntityType;
  /** Default "articles" (most mentioned first). */
  sort?: "articles" | "name" | "recent";
}

export interface EntityProfile extends CorpusEntity {
  /** Roles and titles as written, with counts. */
  roles: FacetCount[];
  /** Offices from the gazetteer seen in articles. */
  offices: { title_en: string; title_ar: string | null; country: string | null; count: number }[];
  /** Who this entity interacts with most (events), top 20. */
  partners: NetworkEdgeEnd[];
  eventTypes: FacetCount[];
  recentArticles: ArticleSummary[];
  recentStatements: StoredStatement[];
  timeline: TimelineBucket[];
}

// ---------------------------------------------------------------- events

export interface EventParticipant {
  entityId: number;
  key: string;
  name: string;
  /** English name where the gazetteer knows it (shown beside the Arabic one). */
  name_en: string | null;
  type: EntityType;
}

export interface StoredEvent {
  id: number;
  articleId: string;
  story: StoryRef;
  outlet: string | null;
  published: string | null;
  type: EventType;
  /** Event date, or the article's publication date when the text gives none (see dateFromArticle). */
  date: string | null;
  dateFromArticle: boolean;
  date_text: string | null;
  main: boolean;
  participants: EventParticipant[];
  initiator: EventParticipant | null;
  place: EventParticipant | null;
  plover: { event: string; mode: string | null };
  trigger: TextSpan;
  evidence: TextSpan;
  confidence: number;
}

export interface EventQuery extends PageQuery, DateRange {
  /** Entity key or any name of a participant (all given actors must take part). */
  actor?: string | string[];
  type?: EventType | EventType[];
  /** Only events the articles report as their main news. Default false (all). */
  mainOnly?: boolean;
  outlet?: string | string[];
  /** Collapse near-duplicate reports: one event per story and type. Default false. */
  byStory?: boolean;
}

export type Interval = "day" | "week" | "month";

export interface TimelineBucket {
  /** Bucket start: "YYYY-MM-DD" (day, ISO week's Monday) or "YYYY-MM" (month). */
  period: string;
  /** Events reported (every article's copy counts). */
  count: number;
  /** Distinct stories (near-duplicates collapsed). */
  stories: number;
  byType: Partial<Record<EventType, number>>;
}

// ---------------------------------------------------------------- network

export interface NetworkQuery extends DateRange {
  type?: EventType | EventType[];
  /** Restrict to edges touching this entity (key or name). */
  actor?: string;
  /** Entity types to include as nodes. Default PER, ORG, GPE. */
  nodeTypes?: EntityType[];
  /** Drop edges seen fewer times. Default 1. */
  minWeight?: number;
  /** Most important edges kept. Default 200. */
  limit?: number;
}

export interface NetworkNode {
  id: number;
  key: string;
  name: string;
  name_en: string | null;
  type: EntityType;
  country: string | null;
  /** Number of partners (edges) the node has in this network. */
  degree: number;
  /** Sum of the weights of its edges. */
  strength: number;
}

export interface NetworkEdgeEnd {
  id: number;
  key: string;
  name: string;
  type: EntityType;
  weight: number;
}

export interface NetworkEdge {
  source: number;
  target: number;
  /** Distinct stories in which the two took part in the same event. */
  weight: number;
  /** Reports (article copies) behind that weight. */
  reports: number;
  types: Partial<Record<EventType, number>>;
  first: string | null;
  last: string | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

// ---------------------------------------------------------------- statements & agreements

export interface StoredStatement extends TextSpan {
  id: number;
  articleId: string;
  story: StoryRef;
  outlet: string | null;
  published: string | null;
  /** Null when unresolved. For joint statements every party is in `speakers`. */
  speaker: EventParticipant | null;
  speakers: EventParticipant[];
  joint: boolean;
  cue: string;
  direct: boolean;
  confidence: number;
}

export interface StatementQuery extends PageQuery, DateRange {
  /** Entity key or any name of a speaker (joint statements included). */
  speaker?: string;
  /** Words in the reported content (same query language as search). */
  q?: string;
  outlet?: string | string[];
}

export interface StoredAgreement extends TextSpan {
  id: number;
  articleId: string;
  story: StoryRef;
  published: string | null;
  kind: AgreementKind;
  parties: EventParticipant[];
  cue: string;
  date: string | null;
  confidence: number;
}

export interface AgreementQuery extends PageQuery, DateRange {
  party?: string;
  kind?: AgreementKind;
}

// ---------------------------------------------------------------- export & stats

/**
 * jsonl: one rasd.analysis/1 object per article;
 * csv: one row per event (UTF-8 with BOM);
 * plover: PLOVER-style event records as JSON Lines.
 */
export type ExportFormat = "jsonl" | "csv" | "plover";

export interface ExportQuery extends DateRange {
  format: ExportFormat;
  outlet?: string | string[];
}

export interface CorpusStats {
  backend: Backend;
  articles: number;
  stories: number;
  entities: number;
  mentions: number;
  events: number;
  statements: number;
  agreements: number;
  outlets: FacetCount[];
  firstPublished: string | null;
  lastPublished: string | null;
  schemaVersion: string;
}

// ---------------------------------------------------------------- the store

export interface Store {
  readonly backend: Backend;
  /** Location with any password removed, for messages. */
  readonly location: string;

  /** Store analyses in one transaction, idempotently: same content → "unchanged"; same id, new content → "updated" in place. */
  upsert(analyses: Analysis[]): Promise<UpsertResult[]>;
  /** Stream analyses (or failures) into the store in batched transactions; a failure never affects stored rows. */
  ingest(source: AsyncIterable<Analysis | IngestFailure> | Iterable<Analysis | IngestFailure>, opts?: IngestOptions): Promise<IngestSummary>;
  /** Remove one article and its facts. Returns false when it was not there. */
  remove(id: string): Promise<boolean>;
  /**
   * Merge the text index and rebuild search's impact lists (done by itself after an ingest of 1,000 or
   * more articles). After smaller writes the lists are stale and search scores every match until this runs.
   */
  optimize(): Promise<void>;

  search(q: SearchQuery): Promise<SearchResult>;
  article(id: string): Promise<StoredArticle | null>;
  articles(q?: ArticleListQuery): Promise<Page<ArticleSummary>>;

  entities(q?: EntityQuery): Promise<Page<CorpusEntity>>;
  /** By store id, key ("per:lavrov") or any name. */
  entity(ref: number | string): Promise<EntityProfile | null>;

  events(q?: EventQuery): Promise<Page<StoredEvent>>;
  timeline(q: EventQuery & { interval?: Interval }): Promise<TimelineBucket[]>;
  network(q?: NetworkQuery): Promise<Network>;

  statements(q?: StatementQuery): Promise<Page<StoredStatement>>;
  agreements(q?: AgreementQuery): Promise<Page<StoredAgreement>>;

  /** Lines (without trailing newline; CSV's first line carries the BOM) in the requested format. */
  export(q: ExportQuery): AsyncIterable<string>;
  stats(): Promise<CorpusStats>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PostgreSQL schema to use (created if missing). Default from `?schema=` in the URL, else "public". */
  schema?: string;
  /**
   * Entries of the search result cache (ranked keys and counts per query, filters and page;
   * dropped whenever the corpus changes). SQLite only. Default 256; 0 turns it off.
   */
  resultCache?: number;
}
