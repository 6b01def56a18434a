// The analysis pipeline: a chain of pure stages over one Article, like spaCy's
// Doc flowing through components. Each stage lives in its own folder.
import type { Analysis, Article, Doc } from "../types.js";
import { buildDoc } from "../text/doc.js";
import { recognizeEntities } from "../entities/recognize.js";
import { extractEvents } from "../events/extract.js";
import { extractAgreements } from "../events/agreements.js";
import { extractQuotes } from "../quotes/extract.js";

export const ANALYSIS_SCHEMA = "rasd.analysis/1" as const;

export function analyzeArticle(article: Article): Analysis {
  return analyzeWithDoc(article).analysis;
}

/** The analysis and the text layer it was made from (an ingest's worker indexes the same tokens: store/prepare.ts). */
export function analyzeWithDoc(article: Article): { analysis: Analysis; doc: Doc } {
  const doc = buildDoc(article);
  const entities = recognizeEntities(doc);
  const events = extractEvents(doc, entities);
  const statements = extractQuotes(doc, entities);
  const agreements = extractAgreements(doc, entities);
  const analysis: Analysis = {
    schema: ANALYSIS_SCHEMA,
    id: article.id,
    source: article.source,
    raw_hash: article.rawHash,
    outlet: article.outlet,
    published: article.published,
    title: article.title,
    url: article.url,
    dateline: article.dateline,
    entities,
    events,
    quotes: statements.filter((q) => !q.joint && q.speaker !== null),
    joint_statements: statements.filter((q) => q.joint),
    unattributed_statements: statements.filter((q) => !q.joint && q.speaker === null),
    agreements,
    text: article.text,
  };
  return { analysis, doc };
}
