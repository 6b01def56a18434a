// The outlet of an official release that names its agency only as the one an official spoke to:
//   "نواكشوط، 18/02/2025 - … وأوضح الوزير، في تصريح لوكالة الأنباء الموريتانية، أن …"
//   "الرياض - … وقال في تصريح لـ«واس» إن …"
// A state agency interviews its own country's officials for its own copy, so a statement given to
// the national agency of the dateline's country, in a report that names no outlet otherwise, is
// that agency's report. An agency of another country, or one cited as a source (نقلت وكالة،
// ذكرت وكالة), says nothing about who wrote the report. Read only where every other cue failed.
import { normalize } from "../text/normalize.js";
import { outletIndex, type Outlet } from "./outlets.js";
import { placeCountries } from "./places.js";

// A statement given to someone: the noun or verb within a few words before "ل + agency".
const STATEMENT_BEFORE =
  /(?:^|\s)[وفب]?(?:تصريح|تصريحات|حديث|مقابله|حوار|لقاء|صرح|صرحت|قال|قالت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|اشار|اشارت|كشف|كشفت|افاد|افادت)(?:ه|ها)?(?:\s+\S+){0,4}\s*$/;

const TO_NAME = /(?:^|\s)ل ?[«("“']? ?$/;
const TO_DEFINITE = /(?:^|\s)(?:لل|ل ?[«("“']? ?ال)$/;

/** The national agency of the dateline place's country that an official gave a statement to, or null. */
export function agencyToldAtHome(text: string, place: string): Outlet | null {
  const home = placeCountries(place);
  if (!home) return null;
  const agencies = outletIndex().outlets.filter((o) => o.kind === "agency" && home.has(o.country));
  if (agencies.length === 0) return null;
  const folded = normalize(text);
  for (const o of agencies) {
    for (const name of [...o.names_ar, ...o.tags]) {
      const n = normalize(name);
      // "لوكاله …", "للوكاله …" / "ل الوكاله …" (ل + ال), "ل«واس»", "ل«العمانيه»" (tatweel is folded away).
      const definite = n.startsWith("ال");
      const core = definite ? n.slice(2) : n;
      const lead = definite ? TO_DEFINITE : TO_NAME;
      for (let at = folded.indexOf(core); at >= 0; at = folded.indexOf(core, at + 1)) {
        if (/[\p{L}\p{N}]/u.test(folded.charAt(at + core.length))) continue;
        const before = folded.slice(Math.max(0, at - 70), at);
        const to = lead.exec(before);
        if (to && STATEMENT_BEFORE.test(before.slice(0, to.index))) return o;
      }
    }
  }
  return null;
}
