// Which country a dateline's place is in, from the gazetteer's cities and states' names
// (data/gazetteer, shared with the entity stage). Loaded on first use: only datelines that name
// no agency need it.
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";

interface PlacesFile {
  places: { name: string; country: string | null }[];
}
interface StatesFile {
  states: { code: string; names: string[] }[];
}

let countries: Map<string, Set<string>> | null = null;

/** Countries a place name (folded) may belong to: a city of the gazetteer, or a state's own name (الكويت، الجزائر). */
export function placeCountries(place: string): Set<string> | undefined {
  if (!countries) {
    countries = new Map();
    const add = (name: string, code: string | null) => {
      if (!code) return;
      const key = normalize(name);
      const set = countries!.get(key) ?? new Set<string>();
      set.add(code);
      countries!.set(key, set);
    };
    for (const p of loadJson<PlacesFile>("data/gazetteer/places.json").places) add(p.name, p.country);
    for (const s of loadJson<StatesFile>("data/gazetteer/states.json").states) for (const n of s.names) add(n, s.code);
  }
  return countries.get(normalize(place));
}
