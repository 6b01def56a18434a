// Function words left out of the search index and of queries (data/search/stopwords-ar.json).
import { loadJson } from "../data-files.js";

const STOP = new Set(loadJson<{ words: string[] }>("data/search/stopwords-ar.json").words);

/** True for a folded word that is a function word, alone or behind the conjunction و/ف. */
export function isStopword(folded: string, core: string): boolean {
  if (STOP.has(folded) || STOP.has(core)) return true;
  const c = folded[0];
  return (c === "و" || c === "ف") && STOP.has(folded.slice(1));
}
