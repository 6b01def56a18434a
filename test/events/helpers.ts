// Builds a Doc from a sentence written for a test, with optional publication date and dateline.
import { buildDoc } from "../../src/text/doc.js";
import type { Article, Doc } from "../../src/types.js";

export function docOf(text: string, opts: { published?: string | null; dateline?: { text: string; date: string | null }; outlet?: string } = {}): Doc {
  let dateline: Article["dateline"] = null;
  if (opts.dateline) {
    const start = text.indexOf(opts.dateline.text);
    if (start < 0) throw new Error(`dateline "${opts.dateline.text}" is not in the text`);
    dateline = { start, end: start + opts.dateline.text.length, text: opts.dateline.text, place: null, date: opts.dateline.date };
  }
  const article: Article = {
    id: "t",
    source: "test",
    rawHash: "",
    text,
    title: null,
    outlet: opts.outlet ?? null,
    published: opts.published ?? null,
    dateline,
    url: null,
  };
  return buildDoc(article);
}
