// Named things (MISC) built on a head noun like organisations are: treaties, agreements,
// charters, initiatives, declarations, wars, festivals (معاهدة حسن الجوار …، الحرب الباردة،
// عيد الربيع). Known ones come from data/gazetteer/misc.json; these find the others.
import { loadJson } from "../../data-files.js";
import { normalize } from "../../text/normalize.js";
import { bareOf } from "../readings.js";
import { mentionName, mentionStart } from "../span.js";
import type { Candidate } from "../types.js";
import { headReading, isArabicWord, isDefinite, type PatternContext } from "./context.js";
import { extent } from "./orgs.js";
import { makeCandidate } from "../candidate.js";

interface MiscHeads {
  heads: Set<string>;
  definiteOk: Set<string>;
  needName: Set<string>;
  /** Heads named only by a proper name, however many words describe them otherwise (قانون قيصر, not قانون الاستثمار الجديد). */
  properOnly: Set<string>;
}

let heads: MiscHeads | null = null;
function miscHeads(): MiscHeads {
  if (!heads) {
    const f = loadJson<{ heads: string[]; definite_ok: string[]; need_name: string[]; proper_only?: string[] }>("data/lexicon/misc-heads.json");
    const fold = (xs: string[]) => new Set(xs.map((x) => bareOf(normalize(x))));
    heads = { heads: fold(f.heads), definiteOk: fold(f.definite_ok), needName: fold(f.need_name), properOnly: fold(f.proper_only ?? []) };
  }
  return heads;
}

const PALACE = "قصر";
// Not إلى: أشار إلى قصر المدة (the shortness of …).
const PLACE_PREPOSITIONS = new Set(["في", "داخل", "امام"]);

/**
 * A palace is a place where something happens in it (في قصر الاتحادية، بقصر اليمامة، أمام قصر الوطن),
 * with a definite name too; elsewhere (قصر الإليزيه قال …) the palace speaks for its occupant.
 */
function whereAt(ctx: PatternContext, i: number, pre: string): boolean {
  if (pre === "ب" || pre === "وب") return true;
  if (pre !== "" && pre !== "و") return false;
  const prev = ctx.doc.tokens[i - 1];
  return !!prev && prev.sentence === ctx.doc.tokens[i].sentence && PLACE_PREPOSITIONS.has(prev.norm);
}

/**
 * A palace is named by one definite word, one known name or one foreign name (قصر الاتحادية، قصر قرطاج،
 * قصر كاسا روسادا); what follows describes it (الرئاسي، العامر) or is the clause's next part (استقبل
 * بقصر قرطاج الوزراء الثلاثة).
 */
function palaceEnd(ctx: PatternContext, i: number, end: number): number {
  const toks = ctx.doc.tokens;
  const gaz = ctx.gazAt[i + 1];
  if (gaz) return Math.min(end, gaz.tokEnd);
  let k = i + 2;
  if (!isDefinite(toks[i + 1])) while (k < end && !toks[k].pre && !isDefinite(toks[k])) k++;
  return Math.min(end, k);
}

/** Folded heads of a named storm (العاصفة دانيال، إعصار كاترينا). */
const STORMS = new Set(["عاصفه", "اعصار"]);
const QUOTE_MARK = /^["«“”»]$/;

/**
 * A storm's given name after العاصفة / الإعصار, quoted or not (العاصفة "دانيال"، إعصار كاترينا): a named
 * thing, so the name is no person. One or two words no gazetteer or common word list knows.
 */
function stormName(ctx: PatternContext, i: number): Candidate | null {
  const toks = ctx.doc.tokens;
  if (!headReading(ctx, i, STORMS)) return null;
  let a = i + 1;
  if (toks[a] && QUOTE_MARK.test(toks[a].text)) a++;
  let b = a;
  while (b < a + 2 && isArabicWord(toks[b]) && toks[b].sentence === toks[i].sentence && !toks[b].pre && !isDefinite(toks[b]) && !ctx.gazAt[b] && !ctx.lex.common.has(toks[b].norm) && !ctx.lex.stopwords.has(toks[b].norm)) b++;
  if (b === a) return null;
  const start = toks[a].start;
  const end = toks[b - 1].end;
  return makeCandidate({ type: "MISC", tokStart: a, tokEnd: b, start, end, name: ctx.doc.article.text.slice(start, end), source: "pattern", confidence: 0.6, country: null });
}

export function matchNamedThings(ctx: PatternContext): Candidate[] {
  const { doc } = ctx;
  const h = miscHeads();
  const out: Candidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!isArabicWord(doc.tokens[i])) continue;
    const storm = stormName(ctx, i);
    if (storm) {
      out.push(storm);
      i = storm.tokEnd - 1;
      continue;
    }
    const head = headReading(ctx, i, h.heads);
    if (!head) continue;
    if (head.definite && !h.definiteOk.has(head.bare)) continue;
    const x = extent(ctx, i);
    if (x.complements === 0) continue;
    const building = head.bare === PALACE && whereAt(ctx, i, head.r.pre);
    if (h.needName.has(head.bare) && !x.properName && x.complements < 2 && !building) continue;
    if (h.properOnly.has(head.bare) && !x.properName) continue;
    if (x.onlyKnown && !h.definiteOk.has(head.bare)) continue; // قمة بريكس، منتدى الصين: an event of a known body
    const t = doc.tokens[i];
    const tokEnd = head.bare === PALACE ? palaceEnd(ctx, i, x.end) : x.end;
    const end = doc.tokens[tokEnd - 1].end;
    out.push(makeCandidate({
      type: building ? "LOC" : "MISC",
      tokStart: i,
      tokEnd,
      start: mentionStart(t, head.r),
      end,
      name: mentionName(doc.article.text, t, head.r, end),
      source: "pattern",
      confidence: 0.6,
      country: null,
    }));
    i = tokEnd - 1;
  }
  return out;
}
