// Builds an Article/Doc from a sentence written for the tests and runs the entity stage.
import { buildDoc } from "../../src/text/doc.js";
import { recognizeEntities } from "../../src/entities/recognize.js";
import type { Article, Doc, Entity } from "../../src/types.js";

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
