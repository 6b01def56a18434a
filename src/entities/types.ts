// Internal types of the entity stage: candidate spans from each kind of evidence,
// before they are combined and resolved into the contract's Entity objects.
import type { EntityType, EvidenceSource, TextSpan } from "../types.js";
import type { Person } from "./people.js";

/** What a gazetteer phrase names. ADJ is a nationality adjective: not an entity, but a country. */
export type GazKind = EntityType | "ADJ";

export interface GazEntry {
  kind: GazKind;
  /** Corpus-level key, e.g. "gpe:CN", "org:brics", "per:wang_yi". */
  key: string;
  /** Canonical Arabic name. */
  name: string;
  nameEn: string | null;
  wikidata: string | null;
  country: string | null;
  person?: Person;
  /** Counts only inside brackets or slashes, as an agency's dateline tag: (قنا)، /وام/. */
  bracketed?: boolean;
}

/** A candidate mention: a token range with the evidence behind it. */
export interface Candidate {
  type: GazKind;
  /** First token (inclusive) and last token (exclusive) in Doc.tokens. */
  tokStart: number;
  tokEnd: number;
  /** Character span in the article text (clitics excluded). */
  start: number;
  end: number;
  /** The name the span stands for: clitics removed, the article restored after لل (للجنة → اللجنة). */
  name: string;
  source: EvidenceSource;
  confidence: number;
  entry?: GazEntry;
  /** Country known from the evidence (gazetteer, an adjective inside an organisation's name, a title). */
  country?: string | null;
  /** Role or title written before or in apposition after a person. */
  role?: TextSpan;
  /** True for a person's short name found alone (لافروف), to be tied to a full name when one is present. */
  short?: boolean;
  /** For pattern organisations: the span extends a gazetteer organisation into a national body (مجلس الأمن الروسي). */
  extendsGazetteer?: boolean;
  /** For pattern organisations: named after a known person inside it (معهد الأمير سعود الفيصل …), who is then no mention. */
  namedAfter?: boolean;
  /** The full form a short form stands for (الخارجية الروسية → وزارة الخارجية الروسية), so both meet in one entity. */
  keyName?: string;
}
