// Places written after a head noun (قطاع غزة، إقليم كردستان، ميناء الفاو): after such a head a
// name is a place even where a gazetteer reads the same letters as an organisation's alias
// (الفاو ≠ FAO), and the headed form and the bare name (قطاع غزة / غزة) are one place.
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";
import type { Doc } from "../types.js";
import type { Cluster } from "./resolve.js";
import { tokenReadings } from "./readings.js";
import { mentionStart } from "./span.js";
import type { Candidate } from "./types.js";

interface PlaceHeads {
  area: Set<string>;
  facility: Set<string>;
}

let heads: PlaceHeads | null = null;
function placeHeads(): PlaceHeads {
  if (!heads) {
    const f = loadJson<{ area: string[]; facility: string[] }>("data/lexicon/place-heads.json");
    heads = { area: new Set(f.area.map((w) => normalize(w))), facility: new Set(f.facility.map((w) => normalize(w))) };
  }
  return heads;
}

/** The kind of place head the token before `i` is (its clitics read off: بمدينة، في ميناء), or null. */
function headBefore(doc: Doc, i: number): "area" | "facility" | null {
  const k = i - 1;
  const t = doc.tokens[k];
  if (!t || t.kind !== "arabic" || t.sentence !== doc.tokens[i].sentence) return null;
  const h = placeHeads();
  for (const r of tokenReadings(doc)[k]) {
    if (h.area.has(r.core)) return "area";
    if (h.facility.has(r.core)) return "facility";
  }
  return null;
}

/**
 * A one-word organisation alias right after a place head is the place: after an area head
 * (مدينة، منطقة) the name alone, after a facility head (ميناء، مطار) the whole phrase.
 */
export function placesAfterHeads(doc: Doc, phrases: Candidate[]): void {
  for (let n = 0; n < phrases.length; n++) {
    const c = phrases[n];
    if ((c.type !== "ORG" && c.type !== "MISC") || c.tokEnd - c.tokStart !== 1) continue;
    const kind = headBefore(doc, c.tokStart);
    if (!kind) continue;
    const place: Candidate = { ...c, type: kind === "area" ? "GPE" : "LOC", entry: undefined, country: null, source: "pattern", confidence: 0.8 };
    if (kind === "facility") {
      const h = doc.tokens[c.tokStart - 1];
      const r = tokenReadings(doc)[c.tokStart - 1].find((x) => placeHeads().facility.has(x.core))!;
      place.tokStart = c.tokStart - 1;
      place.start = mentionStart(h, r);
      place.name = doc.article.text.slice(place.start, c.end).replace(/\s+/g, " ").trim();
    }
    phrases[n] = place;
  }
}

/** Merges a bare place (غزة) into the one headed place with that name in the article (قطاع غزة). */
export function mergeHeadedPlaces(clusters: Cluster[]): Cluster[] {
  const area = placeHeads().area;
  const isPlace = (c: Cluster) => c.mentions[0].type === "GPE" || c.mentions[0].type === "LOC";
  const headed = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (!isPlace(c)) continue;
    for (const m of c.mentions) {
      const words = normalize(m.name).split(" ");
      for (let h = 1; h < words.length && h <= 2; h++) {
        if (!area.has(words.slice(0, h).join(" "))) continue;
        const rest = words.slice(h).join(" ");
        const l = headed.get(rest) ?? [];
        if (!l.includes(c)) l.push(c);
        headed.set(rest, l);
      }
    }
  }
  if (!headed.size) return clusters;
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (!isPlace(c)) continue;
    const bare = new Set(c.mentions.map((m) => normalize(m.name)));
    if (bare.size !== 1) continue;
    const targets = headed.get([...bare][0]);
    if (!targets || targets.length !== 1 || targets[0] === c) continue;
    targets[0].mentions.push(...c.mentions);
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}
