// Table types for Kysely. The same tables exist on SQLite and PostgreSQL;
// only the full-text index differs (FTS5 virtual tables on SQLite, tsvector
// columns on PostgreSQL; see migrations.ts and text-index.ts). JSON is stored
// as text on both, booleans as 0/1 integers, dates as ISO text.
import type { Generated } from "kysely";

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  source: string;
  raw_hash: string;
  /** sha256 of the analysis JSON. */
  content_hash: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  dateline: string | null;
  /** Number of indexed terms (BM25 document length). */
  n_terms: number;
  /** seq of the first article of its near-duplicate group. */
  story_seq: number | null;
  ingested_at: string;
  updated_at: string;
}

/** Copy of the columns search filters and counts read, in a row small enough to cache for every article. */
export interface ArticleKeysTable {
  seq: number;
  story_seq: number | null;
  published: string | null;
  outlet: string | null;
}

export interface ArticleTextsTable {
  seq: number;
  text: string;
  /** The analysis JSON without its text (see write.ts packAnalysis). */
  analysis: string;
  /** Name terms kept unstemmed when the article was indexed (space-separated). */
  names: string;
  /** MinHash signature, hex. */
  minhash: string;
}

export interface EntitiesTable {
  id: Generated<number>;
  key: string;
  type: string;
  name: string;
  /** JSON {name: count} of canonical names across articles. */
  names: string;
  /** JSON {written form: count} of mention texts. */
  variants: string;
  name_en: string | null;
  wikidata: string | null;
  country: string | null;
  article_count: number;
  mention_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

export interface EntityNamesTable {
  norm: string;
  entity_id: number;
}

export interface NameTermsTable {
  term: string;
}

export interface ArticleEntitiesTable {
  article_seq: number;
  local_id: string;
  entity_id: number;
  name: string;
  roles: string;
  office: string | null;
  mention_count: number;
  confidence: number;
  source: string;
}

export interface MentionsTable {
  article_seq: number;
  entity_id: number;
  span_start: number;
  span_end: number;
  text: string;
  role: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  article_seq: number;
  local_id: string;
  type: string;
  date: string | null;
  date_text: string | null;
  main: number;
  initiator_id: number | null;
  place_id: number | null;
  plover_event: string;
  plover_mode: string | null;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  confidence: number;
}

export interface EventParticipantsTable {
  event_id: number;
  entity_id: number;
}

export interface StatementsTable {
  id: Generated<number>;
  article_seq: number;
  local_id: string;
  speaker_id: number | null;
  joint: number;
  cue: string;
  cue_start: number;
  cue_end: number;
  direct: number;
  span_start: number;
  span_end: number;
  text: string;
  confidence: number;
}

export interface StatementSpeakersTable {
  statement_id: number;
  entity_id: number;
}

export interface AgreementsTable {
  id: Generated<number>;
  article_seq: number;
  local_id: string;
  kind: string;
  cue: string;
  cue_start: number;
  cue_end: number;
  date: string | null;
  span_start: number;
  span_end: number;
  text: string;
  confidence: number;
}

export interface AgreementPartiesTable {
  agreement_id: number;
  entity_id: number;
}

export interface MinhashBandsTable {
  band: number;
  hash: number;
  article_seq: number;
}

/** One row of corpus totals kept for BM25 on PostgreSQL (FTS5 keeps its own). */
export interface CorpusTotalsTable {
  id: number;
  articles: number;
  terms: number;
}

/** Per-term top-R BM25 impact lists (search-impacts.ts), valid while the FTS5 structure is the recorded one. */
export interface SearchImpactsTable {
  term: string;
  /** Articles holding the term. */
  df: number;
  /** Largest term impact of any article not in the list. */
  bound: number;
  list: Uint8Array;
}

export interface SearchImpactsStateTable {
  id: number;
  /** The FTS5 structure record the lists were built from. */
  structure: Uint8Array;
  /** Every article's length in tokens, a little-endian uint16 per rowid (search-postings.ts); null before migration 0005's first rebuild. */
  lengths: Uint8Array | null;
}

/** Every article holding a listed term or two-word phrase, with its frequency there (search-postings.ts). */
export interface SearchPostingsTable {
  /** The term, or the phrase "a b". */
  key: string;
  data: Uint8Array;
}

/** Articles holding two or three listed words side by side ("a b", "a b c"), where at least PHRASE_DF_MIN do (search-impacts.ts). */
export interface SearchPhraseDfsTable {
  phrase: string;
  df: number;
}

export interface Database {
  articles: ArticlesTable;
  article_texts: ArticleTextsTable;
  article_keys: ArticleKeysTable;
  entities: EntitiesTable;
  entity_names: EntityNamesTable;
  name_terms: NameTermsTable;
  article_entities: ArticleEntitiesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  statements: StatementsTable;
  statement_speakers: StatementSpeakersTable;
  agreements: AgreementsTable;
  agreement_parties: AgreementPartiesTable;
  minhash_bands: MinhashBandsTable;
  corpus_totals: CorpusTotalsTable;
  search_impacts: SearchImpactsTable;
  search_impacts_state: SearchImpactsStateTable;
  search_phrase_dfs: SearchPhraseDfsTable;
  search_postings: SearchPostingsTable;
}
