// Sentence splitting: Intl.Segmenter (ICU) does the work (a line of plain news prose, where only
// one Unicode rule can apply, is split the same way without it: see simpleSegments); two passes fix what it
// gets wrong in Arabic news: a break after an abbreviation (د. ، م. ، أ.د.) and a
// break inside a quotation that closes later in the same paragraph.
import type { Span } from "../types.js";

const segmenter = new Intl.Segmenter("ar", { granularity: "sentence" });

/** Abbreviations that end with a dot but not a sentence. */
const ABBREVIATION = /(?:^|[\s(«"])(?:د|م|أ\.د|أ|ص|ج|هـ|ق\.م|ت|ش|ب|Dr|Mr|Mrs|Ms|St|No|U\.S|U\.N)\.\s*$/u;

/** How many quotations are open at the end of text[from, to) (straight quotes pair up). « “ „ open; » ” close. */
function openQuotes(text: string, from: number, to: number): number {
  let depth = 0;
  let straight = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
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
 * Each piece's segments are added to `out`.
 */
function segmentPieces(text: string, out: Span[]): void {
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
          segmentPiece(text, start, end, out);
          start = end;
        }
      }
    }
    segmentPiece(text, start, lineEnd, out);
    from = lineEnd;
  }
}

function segmentPiece(text: string, from: number, to: number, out: Span[]): void {
  if (simpleSegments(text, from, to, out)) return;
  for (const seg of segmenter.segment(text.slice(from, to))) {
    out.push({ start: from + seg.index, end: from + seg.index + seg.segment.length });
  }
}

// What each UTF-16 unit is to simpleSegments, filled in as units are first seen: 1 nothing
// special, 2 a terminal it handles (. ! ? ؟), 3 anything else that may end a sentence or a
// paragraph for ICU (Unicode Sentence_Terminal, the other ATerm dots, line and paragraph
// separators) or a surrogate (a character outside the BMP, not looked at here); 0 not seen yet.
const UNIT = new Uint8Array(0x10000);
const OTHER_TERMINAL = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\r\n\u0085\u2028\u2029\v\f]/u;

function unitKind(c: number): number {
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f) return 2;
  if ((c >= 0xd800 && c <= 0xdfff) || OTHER_TERMINAL.test(String.fromCharCode(c))) return 3;
  return 1;
}

/** Close (Unicode Sentence_Break) characters simpleSegments knows: quotes and brackets after a terminal. */
const CLOSE = new Set([0x22, 0x27, 0x28, 0x29, 0x5b, 0x5d, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d]);

/**
 * ICU's sentence segments of the piece text[from, to) for the common shape of news prose, added
 * to `out`; false (and nothing added) when the piece holds anything else, for ICU to segment.
 * In that shape the only terminals are . ! ? ؟ and each is followed by closing quotes or
 * brackets, then either spaces and an Arabic letter (Unicode rule SB11: a break before the
 * letter) or only spaces up to the piece's end (its "\n"): no other rule can apply there.
 */
export function simpleSegments(text: string, from: number, to: number, out: Span[]): boolean {
  const end = text.charCodeAt(to - 1) === 0x0a ? to - 1 : to;
  const first = out.length;
  let start = from;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    let u = UNIT[c];
    if (u === 0) u = UNIT[c] = unitKind(c);
    if (u === 1) continue;
    if (u === 3) {
      out.length = first;
      return false;
    }
    let j = i + 1;
    while (j < end && CLOSE.has(text.charCodeAt(j))) j++;
    const spaces = j;
    while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    if (j === end) break;
    const next = text.charCodeAt(j);
    if (j === spaces || next < 0x0621 || next > 0x064a) {
      out.length = first;
      return false;
    }
    out.push({ start, end: j });
    start = j;
    i = j - 1;
  }
  out.push({ start, end: to });
  return true;
}

/** Sentence spans over `text`; whitespace at the edges of a sentence is left out. */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = [];
  segmentPieces(text, raw);
  // Joined in place: the spans are this function's own.
  let kept = 0;
  for (const s of raw) {
    const prev = kept > 0 ? raw[kept - 1] : undefined;
    if (prev && shouldJoin(text, prev, s)) prev.end = s.end;
    else raw[kept++] = s;
  }
  raw.length = kept;
  const out: Span[] = [];
  for (const s of raw) {
    let { start, end } = s;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      s.start = start;
      s.end = end;
      out.push(s);
    }
  }
  return out;
}

/** The units /\s/ matches (WhiteSpace and LineTerminator), without making a string of each. */
function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function shouldJoin(text: string, prev: Span, next: Span): boolean {
  // Only the end of the previous sentence matters, except for its open quotations.
  let end = prev.end;
  while (end > prev.start && isWhitespace(text.charCodeAt(end - 1))) {
    if (text.charCodeAt(end - 1) === 0x0a) return false; // a paragraph break always ends a sentence
    end--;
  }
  // An abbreviation with its dot and the character before it fit in the last 6 characters; with
  // fewer the piece is the whole sentence, so ^ in the pattern is still the sentence's start.
  if (ABBREVIATION.test(text.slice(Math.max(prev.start, end - 6), end))) return true;
  if (openQuotes(text, prev.start, prev.end) > 0) {
    // Join only when the quotation closes within the same paragraph.
    const paraEnd = text.indexOf("\n", next.start);
    const rest = text.slice(next.start, paraEnd < 0 ? text.length : paraEnd);
    return /[»”"]/.test(rest);
  }
  return false;
}
