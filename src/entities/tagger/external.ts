// External name lists for the gazetteer features, read from ../shared/data/gazetteer
// at training time and baked into the model file (so inference needs no ../shared).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PhraseGazetteer } from "./gazetteer.js";
import type { NerType } from "./labels.js";

function words(name: string): string[] {
  return name.replace(/[()،,]/g, " ").split(/\s+/).filter(Boolean);
}

export function buildExternalGazetteer(gazDir: string): { gazetteer: PhraseGazetteer; sources: string[] } {
  const g = new PhraseGazetteer();
  const sources: string[] = [];
  const add = (name: string, t: NerType) => {
    const w = words(name);
    if (w.length) g.add(w, t);
  };
  const countries = join(gazDir, "i18n-iso-countries-ar", "ar.json");
  if (existsSync(countries)) {
    const j = JSON.parse(readFileSync(countries, "utf8")) as { countries: Record<string, string | string[]> };
    for (const v of Object.values(j.countries)) for (const n of [v].flat()) add(n, "LOC");
    sources.push("i18n-iso-countries-ar (MIT)");
  }
  const mledoze = join(gazDir, "mledoze-countries", "countries.json");
  if (existsSync(mledoze)) {
    const j = JSON.parse(readFileSync(mledoze, "utf8")) as Array<{ translations?: { ara?: { common?: string; official?: string } } }>;
    for (const c of j) {
      const a = c.translations?.ara;
      if (a?.common) add(a.common, "LOC");
      if (a?.official) add(a.official, "LOC");
    }
    sources.push("mledoze-countries (ODbL 1.0)");
  }
  const cities = join(gazDir, "i18n-iso-cities-ar", "ar.json");
  if (existsSync(cities)) {
    const j = JSON.parse(readFileSync(cities, "utf8")) as { cities: Record<string, Record<string, string>> };
    for (const byName of Object.values(j.cities)) for (const n of Object.values(byName)) add(n, "LOC");
    sources.push("i18n-iso-cities-ar (MIT)");
  }
  const orgs = join(gazDir, "supraverden-intl-orgs", "general_list.yaml");
  if (existsSync(orgs)) {
    for (const m of readFileSync(orgs, "utf8").matchAll(/^\s+Name_ar:\s*['"]?(.+?)['"]?\s*$/gm)) add(m[1], "ORG");
    sources.push("supraverden-intl-orgs (CC BY-SA 4.0)");
  }
  return { gazetteer: g, sources };
}
