// Builds an Article/Doc from a sentence written for the tests and runs the entity stage.
import { buildDoc } from "../../src/text/doc.js";
import { recognizeEntities } from "../../src/entities/recognize.js";
import { combine } from "../../src/entities/combine.js";
import { makeCandidate } from "../../src/entities/candidate.js";
import { getLexicon } from "../../src/entities/lexicon.js";
import type { Article, Doc, Entity, EntityType } from "../../src/types.js";

export function docOf(text: string, published: string | null = null): Doc {
  const article: Article = { id: "t", source: "test", rawHash: "", text, title: null, outlet: null, published, dateline: null, url: null };
  return buildDoc(article);
}

/** Entities without the statistical tagger, so the tests pin down gazetteers, patterns and resolution. */
export function entitiesOf(text: string, published: string | null = null): { doc: Doc; entities: Entity[] } {
  const doc = docOf(text, published);
  return { doc, entities: recognizeEntities(doc, { model: false }) };
}

export const byName = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
export const names = (entities: Entity[]) => entities.map((e) => e.name);

/** combine() over one span the tagger is made to propose (the tokens from `first` to `last` inclusive). */
export function withTaggerSpan(text: string, first: string, last: string, type: EntityType) {
  const doc = docOf(text);
  const a = doc.tokens.findIndex((t) => t.text === first);
  const b = doc.tokens.findIndex((t, k) => k >= a && t.text === last);
  const span = makeCandidate({ type, tokStart: a, tokEnd: b + 1, start: doc.tokens[a].start, end: doc.tokens[b].end, name: text.slice(doc.tokens[a].start, doc.tokens[b].end), source: "model", confidence: 0.6 });
  return combine(doc, getLexicon(), { phrases: [], people: [], orgs: [], patternPeople: [], things: [], model: [span], roles: [] });
}
