// The shared document model. Every pipeline stage is a pure function that
// reads these types and returns new values; I/O happens only in ingest (reading),
// store, server and cli. All offsets are UTF-16 code-unit indices into
// `Article.text` (JavaScript string indices), as ../shared/eval/CONTRACT.md fixes.

export interface Span {
  start: number;
  end: number;
}

/** A span together with the exact text it covers: `text === article.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

/** One input record after decoding, before cleaning. Produced by ingest/. */
export interface RawArticle {
  id: string;
  /** Where it came from: a file path, "stdin", or "FILE:LINE" for JSON Lines. */
  source: string;
  /** sha256 (hex) of the raw input bytes or JSON record. */
  rawHash: string;
  /** Decoded plain text, when the input was text. */
  text?: string;
  /** Decoded HTML, when the input was HTML (main content is extracted later). */
  html?: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

export interface Dateline extends TextSpan {
  /** Place as written, e.g. "بكين". */
  place: string | null;
  /** ISO date the dateline states, or null. */
  date: string | null;
}

/** A cleaned article: the unit every analysis stage works on. */
export interface Article {
  id: string;
  source: string;
  rawHash: string;
  /** The cleaned body. Every offset in an Analysis points into this string. */
  text: string;
  title: string | null;
  /** Canonical English outlet name (data/outlets.json), or null. */
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or null when it cannot be known. */
  published: string | null;
  dateline: Dateline | null;
  url: string | null;
  /** The outlet's name as lines cleaning dropped write it (masthead, credit, copyright); absent when none. */
  credited?: string[];
}

export type TokenKind = "arabic" | "latin" | "number" | "punct" | "space" | "other";

/** A word-level token with its clitic analysis (Lucene-style token + attributes). */
export interface Token {
  /** Position in Doc.tokens. */
  i: number;
  start: number;
  end: number;
  /** Exactly article.text.slice(start, end). */
  text: string;
  /** Matching form of the whole token (see text/normalize.ts). */
  norm: string;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Proclitics removed from the front, normalised (e.g. "و", "وب", "ل"); "" when none. The article ال is not a proclitic here. */
  pre: string;
  /** Normalised token without `pre`; keeps the article ال (e.g. "الصين" for "وبالصين"). */
  core: string;
  /** Offset in article.text where `core` begins (start + length of the proclitics as written). */
  coreStart: number;
  /** `core` without the definite article ال, or `core` when it has none. */
  bare: string;
  /** An attached pronoun suffix recognised on `core` (e.g. "ه", "ها", "هما"); "" when none. */
  suf: string;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** First token index (inclusive) and last (exclusive) in Doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

/** An article with its text layer: what the analysers read. */
export interface Doc {
  article: Article;
  /** Word, number and punctuation tokens; whitespace is not tokenised. */
  tokens: Token[];
  sentences: Sentence[];
}

export type EntityType = "PER" | "ORG" | "GPE" | "LOC" | "MISC";
export type EvidenceSource = "gazetteer" | "model" | "pattern";

export interface Mention extends TextSpan {
  /** Role or title written before or after this mention, as written (e.g. "وزير الخارجية الروسي"). */
  role?: TextSpan;
}

/** An office held, from the people gazetteer, valid on the article's date. */
export interface Office {
  title_en: string;
  title_ar: string | null;
  country: string | null;
  start: string | null;
  end: string | null;
}

export interface Entity {
  /** Unique within the article: "e1", "e2", … */
  id: string;
  type: EntityType;
  /** Canonical Arabic name, clitics removed. */
  name: string;
  mentions: Mention[];
  /**
   * Corpus-level identity: a gazetteer id (e.g. "per:wang_yi", "gpe:RU") when the
   * gazetteer knows it, otherwise "<type>:<folded name>". Store merges on it.
   */
  key: string;
  name_en: string | null;
  wikidata: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country: string | null;
  /** Roles and titles as written in this article. */
  roles: string[];
  /** The office the gazetteer says this person held on the article's date. */
  office: Office | null;
  confidence: number;
  source: EvidenceSource;
}

export type EventType =
  | "meeting"
  | "phone_call"
  | "video_call"
  | "message"
  | "visit"
  | "multilateral"
  | "signing"
  | "consultation";

/** Every EventType once, in one fixed order (CLI choices, API enums, the bench generator's draws). */
export const EVENT_TYPES: readonly EventType[] = ["meeting", "phone_call", "video_call", "message", "visit", "multilateral", "signing", "consultation"];

export interface Event {
  id: string;
  type: EventType;
  /** Entity ids: persons, or states/organisations when no person is named. */
  participants: string[];
  /** Entity id of the side that initiated (requested, called, sent), when the text says so. */
  initiator: string | null;
  /** ISO date, or null when nothing in the text anchors it. */
  date: string | null;
  /** The date expression as written, or null. */
  date_text: string | null;
  /** Entity id of the place, or null. */
  place: string | null;
  /** True for the interaction the article reports; false for earlier or other ones it mentions. */
  main: boolean;
  /** PLOVER event type and mode, e.g. {event: "CONSULT", mode: "phone"}. */
  plover: { event: string; mode: string | null };
  /** The trigger word or phrase as written. */
  trigger: TextSpan;
  evidence: TextSpan;
  confidence: number;
}

export interface Quote extends TextSpan {
  id: string;
  /** Entity id of the speaker, or null when unresolved. Null for joint statements (see `speakers`). */
  speaker: string | null;
  /** All speaking parties: one for a single speaker, two or more for a joint statement. */
  speakers: string[];
  joint: boolean;
  /** The reporting expression as written (e.g. "قال", "مؤكدا", "وفقا لما قال"). */
  cue: string;
  cue_span: Span;
  /** True when the reported words are inside quotation marks. */
  direct: boolean;
  confidence: number;
}

export type AgreementKind = "agreement" | "consensus" | "signed" | "commitment";

export interface Agreement extends TextSpan {
  id: string;
  kind: AgreementKind;
  /** Entity ids of the parties. */
  parties: string[];
  cue: string;
  cue_span: Span;
  /** ISO date when known. */
  date: string | null;
  confidence: number;
}

/** The `rasd.analysis/1` object: one per article (CONTRACT.md plus our own fields). */
export interface Analysis {
  schema: "rasd.analysis/1";
  id: string;
  source: string;
  raw_hash: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  dateline: Dateline | null;
  entities: Entity[];
  events: Event[];
  /** Statements attributed to one speaker (CONTRACT.md's `quotes`). */
  quotes: Quote[];
  /**
   * Statements made by two or more parties together (قالا، أكد الجانبان): `joint: true`,
   * every party in `speakers`, `speaker` null. Kept apart so no one party is credited with them.
   */
  joint_statements: Quote[];
  /**
   * Statements whose speaker is not named (مصادر مطلعة، مسؤول رفض الكشف عن اسمه) or could not be
   * resolved: `speaker` null, `speakers` empty. Kept apart from `quotes`, which the contract defines as
   * statements of a named speaker.
   */
  unattributed_statements: Quote[];
  agreements: Agreement[];
  text: string;
}
