// Clitic segmentation of folded Arabic words. Farasa's inventory is the
// checklist (prefixes f, w, l, b, k, Al, s; pronoun suffixes). Segmentation is
// ambiguous (وزير is not و+زير; لافروف is not ل+افروف), so this module offers
// two things: a conservative best guess used as token features, and every
// candidate reading for lexicon lookups, which decide by what they know.
import { loadJson } from "../data-files.js";
import { normalize } from "./normalize.js";

// Folded here as the words it is asked about are (وائل → وايل): the file may list a word as written.
const KEEP_WHOLE = new Set<string>(loadJson<{ words: string[] }>("data/lexicon/clitic-exceptions.json").words.map((w) => normalize(w)));

/** Attached pronouns, longest first. */
const PRONOUN_SUFFIXES = ["كما", "هما", "هم", "هن", "كم", "ها", "نا"];

export interface CliticReading {
  /** Proclitics as folded letters, e.g. "وب"; "" when none. */
  pre: string;
  /** Number of folded characters the proclitics take at the front of the word. */
  preLength: number;
  /** The word without proclitics, with the article restored after لل (لل+صين → الصين). */
  core: string;
}

/**
 * The conservative reading: a conjunction و/ف, then a preposition ب/ك/ل only
 * before the article (بال، كال، لل), and the article itself stays in the core.
 */
export function bestReading(word: string): CliticReading {
  let pre = "";
  let rest = word;
  if ((rest[0] === "و" || rest[0] === "ف") && rest.length >= 4 && !KEEP_WHOLE.has(rest)) {
    pre = rest[0];
    rest = rest.slice(1);
  }
  if ((rest.startsWith("بال") || rest.startsWith("كال")) && rest.length >= 5) {
    return { pre: pre + rest[0], preLength: pre.length + 1, core: rest.slice(1) };
  }
  if (rest.startsWith("لل") && rest.length >= 4) {
    return { pre: pre + "ل", preLength: pre.length + 1, core: "ا" + rest.slice(1) };
  }
  return { pre, preLength: pre.length, core: rest };
}

/** Every plausible reading, the unsegmented word first; lexicons pick the one they know. */
export function cliticReadings(word: string): CliticReading[] {
  const out: CliticReading[] = [{ pre: "", preLength: 0, core: word }];
  const seen = new Set([word]);
  const add = (pre: string, core: string) => {
    if (core.length < 2 || seen.has(core)) return;
    seen.add(core);
    out.push({ pre, preLength: pre.length, core });
  };
  const conj = word[0] === "و" || word[0] === "ف" ? word[0] : "";
  const afterConj = word.slice(conj.length);
  if (conj) add(conj, afterConj);
  const p = afterConj[0];
  if (p === "ب" || p === "ك" || p === "ل") {
    const rest = afterConj.slice(1);
    if (p === "ل" && rest.startsWith("ل")) add(conj + "ل", "ا" + rest);
    add(conj + p, rest);
  }
  return out;
}

/** The definite article removed, when present and enough remains. */
export function withoutArticle(core: string): string {
  return core.startsWith("ال") && core.length >= 4 ? core.slice(2) : core;
}

/** An attached pronoun suffix, when the word is long enough to carry one; "" otherwise. */
export function pronounSuffix(core: string): string {
  for (const s of PRONOUN_SUFFIXES) {
    if (core.length - s.length >= 3 && core.endsWith(s)) return s;
  }
  return "";
}
