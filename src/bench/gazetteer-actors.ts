// More actors for the generator from the project gazetteer (data/gazetteer/
// people.tsv and states.json): heads of state and government and foreign
// ministers of the states data/bench/actors.json does not cover, with their
// terms. Absent or unreadable gazetteer files simply add nobody.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Country, Level, Person } from "./actors.js";

const LEVELS: Record<string, Level> = {
  President: "head", King: "head", Emir: "head", Sultan: "head",
  "Prime Minister": "gov", Chancellor: "gov",
  "Foreign Minister": "fm", "Foreign Secretary": "fm", "Secretary of State": "fm",
};

interface State {
  code: string;
  name: string;
  names?: string[];
  adjectives?: string[];
}

/** Masculine definite adjective: the first adjective form with the article (البرازيلي). */
function adjective(s: State): string | null {
  return s.adjectives?.find((a) => a.startsWith("ال") && !/(ة|ون|ين|ان|تان|تين)$/.test(a)) ?? null;
}

export function gazetteerActors(dir: string, known: ReadonlySet<string>): { countries: Country[]; people: Person[] } {
  const peoplePath = join(dir, "people.tsv");
  const statesPath = join(dir, "states.json");
  if (!existsSync(peoplePath) || !existsSync(statesPath)) return { countries: [], people: [] };
  const states = (JSON.parse(readFileSync(statesPath, "utf8")) as { states: State[] }).states;
  const countries = new Map<string, Country>();
  for (const s of states) {
    const adj = adjective(s);
    if (!adj || known.has(s.code)) continue;
    // No capitals in the gazetteer: the state's name stands for the place ("وصل إلى البرازيل").
    const formal = s.names?.find((n) => /^(ال)?(جمهورية|مملكة|دولة|سلطنة|إمارة|اتحاد|الولايات)/.test(n)) ?? s.name;
    countries.set(s.code, { code: s.code, name: formal, short: s.name, adj, capital: s.name, gazetteer: true });
  }
  const people: Person[] = [];
  for (const line of readFileSync(peoplePath, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [, , , country, arabic, offices, shorts] = line.split("\t");
    if (!countries.has(country) || !arabic || !offices) continue;
    const name = arabic.split("/")[0];
    const chinese = country === "CN" || country === "KR" || country === "KP";
    const given = shorts?.split("/")[0];
    const short = given && given !== "-" ? given : (chinese ? name.split(" ")[0] : name.split(" ").at(-1)!);
    for (const office of offices.split(";")) {
      const [titleEn, titleAr, from, to] = office.split("|");
      const level = LEVELS[titleEn];
      if (!level || !titleAr || !/^\d{4}-\d{2}-\d{2}$/.test(from ?? "")) continue;
      people.push({ name, short, honorific: "", title: titleAr, country, level, from, to: to && /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : null });
    }
  }
  const used = new Set(people.map((p) => p.country));
  return { countries: [...countries.values()].filter((c) => used.has(c.code)), people };
}
