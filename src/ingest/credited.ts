// The article's outlet as its own dropped lines write it: a masthead or site-name line above the
// body («قناة العالم», «TRT عربي»), a credit («بوابة الأهرام»), a copyright footer («جميع الحقوق
// محفوظة لمؤسسة الأهرام»). Cleaning takes these lines out of `text`, yet the article names the
// outlet there, and annotators count that name as an organisation (the seeds' «CGTN العربية/»).
// The entity stage makes it an ORG with no mention in `text` (entities/credited-outlet.ts).
import { normalize } from "../text/normalize.js";
import type { DroppedLine } from "./clean.js";
import { outletIndex, type Outlet } from "./outlets.js";

/** Kinds of dropped line that name who published the article. */
const NAMING = new Set<DroppedLine["kind"]>(["credit", "site", "copyright"]);

/** Arabic or mixed-script written forms of an outlet (its names, its Arabic tags; «TRT عربي», not "TRT Arabic"). */
function writtenForms(o: Outlet): string[] {
  const arabic = (s: string) => /[\u0621-\u064A]/.test(s);
  return [...o.names_ar, ...o.aliases.filter(arabic), ...o.tags.filter(arabic)];
}

/** Where `name` stands as whole words in `line` (a proclitic ل/ب/و before it allowed), both normalised. */
function standsIn(line: string, name: string): boolean {
  if (!name) return false;
  for (let k = line.indexOf(name); k >= 0; k = line.indexOf(name, k + 1)) {
    const letter = (c: string | undefined) => c !== undefined && /[\u0621-\u064Aa-z0-9]/i.test(c);
    const prev = line[k - 1];
    const startOk = !letter(prev) || (/[لبو]/.test(prev) && !letter(line[k - 2]));
    const after = line[k + name.length];
    if (startOk && !letter(after)) return true;
  }
  return false;
}

/**
 * The longest written form of the outlet `name_en` found in each dropped line that names it,
 * in the lines' order, each form once. Empty where the outlet is unknown or no line names it.
 */
export function creditedNames(dropped: readonly DroppedLine[], nameEn: string | null): string[] {
  if (!nameEn) return [];
  const outlet = outletIndex().outlets.find((o) => o.name_en === nameEn);
  if (!outlet) return [];
  const forms = writtenForms(outlet).map((f) => ({ f, n: normalize(f) })).sort((a, b) => b.n.length - a.n.length);
  const out: string[] = [];
  for (const d of dropped) {
    if (!NAMING.has(d.kind)) continue;
    const line = normalize(d.text);
    const hit = forms.find((x) => standsIn(line, x.n));
    if (hit && !out.includes(hit.f)) out.push(hit.f);
  }
  return out;
}
