// Border crossings named after their head (معبر كرم أبو سالم، معبر باب الهوى، معبر إبراهيم الخليل، منفذ
// الوليد، معبر أرقين البري): the crossing is a place of its own, its whole name what follows the head, even
// where a word of it is a town (الخليل), a person's name (أبو سالم) or an ordinary word (باب، الكرامة).
import type { Doc } from "../types.js";
import type { Candidate } from "./types.js";
import type { Lexicon } from "./lexicon.js";
import { tokenReadings } from "./readings.js";
import { mentionName, mentionStart } from "./span.js";
import { makeCandidate } from "./candidate.js";
import { imperfectVerb } from "./ordinary.js";

/** Folded heads of a border crossing, written without the article (its name follows in construct). */
const CROSSING = new Set(["معبر", "منفذ"]);
/** Clitics the head may carry (ومعبر، بمعبر، لمنفذ، عبر معبر). */
const CLITICS = /^(و|ف)?(ب|ل)?$/;
/** What a crossing is said to be after its name: its kind (الحدودي، البري، التجاري) or a bare adjective (آمن، جديد). */
const DESCRIBES = /^(ال)?(حدودي|بري|بحري|جوي|تجاري|دولي|رييسي|وحيد|مغلق|جديد|انساني|امن|شمالي|جنوبي|شرقي|غربي|اخر|ثاني|ثالث)(ه|ين|ان)?$/;
/** An attack or a crime after منفذ, which is then its perpetrator (منفذ الهجوم، منفذي التفجير), no crossing. */
const DEED = /^(ال)?(هجوم|هجمات|هجومين|تفجير|تفجيرات|اعتداء|اعتداءات|عمليه|عمليات|اغتيال|جريمه|مجزره|حادث|حادثه|طعن|اطلاق|خطف|اختطاف|انقلاب|مخطط|قرار|سياسه|خطه|مشروع|برنامج)$/;
/** Words of a crossing's name at most. */
const MAX_WORDS = 3;

/** The end of the crossing's name from `k`, or `k` when no name follows the head. */
function nameEnd(doc: Doc, lex: Lexicon, k: number): number {
  const toks = doc.tokens;
  let j = k;
  while (j < k + MAX_WORDS && j < toks.length) {
    const t = toks[j];
    if (t.kind !== "arabic" || t.sentence !== toks[k].sentence || t.pre || lex.stopwords.has(t.norm) || DESCRIBES.test(t.norm) || imperfectVerb(t.norm)) break;
    // A later word that is a relative adjective (الفلسطيني، المصرية) says whose the crossing is.
    if (j > k && /^ال.{2,}(ي|يه)$/.test(t.norm) && !/ى$/.test(t.text)) break;
    j++;
  }
  // A single indefinite ordinary word (معبر آمن، منفذ واحد) names no crossing.
  if (j === k + 1 && !toks[k].core.startsWith("ال") && lex.common.has(toks[k].norm)) return k;
  return j;
}

/**
 * Replaces the places, bodies and names found inside a crossing's name by the crossing (LOC), head
 * included. Run on the gazetteer's phrases before the patterns read them.
 */
export function crossingsAfterHeads(doc: Doc, lex: Lexicon, phrases: Candidate[]): void {
  const toks = doc.tokens;
  const readings = tokenReadings(doc);
  for (let i = 0; i + 1 < toks.length; i++) {
    const h = toks[i];
    if (h.kind !== "arabic") continue;
    const r = readings[i].find((x) => !x.restored && CROSSING.has(x.core) && CLITICS.test(x.pre));
    if (!r) continue;
    const first = toks[i + 1];
    if (first.kind !== "arabic" || DEED.test(first.norm) || (r.core === "منفذ" && lex.common.has(first.norm))) continue;
    const end = nameEnd(doc, lex, i + 1);
    if (end === i + 1) continue;
    // A known place alone after the head is read by placesAfterHeads (معبر رفح); this one needs more words or none known.
    const inside = phrases.filter((c) => c.tokStart >= i && c.tokStart < end);
    if (inside.some((c) => c.tokEnd > end)) continue;
    if (inside.length === 1 && inside[0].tokStart === i + 1 && inside[0].tokEnd === end) continue;
    const start = mentionStart(h, r);
    const endOffset = toks[end - 1].end;
    for (const c of inside) phrases.splice(phrases.indexOf(c), 1);
    phrases.push(makeCandidate({ type: "LOC", tokStart: i, tokEnd: end, start, end: endOffset, name: mentionName(doc.article.text, h, r, endOffset), source: "pattern", confidence: 0.7, entry: undefined, country: null }));
    i = end - 1;
  }
  phrases.sort((a, b) => a.tokStart - b.tokStart);
}
