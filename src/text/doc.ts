import type { Article, Doc } from "../types.js";

/** Text layer: tokens with clitic features and sentences for one article. */
export function buildDoc(article: Article): Doc {
  return { article, tokens: [], sentences: [] };
}
