// Sentence splitting: Intl.Segmenter (ICU) does the work; two passes fix what it
// gets wrong in Arabic news: a break after an abbreviation (د. ، م. ، أ.د.) and a
// break inside a quotation that closes later in the same paragraph.
import type { Span } from "../types.js";

const segmenter = new Intl.Segmenter("ar", { granularity: "sentence" });

/** Abbreviations that end with a dot but not a sentence. */
const ABBREVIATION = /(?:^|[\s(«"])(?:د|م|أ\.د|أ|ص|ج|هـ|ق\.م|ت|ش|ب|Dr|Mr|Mrs|Ms|St|No|U\.S|U\.N)\.\s*$/u;

/** How many quotations are open at the end of `s` (straight quotes pair up). « “ „ open; » ” close. */
function openQuotes(s: string): number {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x00ab || c === 0x201c || c === 0x201e) depth++;
    else if ((c === 0x00bb || c === 0x201d) && depth > 0) depth--;
    else if (c === 0x22) straight = !straight;
  }
  return depth + (straight ? 1 : 0);
}

/** Longest piece handed to ICU when a line can be cut at a sentence end. */
const PIECE = 4096;
// Sentence-final punctuation (and closing quotes) and the spaces after it, before an Arabic letter: ICU breaks there too.
const CUT = /[.!?؟][»”"')\]]*[ \t]+(?=[\u0621-\u064A])/g;

/**
 * V8's segment iterator slows down with the length of the string it walks (quadratic over a
 * long article), so ICU gets the text a line at a time (a line break always ends a sentence;
 * each piece keeps its "\n", as a whole-text segment would), and a long line is cut after
 * sentence-final punctuation; abbreviation and quotation joins below still apply across cuts.
 */
function* pieces(text: string): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    const nl = text.indexOf("\n", from);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    let start = from;
    if (lineEnd - from > PIECE) {
      for (const m of text.slice(from, lineEnd).matchAll(CUT)) {
        const end = from + m.index + m[0].length;
        if (end >= lineEnd) break;
        if (end - start >= PIECE) {
          yield [start, end];
          start = end;
        }
      }
    }
    yield [start, lineEnd];
    from = lineEnd;
  }
}

/** Sentence spans over `text`; whitespace at the edges of a sentence is left out. */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = [];
  for (const [from, to] of pieces(text)) {
    for (const seg of segmenter.segment(text.slice(from, to))) {
      raw.push({ start: from + seg.index, end: from + seg.index + seg.segment.length });
    }
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
