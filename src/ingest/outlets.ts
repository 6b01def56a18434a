// The outlet gazetteer (data/outlets.json): Arabic names, agency tags and web hosts → one
// canonical English name. All lookups compare the matching form of text/normalize.ts, so
// hamza, ta marbuta and digit variants of a name all find it.
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";

export interface Outlet {
  name_en: string;
  country: string;
  kind: string;
  names_ar: string[];
  aliases: string[];
  tags: string[];
  hosts: string[];
  /** The Arabic names are also ordinary words or places: trust them only in site-name or credit lines. */
  ambiguous?: boolean;
  /** Labels only this outlet's page template prints (صدر الصورة،): a dropped line opening with one names it. */
  page_marks?: string[];
}

interface OutletFile {
  outlets: Outlet[];
}

export interface OutletIndex {
  outlets: Outlet[];
  /** By any name or alias (normalised). */
  byName: Map<string, Outlet>;
  /** By agency tag (normalised, dots and spaces removed: "أ.ف.ب" = "أ ف ب"). */
  byTag: Map<string, Outlet>;
}

/** Matching key of an outlet name or tag: folded, punctuation around it dropped. */
export function outletKey(s: string): string {
  return normalize(s)
    .replace(/^[\s\-–—/\\|:()[\].,،«»"']+|[\s\-–—/\\|:()[\].,،«»"']+$/g, "")
    // "العربية.نت", "أ.ش.أ": a dot between Arabic letters parts words as a space does.
    .replace(/(?<=[\u0621-\u064A])\.(?=[\u0621-\u064A])/g, " ")
    .trim();
}

function tagKey(s: string): string {
  return tagOfKey(outletKey(s));
}

/** tagKey from a string's outletKey. */
const tagOfKey = (key: string): string => key.replace(/[\s.]/g, "");

let cached: OutletIndex | null = null;

export function outletIndex(): OutletIndex {
  if (cached) return cached;
  const { outlets } = loadJson<OutletFile>("data/outlets.json");
  const byName = new Map<string, Outlet>();
  const byTag = new Map<string, Outlet>();
  for (const o of outlets) {
    for (const n of [o.name_en, ...o.aliases, ...o.names_ar]) byName.set(outletKey(n), o);
    for (const t of o.tags) byTag.set(tagKey(t), o);
  }
  cached = { outlets, byName, byTag };
  return cached;
}

/**
 * The outlet a whole string names ("CGTN العربية", "وكالة الأنباء السعودية", "Reuters"), or null.
 * Names that are also ordinary words (الخليج، البيان، العربية) count only with `ambiguous: true`,
 * i.e. where the context already says an outlet is named (a "…/" site line, a credit line, metadata).
 */
export function outletByName(s: string, opts: { ambiguous?: boolean } = {}): Outlet | null {
  const key = outletKey(s);
  const o = outletIndex().byName.get(key) ?? withAbbreviation(s);
  if (o?.ambiguous && !opts.ambiguous && !o.aliases.some((a) => outletKey(a) === key) && !namesItsKind(key)) return null;
  return o;
}

/**
 * The outlet a name and the abbreviation or tag after it both name (the same one), or null:
 * "وكالة الأنباء السعودية (واس)", "هيئة الإذاعة اليابانية NHK", "وكالة الأنباء القطرية قنا"
 * (brackets already gone from a stamp's leftover). The short part is looked up first: most
 * strings end in no outlet's name.
 */
function withAbbreviation(s: string): Outlet | null {
  const t = s.trim();
  const open = t.endsWith(")") ? t.lastIndexOf("(") : -1;
  const cut = open > 0 ? open : t.lastIndexOf(" ");
  if (cut <= 0) return null;
  const short = open > 0 ? t.slice(open + 1, -1) : t.slice(cut + 1);
  const idx = outletIndex();
  const shortKey = outletKey(short);
  const b = idx.byName.get(shortKey) ?? idx.byTag.get(tagOfKey(shortKey));
  return b && idx.byName.get(outletKey(t.slice(0, cut))) === b ? b : null;
}

/**
 * A name that says what it is — "قناة الجزيرة", "صحيفة الشرق الأوسط", "الجزيرة نت", "السومرية نيوز" —
 * is no ordinary word, even where the outlet's short name is.
 */
function namesItsKind(key: string): boolean {
  return /^(?:صحيفه|جريده|قناه|وكاله|بوابه|شبكه|موقع|اذاعه|تلفزيون) /.test(key) || / (?:نت|نيوز|الاخباريه|اونلاين)$/.test(key);
}

/**
 * The outlet a quoted name stands for where quotes mark a masthead («الحياة»، «الرياض»، «عمان»):
 * a name that is also a word or a place, or the paper or channel it is short for (صحيفة الرياض،
 * جريدة عمان), which is listed by that longer name only.
 */
export function outletByQuotedName(s: string): Outlet | null {
  const t = s.trim();
  if (t === "" || t.split(/\s+/).length > 4) return null;
  return outletByName(t, { ambiguous: true }) ?? outletByName(`صحيفة ${t}`) ?? outletByName(`جريدة ${t}`) ?? outletByName(`قناة ${t}`);
}

/** The outlet of an agency tag as written in a dateline ("شينخوا", "أ ف ب", "واس"), or null. */
export function outletByTag(s: string): Outlet | null {
  const idx = outletIndex();
  return idx.byTag.get(tagKey(s)) ?? null;
}

let marks: Array<{ mark: string; outlet: Outlet }> | null = null;

/** The outlet whose page template prints the label a line opens with ("صدر الصورة، Getty Images": BBC Arabic), or null. */
export function outletByPageMark(line: string): Outlet | null {
  marks ??= outletIndex().outlets.flatMap((o) => (o.page_marks ?? []).map((m) => ({ mark: normalize(m), outlet: o })));
  const n = normalize(line.trim());
  for (const { mark, outlet } of marks) if (n.startsWith(mark) && /^\s*[،,:]/.test(n.slice(mark.length))) return outlet;
  return null;
}

/** The outlet whose host is the URL's host or a parent domain of it, or null. */
export function outletByUrl(url: string): Outlet | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
  let best: Outlet | null = null;
  let bestLen = 0;
  for (const o of outletIndex().outlets) {
    for (const h of o.hosts) {
      if ((host === h || host.endsWith(`.${h}`)) && h.length > bestLen) {
        best = o;
        bestLen = h.length;
      }
    }
  }
  return best;
}

/**
 * Canonical name for outlet metadata given by the user or the input (a flag, a JSON field,
 * og:site_name): a known name maps to its canonical English name, anything else is kept as given.
 */
export function canonicalOutlet(given: string): string {
  const s = given.trim();
  return outletByName(s, { ambiguous: true })?.name_en ?? outletByTag(s)?.name_en ?? s;
}
