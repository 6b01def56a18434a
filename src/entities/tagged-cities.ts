// Cities the gazetteer leaves out as ambiguous words (جدة، صور، قم، العين، الخبر): never matched alone,
// but a place the tagger found that is one of them is that city, with its state (data/gazetteer/tagged-cities.json).
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";
import type { GazEntry } from "./types.js";

interface TaggedCitiesFile {
  cities: Array<{ name: string; en: string; country: string }>;
}

let cities: Map<string, GazEntry> | null = null;

/** The city a tagger's one-word place names, by its folded core (جده), if it is one of the ambiguous ones. */
export function taggedCity(core: string): GazEntry | undefined {
  if (!cities) {
    cities = new Map();
    for (const c of loadJson<TaggedCitiesFile>("data/gazetteer/tagged-cities.json").cities) {
      const folded = normalize(c.name);
      cities.set(folded, { kind: "GPE", key: `gpe:${c.country}:${folded}`, name: c.name, nameEn: c.en, wikidata: null, country: c.country });
    }
  }
  return cities.get(core);
}
