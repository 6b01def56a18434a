import type { Article, Doc, Sentence } from "../types.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

/** Text layer: tokens with clitic features and sentences for one article. */
export function buildDoc(article: Article): Doc {
  const tokens = tokenize(article.text);
  const spans = splitSentences(article.text);
  const sentences: Sentence[] = [];
  let t = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    while (t < tokens.length && tokens[t].end <= s.start) t++;
    const tokenStart = t;
    while (t < tokens.length && tokens[t].start < s.end) tokens[t++].sentence = i;
    sentences.push({ i, start: s.start, end: s.end, tokenStart, tokenEnd: t });
  }
  return { article, tokens, sentences };
}
