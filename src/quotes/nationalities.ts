// Nationality adjectives and one-word state names (data/gazetteer/states.json,
// the entity stage's gazetteer) folded to the state's code, so a title's
// adjective (الوزيرة الألمانية، المسؤول الصيني) names a state whether or not the
// article names that state, and matches a person's title written with another
// form of it (وزير الخارجية الألماني، نظيرته الألمانية) or the entity's country.
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";

interface StatesFile {
  states: { code: string; names: string[]; adjectives: string[] }[];
}

interface StateWord {
  code: string;
  /** An adjective (الصيني، ألمانية), not the state's name (الصين، ألمانيا). */
  adjective: boolean;
}

let table: Map<string, StateWord> | null = null;

function build(): Map<string, StateWord> {
  const out = new Map<string, StateWord>();
  const put = (written: string, w: StateWord) => {
    const f = normalize(written);
    if (f.includes(" ")) return;
    // As written, with the article, and as title windows hold words (one leading ال taken off:
    // ألمانيا and الألمانية are kept there as مانيا and المانيه).
    const bare = f.startsWith("ال") && f.length > 3 ? f.slice(2) : f;
    for (const form of new Set([f, bare, "ال" + f])) {
      const had = out.get(form);
      // A form two states share names neither.
      if (had && had.code !== w.code) out.set(form, { code: "", adjective: w.adjective });
      else if (!had) out.set(form, w);
    }
  };
  for (const s of loadJson<StatesFile>("data/gazetteer/states.json").states) {
    for (const a of s.adjectives) put(a, { code: s.code, adjective: true });
    for (const n of s.names) put(n, { code: s.code, adjective: false });
  }
  return out;
}

/** The state a folded word (with or without the article) names as adjective or one-word name, or null. */
function stateWord(folded: string): StateWord | null {
  table ??= build();
  const w = table.get(folded);
  return w && w.code ? w : null;
}

/** The state code of a folded nationality adjective (الالمانيه، صيني), or null. */
export function nationalityCode(folded: string): string | null {
  const w = stateWord(folded);
  return w && w.adjective ? w.code : null;
}
