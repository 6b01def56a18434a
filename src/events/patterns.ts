// The small pattern language of data/lexicon/events.json and agreements.json,
// compiled to regular expressions over folded text (src/text/normalize.ts).
// Lexicons are written in ordinary Arabic; only the Arabic letters are folded
// here, so regex syntax passes through untouched.
import { foldChar } from "../text/normalize.js";

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Folds the Arabic letters of a regex source and leaves everything else as written. */
export function foldPattern(source: string): string {
  let out = "";
  for (const ch of source) out += ARABIC_LETTER.test(ch) ? foldChar(ch) : ch;
  return out;
}

export const BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
const BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";
/** Between two words: anything but letters, digits and sentence ends. */
const SEP = "[^\\p{L}\\p{N}.!?؟\\n]+";
const ANY_WORD = "[\\p{L}\\p{N}]+";

/**
 * One word with the proclitics و ف ب ل ك in front; 'ال?' / 'ال' make the article optional / required.
 * Without `conjunction` the word takes no و / ف in front.
 */
function wordRegex(word: string, conjunction = true): string {
  const conj = conjunction ? "[وف]?" : "";
  if (word.startsWith("ال?")) return `(?:${conj}(?:[بك]?(?:ال)?|لل|ل))(?:${word.slice(3)})`;
  if (word.startsWith("ال") && !word.startsWith("ال(") && !/^ال[^\p{L}]/u.test(word)) {
    return `(?:${conj}(?:[بك]?ال|لل))(?:${word.slice(2)})`;
  }
  return `(?:${conj}[بلك]?)(?:${word})`;
}

/**
 * Compiles a phrase ("تبادل ..8 التهاني", "{CONTACT_N} {PHONE}") to a regex source.
 * Words are separated by spaces; "..N" skips up to N words; {NAME} expands a macro.
 */
export function compilePhrase(phrase: string, macros: Record<string, string> = {}): string {
  const expanded = phrase.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const m = macros[name];
    if (m === undefined) throw new Error(`unknown macro {${name}} in lexicon pattern "${phrase}"`);
    return `(?:${m})`;
  });
  const words = foldPattern(expanded).trim().split(/\s+/);
  const lastWord = words.findLastIndex((w) => !/^\.\.(\d+)$/.test(w));
  let out = "";
  for (const [i, w] of words.entries()) {
    const gap = /^\.\.(\d+)$/.exec(w);
    if (gap) {
      out += `(?:${SEP}${ANY_WORD}){0,${gap[1]}}?`;
      continue;
    }
    // A word boundary next to a separator is one already (a separator holds no letter or digit), so
    // it is written only at the phrase's ends: each [\p{L}\p{N}] class costs milliseconds to compile.
    const before = out ? SEP : BOUNDARY_BEFORE;
    out += before + wordRegex(w) + (i === lastWord ? BOUNDARY_AFTER : "");
  }
  return out;
}

/** What wordRegex puts after the clitics: the word without the article it makes optional or required. */
function wordCore(word: string): string {
  if (word.startsWith("ال?")) return word.slice(3);
  if (word.startsWith("ال") && !word.startsWith("ال(") && !/^ال[^\p{L}]/u.test(word)) return word.slice(2);
  return word;
}

/**
 * A regex source that every match of the phrase contains, or null: its longest word that cannot
 * be empty, without clitics and boundaries. A phrase regex opens with a lookbehind, so a search
 * tries it at every position of the text; a plain word is skimmed for, several times faster.
 */
export function phraseNeedle(phrase: string, macros: Record<string, string> = {}, { afterFirst = false } = {}): string | null {
  const expanded = phrase.replace(/\{([A-Z_]+)\}/g, (_, name: string) => `(?:${macros[name] ?? ""})`);
  let best: string | null = null;
  const words = foldPattern(expanded).trim().split(/\s+/);
  // afterFirst: the first word is known to match already (a trigger tried at a token its first word accepts).
  for (const w of afterFirst ? words.slice(1) : words) {
    if (/^\.\.(\d+)$/.test(w)) continue;
    const core = wordCore(w);
    // Lookarounds and back-references read outside the word: on its own it might not match where the phrase does.
    if (/\(\?<?[=!]|\\k<|\\[1-9]/.test(core)) continue;
    try {
      if (new RegExp(`^(?:${core})$`, "u").test("")) continue; // optional: a match need not contain it
    } catch {
      continue; // part of a macro split at a space: not a word of its own
    }
    if (best === null || core.length > best.length) best = core;
  }
  return best;
}

/** The first word of a phrase as a whole-token regex: which tokens can start a match. */
export function firstWordRegex(phrase: string, macros: Record<string, string> = {}, conjunction = true): RegExp {
  const expanded = phrase.replace(/\{([A-Z_]+)\}/g, (_, name: string) => `(?:${macros[name] ?? ""})`);
  const first = foldPattern(expanded).trim().split(/\s+/)[0];
  return new RegExp(`^${wordRegex(first, conjunction)}$`, "u");
}

/**
 * The last word of a phrase as a regex source for a whole token (to anchor): where the phrase's words
 * match letters only, a match of the phrase ends with a run of letters that is a whole token it accepts.
 */
export function lastWordSource(phrase: string, macros: Record<string, string> = {}): string {
  const expanded = phrase.replace(/\{([A-Z_]+)\}/g, (_, name: string) => `(?:${macros[name] ?? ""})`);
  const words = foldPattern(expanded).trim().split(/\s+/).filter((w) => !/^\.\.(\d+)$/.test(w));
  return wordRegex(words[words.length - 1]);
}

/** A whole-token regex (anchored sources such as "^(?:[وف])?(?:قال|…)$"), folded. */
export function tokenRegex(source: string): RegExp {
  return new RegExp(foldPattern(source), "u");
}

/** A phrase regex for searching folded text (global, unicode). */
export function phraseRegex(phrase: string, macros: Record<string, string> = {}): RegExp {
  return new RegExp(compilePhrase(phrase, macros), "gu");
}
