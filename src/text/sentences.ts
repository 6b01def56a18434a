// Sentence splitting: Intl.Segmenter (ICU) does the work; two passes fix what it
// gets wrong in Arabic news: a break after an abbreviation (د. ، م. ، أ.د.) and a
// break inside a quotation that closes later in the same paragraph.
import type { Span } from "../types.js";

const segmenter = new Intl.Segmenter("ar", { granularity: "sentence" });

/** Abbreviations that end with a dot but not a sentence. */
const ABBREVIATION = /(?:^|[\s(«"])(?:د|م|أ\.د|أ|ص|ج|هـ|ق\.م|ت|ش|ب|Dr|Mr|Mrs|Ms|St|No|U\.S|U\.N)\.\s*$/u;

const OPENERS: Record<string, string> = { "«": "»", "“": "”", "„": "“" };

/** How many quotations are open at the end of `s` (straight quotes pair up). */
function openQuotes(s: string): number {
  let depth = 0;
  let straight = false;
  for (const ch of s) {
    if (ch in OPENERS) depth++;
    else if ((ch === "»" || ch === "”") && depth > 0) depth--;
    else if (ch === '"') straight = !straight;
  }
  return depth + (straight ? 1 : 0);
}

/** Sentence spans over `text`; whitespace at the edges of a sentence is left out. */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = [];
  for (const seg of segmenter.segment(text)) {
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const merged: Span[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, s)) prev.end = s.end;
    else merged.push({ ...s });
  }
  const out: Span[] = [];
  for (const s of merged) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function shouldJoin(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(prev.start, prev.end);
  if (/\n\s*$/.test(before)) return false; // a paragraph break always ends a sentence
  if (ABBREVIATION.test(before)) return true;
  if (openQuotes(before) > 0) {
    // Join only when the quotation closes within the same paragraph.
    const paraEnd = text.indexOf("\n", next.start);
    const rest = text.slice(next.start, paraEnd < 0 ? text.length : paraEnd);
    return /[»”"]/.test(rest);
  }
  return false;
}
