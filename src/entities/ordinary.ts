// Ordinary words behind clitics: ببرقية (ب + برقية)، بولي (ب + ولي)، أمنه (أمن + ه)،
// بانتخابه (ب + انتخاب + ه). A word that reads as a proclitic and/or a pronoun suffix around a
// common word, a function word or a title/organisation head is not a name, nor part of one.
import type { Token } from "../types.js";
import { bareOf, type Reading } from "./readings.js";
import type { Lexicon } from "./lexicon.js";

/** Pronoun suffixes as written (ه, not ة: آمنة is a name, أمنه is أمن + ه). */
const WRITTEN_SUFFIX = /(هما|هم|هن|ها|كما|كم|نا|ه)$/;

function known(lex: Lexicon, w: string): boolean {
  if (w.length < 2) return false;
  const b = bareOf(w);
  return lex.common.has(w) || lex.stopwords.has(w) || lex.titleHeads.has(b) || lex.orgHeads.has(b) || lex.collisions.has(w) && w.length > 3;
}

/** Relative pronouns, folded: they end a name (… الذي، … التي). */
export const RELATIVE = /^(الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي)$/;
/** Time words and participles that qualify the event around a name, not the body (القمة … المنعقدة، الاجتماع … المقبل). */
export const EVENT_WORD = /^(اليوم|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الماضي|الماضيه|المقبل|المقبله|الحالي|الحاليه|الجاري|الجاريه|المنعقد|المنعقده|المقرر|المقرره|المرتقب|المرتقبه|المزمع|المزمعه|الاخير|الاخيره)$/;

const cache = new WeakMap<Token, boolean>();

/** True when the token is an ordinary word wearing a proclitic or a pronoun suffix. */
export function ordinaryWithAffixes(lex: Lexicon, t: Token, readings: readonly Reading[]): boolean {
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  let out = false;
  const suffix = t.kind === "arabic" ? WRITTEN_SUFFIX.exec(t.text)?.[1] ?? "" : "";
  for (const r of readings) {
    if (r.pre !== "" && known(lex, r.core)) out = true;
    else if (suffix && r.core.length - suffix.length >= 3 && r.core.endsWith(suffix) && lex.common.has(r.core.slice(0, -suffix.length))) out = true;
    else if (suffix && r.core.length - suffix.length >= 3 && r.core.endsWith(suffix) && lex.stopwords.has(r.core.slice(0, -suffix.length))) out = true;
    if (out) break;
  }
  cache.set(t, out);
  return out;
}
