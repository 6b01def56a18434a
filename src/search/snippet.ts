// Highlights and snippets for a search hit: the article is re-analysed with
// the same name terms it was indexed with, so every highlight is a span of the
// original text (clitics and diacritics included) whose term the query matched.
import type { Highlight, Snippet } from "../store/api.js";
import type { SearchToken } from "./analyzer.js";
import { analyseToken } from "./analyzer.js";
import { tokenize } from "../text/tokenize.js";
import { normalize } from "../text/normalize.js";
import { isStopword } from "./stopwords.js";

// Words and numbers as the text layer tokenises them (punctuation is never a search term).
const WORD = /[\p{L}\p{M}\u0640\u200C\u200D][\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]*|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*/gu;

/**
 * The analysed tokens of `text` that can matter for `terms`: only words whose
 * folded form contains a query term (every stem and name reading is a
 * substring of the folded word, or of it with the article's ا restored) are
 * fully analysed; other words become "" (they break phrases), and stop words
 * are skipped as the index skips them. Equivalent to analyseText for matching,
 * at a fraction of its cost on long articles.
 */
function candidateTokens(text: string, names: ReadonlySet<string>, terms: ReadonlySet<string>): SearchToken[] {
  const keys = [...terms].map((t) => (t.startsWith("ال") ? t.slice(2) : t)).filter(Boolean);
  const out: SearchToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = wordInfo(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (keys.some((k) => w.norm.includes(k))) {
      const toks = tokenize(m[0]);
      const a = toks.length === 1 ? analyseToken(toks[0], names) : null;
      if (a) out.push({ term: a.term, start, end, name: a.name });
      continue;
    }
    if (w.skip) continue;
    out.push({ term: "", start, end, name: false });
  }
  return out;
}

// Folded form of a written word, and whether the index skips it (a letter, a
// stop word). News vocabulary repeats across the hits of a query and across
// queries, so this is memoised; the memo is dropped whole when it grows large.
const WORD_INFO = new Map<string, { norm: string; skip: boolean }>();
const WORD_INFO_MAX = 200_000;

function wordInfo(word: string): { norm: string; skip: boolean } {
  let w = WORD_INFO.get(word);
  if (!w) {
    const norm = normalize(word).replace(/[.,٫٬]/g, "_");
    const skip = (norm.length < 2 && !/\p{Nd}/u.test(norm)) || isStopword(norm, norm);
    w = { norm, skip };
    if (WORD_INFO.size >= WORD_INFO_MAX) WORD_INFO.clear();
    WORD_INFO.set(word, w);
  }
  return w;
}

/** Every match of the query's terms (phrases matched as whole sequences) in `text`. */
export function findHighlights(text: string, names: ReadonlySet<string>, terms: ReadonlySet<string>, phrases: string[][]): Highlight[] {
  const tokens = candidateTokens(text, names, terms);
  const multi = phrases.filter((p) => p.length > 1);
  const singles = new Set(phrases.filter((p) => p.length === 1).map((p) => p[0]));
  const out: Highlight[] = [];
  const covered = new Set<number>();
  for (const p of multi) {
    for (let i = 0; i + p.length <= tokens.length; i++) {
      if (p.every((t, k) => tokens[i + k].term === t)) {
        for (let k = 0; k < p.length; k++) covered.add(i + k);
      }
    }
  }
  tokens.forEach((t: SearchToken, i) => {
    if (covered.has(i) || (singles.has(t.term) && terms.has(t.term))) out.push({ start: t.start, end: t.end, term: t.term });
  });
  return out;
}

/** The passage of about `length` characters holding the most distinct matched terms, cut at spaces. */
export function makeSnippet(text: string, highlights: Highlight[], length = 160): Snippet {
  let from = 0;
  if (highlights.length) {
    let bestScore = -1;
    let j = 0;
    for (let i = 0; i < highlights.length; i++) {
      while (j < highlights.length && highlights[j].end - highlights[i].start <= length) j++;
      const score = new Set(highlights.slice(i, j).map((h) => h.term)).size * 1000 + (j - i);
      if (score > bestScore) {
        bestScore = score;
        const span = highlights[Math.max(i, j - 1)].end - highlights[i].start;
        from = Math.max(0, highlights[i].start - Math.floor((length - span) / 3));
      }
    }
  }
  let start = from;
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  // Do not cut inside a word.
  if (start > 0) {
    const sp = text.lastIndexOf(" ", start);
    start = sp >= 0 && start - sp < 20 ? sp + 1 : start;
  }
  if (end < text.length) {
    const sp = text.indexOf(" ", end);
    end = sp >= 0 && sp - end < 20 ? sp : end;
  }
  const pre = start > 0 ? "…" : "";
  const post = end < text.length ? "…" : "";
  const body = text.slice(start, end).replace(/\s+/g, " ");
  const raw = text.slice(start, end);
  const inside = highlights.filter((h) => h.start >= start && h.end <= end);
  // Whitespace runs were collapsed in `body`: map highlights through the same collapse.
  const map = collapseMap(raw);
  const rel = inside.map((h) => ({ start: pre.length + map[h.start - start], end: pre.length + map[h.end - start], term: h.term }));
  const textOut = pre + body + post;
  let marked = "";
  let at = 0;
  for (const h of rel) {
    marked += textOut.slice(at, h.start) + "[" + textOut.slice(h.start, h.end) + "]";
    at = h.end;
  }
  marked += textOut.slice(at);
  return { start, end, text: textOut, highlights: rel, marked };
}

/** For each offset of `s` (and s.length), its offset after collapsing whitespace runs to one space. */
function collapseMap(s: string): number[] {
  const map: number[] = new Array(s.length + 1);
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    map[i] = o;
    if (!isSpace(s.charCodeAt(i)) || i === 0 || !isSpace(s.charCodeAt(i - 1))) o++;
  }
  map[s.length] = o;
  return map;
}

/** JavaScript's \s, by code unit (collapseMap runs over every character of a snippet). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
