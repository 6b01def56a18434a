// Nationality adjectives (الروسي، المصرية) to ISO country codes: those the state gazetteer
// lists (data/gazetteer/states.json, read by quotes/nationalities), else through the Arabic
// country names of i18n-iso-countries: the adjective's stem begins the country name
// (روس → روسيا، مصر → مصر، صين → الصين). Used to resolve نظيره الروسي and
// بمبادرة من الجانب المصري to the participant of that country.
import countries from "i18n-iso-countries";
import { nationalityCode } from "../quotes/nationalities.js";
import { normalize } from "../text/normalize.js";
import type { Entity } from "../types.js";

let names: [string, string][] | null = null;

function countryNames(): [string, string][] {
  if (names) return names;
  const ar = countries.getNames("ar") as Record<string, string | string[]>;
  names = [];
  for (const [code, v] of Object.entries(ar)) {
    for (const n of Array.isArray(v) ? v : [v]) {
      const f = normalize(n);
      names.push([code, f.startsWith("ال") ? f.slice(2) : f]);
    }
  }
  return names;
}

/** countryOfAdjective's answers by word (bounded: a worker lives for a whole corpus; starts afresh when full). */
let adjectives = new Map<string, string | null>();
/** countryNames() by name, the first country of each (what a find over the list gives). */
let byName: Map<string, string> | null = null;

/** ISO code of a folded nationality adjective ("الروسي", "المصريه"), or null. */
export function countryOfAdjective(adjective: string): string | null {
  const hit = adjectives.get(adjective);
  if (hit !== undefined) return hit;
  const found = adjectiveCountry(adjective);
  if (adjectives.size >= 20_000) adjectives = new Map();
  adjectives.set(adjective, found);
  return found;
}

function adjectiveCountry(adjective: string): string | null {
  // The gazetteer's adjectives first: the irregular ones (البريطاني، الأمريكي، الألماني، النمساوي) name no stem of a country name.
  const listed = nationalityCode(adjective);
  if (listed) return listed;
  let stem = adjective.startsWith("ال") ? adjective.slice(2) : adjective;
  stem = stem.replace(/(?:يه|يا|يين|يان|ي)$/u, "");
  if (stem.length < 2) return null;
  let best: string | null = null;
  let bestLen = Infinity;
  for (const [code, name] of countryNames()) {
    // أوزبكي → أوزبكستان، كازاخي → كازاخستان: the -stan states drop it in the adjective.
    const fits = name.length - stem.length <= 2 || name.slice(stem.length) === "ستان";
    if (name.startsWith(stem) && fits && name.length < bestLen) {
      best = code;
      bestLen = name.length;
    }
  }
  return best;
}

/** entityCountry's answers (entities are not changed once the event stages read them). */
const countryMemo = new WeakMap<Entity, string | null>();

/** The ISO country an entity belongs to: its own field, a gazetteer key like "gpe:RU", or a nationality adjective in its roles. */
export function entityCountry(e: Entity): string | null {
  if (e.country) return e.country.toUpperCase();
  let c = countryMemo.get(e);
  if (c === undefined) countryMemo.set(e, (c = countryOf(e)));
  return c;
}

function countryOf(e: Entity): string | null {
  const key = /^gpe:([A-Za-z]{2})$/.exec(e.key);
  if (key) return key[1].toUpperCase();
  if (e.type === "GPE") {
    const f = normalize(e.name);
    if (!byName) {
      byName = new Map();
      for (const [code, n] of countryNames()) if (!byName.has(n)) byName.set(n, code);
    }
    const hit = byName.get(f.startsWith("ال") ? f.slice(2) : f);
    if (hit) return hit;
  }
  const roles = [...e.roles, ...e.mentions.map((m) => m.role?.text ?? "")];
  for (const r of roles) {
    for (const w of normalize(r).split(" ")) {
      if (w.startsWith("ال") && w.length > 4 && /ي(?:ه)?$/.test(w)) {
        const c = countryOfAdjective(w);
        if (c) return c;
      }
    }
  }
  return null;
}
