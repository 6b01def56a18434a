// The people gazetteer (data/gazetteer/people.tsv): senior officials with their Arabic
// spellings and the offices they held, so a mention can be described with the office
// held on the article's date.
import { readFileSync } from "node:fs";
import { dataPath } from "../data-files.js";
import type { Office } from "../types.js";

export interface PersonOffice {
  titleEn: string;
  titleAr: string;
  start: string | null;
  end: string | null;
}

export interface Person {
  id: string;
  nameEn: string;
  wikidata: string | null;
  country: string | null;
  /** Arabic names, canonical first. */
  names: string[];
  offices: PersonOffice[];
  /** Short names written alone (surname), or null for the automatic choice; [] for none. */
  short: string[] | null;
}

const FILE = "data/gazetteer/people.tsv";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses people.tsv; a malformed line is an error naming the file and line. */
export function parsePeople(text: string, file = FILE): Person[] {
  const out: Person[] = [];
  const ids = new Set<string>();
  text.split("\n").forEach((raw, n) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const fail = (what: string): never => {
      throw new Error(`${file}:${n + 1}: ${what}`);
    };
    const cols = line.split("\t");
    if (cols.length < 6) fail(`expected 6 or 7 tab-separated columns, got ${cols.length}`);
    const [id, nameEn, wd, country, names, offices, short] = cols;
    if (!/^[a-z0-9_]+$/.test(id)) fail(`id "${id}" must be lower-case letters, digits and _`);
    if (ids.has(id)) fail(`duplicate id "${id}"`);
    ids.add(id);
    if (wd !== "-" && !/^Q\d+$/.test(wd)) fail(`Wikidata id "${wd}" must be Q… or -`);
    if (country !== "-" && !/^[A-Z]{2}$/.test(country)) fail(`country "${country}" must be an ISO code or -`);
    const parsedOffices = offices
      .split(";")
      .filter(Boolean)
      .map((o) => {
        const [titleEn, titleAr, start, end] = o.split("|");
        if (titleEn === undefined || titleAr === undefined || start === undefined || end === undefined) fail(`office "${o}" must be title_en|title_ar|start|end`);
        for (const d of [start, end]) if (d && !DATE.test(d)) fail(`office date "${d}" must be YYYY-MM-DD`);
        return { titleEn, titleAr, start: start || null, end: end || null };
      });
    out.push({
      id,
      nameEn,
      wikidata: wd === "-" ? null : wd,
      country: country === "-" ? null : country,
      names: names.split("/").map((s) => s.trim()).filter(Boolean),
      offices: parsedOffices,
      short: short === undefined || short.trim() === "" ? null : short.trim() === "-" ? [] : short.split("/").map((s) => s.trim()),
    });
  });
  return out;
}

export function loadPeople(): Person[] {
  const path = dataPath(FILE);
  return parsePeople(readFileSync(path, "utf8"), path);
}

function held(o: PersonOffice, date: string): boolean {
  return (o.start === null || o.start <= date) && (o.end === null || date < o.end);
}

/**
 * The office the person held on `date` (ISO). Several at once (a minister who is also a state
 * councillor): the one whose Arabic title the article's roles mention, else the latest begun.
 * Without a date, the office whose title the roles mention, when exactly one does.
 */
export function officeOn(person: Person, date: string | null, roles: readonly string[]): Office | null {
  const mentioned = (o: PersonOffice) => roles.some((r) => r.includes(o.titleAr.replace(/^ال/, "")));
  const pool = date ? person.offices.filter((o) => held(o, date)) : person.offices.filter(mentioned);
  if (!date && pool.length !== 1) return null;
  if (pool.length === 0) return null;
  const preferred = pool.filter(mentioned);
  // Several offices at once: the one the article's roles name, else the first listed (the principal one).
  const best = preferred.length ? preferred.reduce((a, b) => ((b.start ?? "") > (a.start ?? "") ? b : a)) : pool[0];
  return { title_en: best.titleEn, title_ar: best.titleAr, country: person.country, start: best.start, end: best.end };
}
