// Small token predicates the statement stage shares: folded forms with the
// conjunction taken off, punctuation classes, and the reporting-verb lookup.
import type { Token } from "../types.js";
import { cliticReadings } from "../text/clitics.js";
import { factsOf, tokenFacts } from "../events/word-facts.js";
import { lexicon, type VerbForm } from "./lexicon.js";

/** The folded token without a leading conjunction و/ف (only when something is left). */
export function plain(t: Token): string {
  const n = t.norm;
  if (!((n[0] === "و" || n[0] === "ف") && n.length > 2)) return n;
  const facts = tokenFacts(t);
  return (facts.plain ??= n.slice(1));
}

/**
 * The form of address an honorific pronoun stands for (سموه → سمو, وفخامته → فخامة), and whether
 * the pronoun is feminine (جلالتها); null for other words. The written form is tried before the one
 * without و/ف: فخامته opens with the letter of the conjunction.
 */
export function honorificPronoun(t: Token | undefined): { honorific: string; feminine: boolean } | null {
  if (t === undefined || t.kind !== "arabic") return null;
  const pronouns = lexicon().honorificPronouns;
  // (Two lookups rather than a loop over an array: this is asked of every word of a subject zone.)
  let w = t.norm;
  let h = pronouns.get(w);
  if (h === undefined) h = pronouns.get((w = plain(t)));
  return h === undefined ? null : { honorific: h, feminine: w.endsWith("ها") };
}

/** Folded token or its form without و/ف equals one of `words`. */
export function isWord(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === "arabic" && (words.has(t.norm) || words.has(plain(t)));
}

/**
 * Whether a token's form without و/ف (bit 1) or that form less its first letter (bit 2: بقوله)
 * is a noun of saying (قوله، تصريحه), per word form: the cue finders ask it of most tokens.
 */
export function saidNounForms(t: Token): number {
  const facts = tokenFacts(t);
  if (facts.saidNoun === undefined) {
    const nouns = lexicon().saidNouns;
    const w = plain(t);
    facts.saidNoun = (nouns.has(w) ? 1 : 0) | (nouns.has(w.slice(1)) ? 2 : 0);
  }
  return facts.saidNoun;
}

/** The tokens from `at` on spell `phrase` (folded words, each matching the token or its form without و/ف). */
export function matchesAt(tokens: Token[], phrase: string[], at: number): boolean {
  for (let n = 0; n < phrase.length; n++) {
    const x = tokens[at + n];
    if (x === undefined || (x.norm !== phrase[n] && plain(x) !== phrase[n])) return false;
  }
  return true;
}

export const isComma = (t: Token | undefined) => t !== undefined && (t.text === "،" || t.text === "," || t.text === "؛" || t.text === ";");
export const isColon = (t: Token | undefined) => t !== undefined && t.text === ":";
export const OPENING_MARKS = new Set(["«", "“", '"', "„"]);
export const CLOSING_MARKS = new Set(["»", "”", '"', "“"]);

/** Words that may stand between a clause start and its verb (وقد قال، كما أكد، ثم أضاف، …، حيث أكد، إذ كتب، في حين شدد). */
const LEAD = new Set(["قد", "وقد", "فقد", "لقد", "كما", "ثم", "بينما", "فيما", "كذلك", "وكذلك", "وبينما", "حيث", "وحيث", "اذ", "حين"]);
export const isLead = (t: Token | undefined) => t !== undefined && LEAD.has(t.norm);

/** في of في حين ('whereas', a clause opener like بينما): token i is في and the next one حين. */
export const opensWhereas = (tokens: Token[], i: number) => tokens[i]?.norm === "في" && tokens[i + 1]?.norm === "حين";

/** The reporting-verb reading of a folded word (as verbReading gives it for an Arabic token of that form). */
export function verbOfWord(norm: string): VerbForm | null {
  const facts = factsOf(norm);
  let hit = facts.verb;
  if (hit === undefined) facts.verb = hit = readWord(norm);
  return hit;
}

/** The reporting-verb reading of a token, if it has one: conjunction and future prefix allowed (memoised per word form). */
export function verbReading(t: Token): VerbForm | null {
  if (t.kind !== "arabic") return null;
  const facts = tokenFacts(t);
  let hit = facts.verb;
  if (hit === undefined) facts.verb = hit = readWord(t.norm);
  return hit;
}

/**
 * verbReading, except a feminine participle written with ه instead of ة: مضيفه is
 * "his host" (أبلغ مضيفه أن …), مضيفة "adding" (folding writes both مضيفه).
 */
export function cueReading(t: Token): VerbForm | null {
  const vf = verbReading(t);
  if (vf && vf.form === "participle" && vf.gender === "f" && /ه[\u064B-\u0652]*$/.test(t.text)) return null;
  return vf;
}

function readWord(norm: string): VerbForm | null {
  const verbs = lexicon().verbs;
  for (const r of cliticReadings(norm)) {
    if (r.pre !== "" && r.pre !== "و" && r.pre !== "ف") continue;
    const hit = verbs.get(r.core);
    if (hit) return hit;
    // An object pronoun on a verb that takes one (أبلغه أن، دعاهم إلى، حثه على).
    for (const suf of ["هما", "هم", "ها", "ه", "كم"]) {
      if (!r.core.endsWith(suf)) continue;
      const base = verbs.get(r.core.slice(0, -suf.length)) ?? verbs.get(r.core.slice(0, -suf.length) + "ا");
      if (base && base.takesObject && base.form !== "participle") return base;
    }
    // Future: سيقول، ستؤكد (the س prefix only before a present form).
    if (r.core[0] === "س" && r.core.length > 3) {
      const fut = verbs.get(r.core.slice(1));
      if (fut && fut.form === "present") return fut;
    }
  }
  return null;
}

const PRONOUNS = ["ه", "ها", "هما", "هم", "نا"];

/** A verbal noun that opens a noun-phrase statement, bare or with a pronoun (حرص، حرصها، أهميته), no article. */
export function isStatementHead(t: Token | undefined): boolean {
  // Listed without the article, so الدعم is not one (التزام is: its ال is the root's).
  if (t === undefined || t.kind !== "arabic") return false;
  const heads = lexicon().statementHeads;
  const w = plain(t);
  if (heads.has(w) || heads.has(t.norm)) return true;
  for (const p of PRONOUNS) {
    if (!w.endsWith(p)) continue;
    const stem = w.slice(0, -p.length);
    if (heads.has(stem) || (stem.endsWith("ت") && heads.has(stem.slice(0, -1) + "ه"))) return true;
  }
  return false;
}

/**
 * The participle reading of a word that is also a common adverb (مجددا 'again': وأكد مجددا أن …), only
 * right before the verb's object (، مجدداً دعوته إلى …، مجددة تأكيدها على …، مجددا التأكيد على …); else null.
 */
export function headedParticiple(tokens: Token[], t: number): VerbForm | null {
  const tok = tokens[t];
  if (tok.kind !== "arabic") return null;
  const lex = lexicon();
  const vf = lex.headedParticiples.get(plain(tok)) ?? lex.headedParticiples.get(tok.norm);
  if (vf === undefined) return null;
  // (The feminine written with ه is "his renewer" as مضيفه is "his host": cueReading's rule.)
  if (vf.gender === "f" && /ه[\u064B-\u0652]*$/.test(tok.text)) return null;
  const next = tokens[t + 1];
  return next !== undefined && (isStatementHead(next) || isParticipleObject(next)) ? vf : null;
}

/** A noun of participle_objects, bare, with the article or with a pronoun (دعوة، الدعوة، دعوته، دعوتها). */
function isParticipleObject(t: Token): boolean {
  if (t.kind !== "arabic") return false;
  const objects = lexicon().participleObjects;
  const w = plain(t);
  const bare = w.startsWith("ال") && w.length > 4 ? w.slice(2) : w;
  if (objects.has(bare)) return true;
  for (const p of PRONOUNS) {
    if (!w.endsWith(p)) continue;
    const stem = w.slice(0, -p.length);
    if (objects.has(stem) || (stem.endsWith("ت") && objects.has(stem.slice(0, -1) + "ه"))) return true;
  }
  return false;
}
