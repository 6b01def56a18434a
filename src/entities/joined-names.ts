// A short name that is also an ordinary word (رئيسي "my president / main") is the person's where
// it stands in a pair of names joined by و (بين الرئيسين أردوغان ورئيسي، رئيسي وبوتين) or right
// after a title: a common word there would have no reason to sit beside a name.
import type { Doc } from "../types.js";
import type { Lexicon } from "./lexicon.js";
import { bareOf, type Reading } from "./readings.js";

const CONSTRUCT_NEXT = /^(ال)?(وزراء|حكومت|برلمان|مجلس|وفد|جهاز|أركان|دولت|بلد|لجنت|هيئت|مجموع|شرك|اتحاد)/;

/**
 * True when token `i`, read as `r`, is joined by و to a person's name: after one (r carries the و
 * and `isPerson(i - 1)`), or before one (the next token carries the و and `isPerson(i + 1)`).
 * Both in one sentence, with no punctuation between (tokens of kind "arabic" side by side).
 */
export function joinedToPerson(doc: Doc, i: number, r: Reading, isPerson: (j: number) => boolean): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  // A dual noun heading a genitive (بوتين ورئيسي الوزراء، ورئيسي وفدي البلدين) is the word, not the name.
  if (next !== undefined && next.kind === "arabic" && next.sentence === t.sentence && !next.pre && CONSTRUCT_NEXT.test(next.core)) return false;
  if (r.pre === "و" && prev !== undefined && prev.kind === "arabic" && prev.sentence === t.sentence && isPerson(i - 1)) return true;
  if (!r.pre && next !== undefined && next.kind === "arabic" && next.sentence === t.sentence && next.pre === "و" && isPerson(i + 1)) return true;
  return false;
}

/** True when the token before `i` is a title head of the lexicon (الرئيس، الوزير) in the same sentence. */
export function afterTitleWord(doc: Doc, lex: Lexicon, i: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  return prev !== undefined && prev.kind === "arabic" && prev.sentence === t.sentence && lex.titleHeads.has(bareOf(prev.core));
}
