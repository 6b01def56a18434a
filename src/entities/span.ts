// From token ranges and clitic readings to character spans and names.
import type { Doc, Token } from "../types.js";
import { writtenLength } from "../text/tokenize.js";
import type { Reading } from "./readings.js";

/** Whether token `i` opens a line of the article (the first token, or a line break before it). */
export function opensLine(doc: Doc, i: number): boolean {
  return i === 0 || doc.article.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start).includes("\n");
}

/**
 * Start offset of a mention whose first token is read as `r`: after the proclitics, except
 * where the article was elided (للصين، للجنة) — then the preposition stays in the span,
 * since the written word has no clean cut (and the name carries the restored form).
 */
export function mentionStart(t: Token, r: Reading): number {
  if (r.preLength === 0) return t.start;
  const keep = r.restored ? r.preLength - 1 : r.preLength;
  return t.start + writtenLength(t.text, keep);
}

/** The name a mention stands for: the text from its first token's core to `end`, article restored. */
export function mentionName(text: string, t: Token, r: Reading, end: number): string {
  const start = t.start + writtenLength(t.text, r.preLength);
  const rest = text.slice(start, end);
  const name = r.restored === 1 ? "ا" + rest : r.restored === 2 ? "ال" + rest : rest;
  return name.replace(/\s+/g, " ").trim();
}
