// The actor table the generator draws from (data/bench/actors.json), checked
// on load so a bad edit names the field that is wrong.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gazetteerActors } from "./gazetteer-actors.js";

export type Level = "head" | "gov" | "fm";

export interface Country {
  code: string;
  name: string;
  short: string;
  adj: string;
  capital: string;
  /** Grammatically masculine name (المغرب، العراق، الأردن); most country names are feminine. */
  masc?: boolean;
  /** Drawn from data/gazetteer/ rather than data/bench/actors.json (no capital, plain titles). */
  gazetteer?: boolean;
}

export interface Person {
  name: string;
  short: string;
  honorific: string;
  title: string;
  country: string;
  level: Level;
  from: string;
  to: string | null;
}

export interface Organisation {
  name: string;
  head: string;
  head_title: string;
  from: string;
  to: string | null;
}

export interface Summit {
  name: string;
  org: string;
  level: Level;
}

export interface Actors {
  countries: Country[];
  people: Person[];
  organisations: Organisation[];
  summits: Summit[];
}

const DEFAULT_PATH = fileURLToPath(new URL("../../data/bench/actors.json", import.meta.url));
const GAZETTEER_DIR = fileURLToPath(new URL("../../data/gazetteer/", import.meta.url));

function requireStrings(where: string, obj: Record<string, unknown>, fields: string[]): void {
  for (const f of fields) {
    if (typeof obj[f] !== "string") throw new Error(`${where}: field "${f}" must be a string`);
  }
}

/**
 * The actor table: data/bench/actors.json (protocol titles and honorifics for the outlets'
 * home states and their usual partners), plus, unless `gazetteer` is null, the heads of state
 * and government and foreign ministers of every other state in data/gazetteer/.
 */
export function loadActors(path: string = DEFAULT_PATH, gazetteer: string | null = GAZETTEER_DIR): Actors {
  const raw = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const list = (key: string): Record<string, unknown>[] => {
    const v = raw[key];
    if (!Array.isArray(v) || v.length === 0) throw new Error(`${path}: "${key}" must be a non-empty array`);
    return v as Record<string, unknown>[];
  };
  const countries = list("countries");
  countries.forEach((c, i) => requireStrings(`${path}: countries[${i}]`, c, ["code", "name", "short", "adj", "capital"]));
  const codes = new Set(countries.map((c) => c.code));
  const people = list("people");
  people.forEach((p, i) => {
    const where = `${path}: people[${i}]`;
    requireStrings(where, p, ["name", "short", "honorific", "title", "country", "level", "from"]);
    if (!codes.has(p.country as string)) throw new Error(`${where}: unknown country "${String(p.country)}"`);
    if (!["head", "gov", "fm"].includes(p.level as string)) throw new Error(`${where}: level must be head, gov or fm`);
  });
  const organisations = list("organisations");
  organisations.forEach((o, i) => requireStrings(`${path}: organisations[${i}]`, o, ["name", "head", "head_title", "from"]));
  const summits = list("summits");
  summits.forEach((s, i) => requireStrings(`${path}: summits[${i}]`, s, ["name", "org", "level"]));
  const extra = gazetteer ? gazetteerActors(gazetteer, codes as Set<string>) : { countries: [], people: [] };
  return {
    countries: [...(countries as unknown as Country[]), ...extra.countries],
    people: [...(people as unknown as Person[]), ...extra.people],
    organisations: organisations as unknown as Organisation[],
    summits: summits as unknown as Summit[],
  };
}

/** True when an office held from `from` to `to` (inclusive, null = still held) covers `date`. */
export function inOffice(x: { from: string; to: string | null }, date: string): boolean {
  return x.from <= date && (x.to === null || date <= x.to);
}
