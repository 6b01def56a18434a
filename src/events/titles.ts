// Persons written by their office alone: "سمو الأمير"، "جلالة ملك المغرب"، "الرئيس المصري"،
// "وزير الخارجية الإيراني". The office a person holds comes from the entity stage
// (Entity.office, from the people gazetteer at the article's date); a title phrase names
// that person when the country it states (a state named after it, or a nationality
// adjective) is the office's country, or, with no country stated, when only one person
// of the article holds that office.
import { normalize } from "../text/normalize.js";
import type { Entity, Token } from "../types.js";
import type { DocContext } from "./context.js";
import { countryOfAdjective, entityCountry } from "./countries.js";

/** The monarch words newsrooms use for the same office. */
const SYNONYMS: Record<string, string> = { عاهل: "ملك" };

interface Office {
  words: string[];
  entity: Entity;
  country: string | null;
}

const cache = new WeakMap<DocContext, Map<number, string>>();

const bare = (w: string) => {
  const b = w.startsWith("ال") && w.length > 3 ? w.slice(2) : w;
  return SYNONYMS[b] ?? b;
};

/** Token index → entity id, for each title phrase of the document that names a person. */
export function titleReferences(ctx: DocContext): Map<number, string> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out = new Map<number, string>();
  const offices: Office[] = [];
  for (const e of ctx.entities) {
    if (e.type !== "PER" || !e.office?.title_ar) continue;
    offices.push({ words: normalize(e.office.title_ar).split(" ").map(bare), entity: e, country: e.office.country ?? entityCountry(e) });
  }
  if (offices.length) {
    const tokens = ctx.doc.tokens;
    for (let t = 0; t < tokens.length; t++) {
      if (ctx.mentionAt[t] || tokens[t].kind !== "arabic") continue;
      const matching = offices.filter((o) => matchesAt(tokens, t, o.words));
      if (!matching.length) continue;
      const after = t + matching[0].words.length;
      // الرئيس إيمانويل ماكرون: the name that follows is the mention itself.
      if (ctx.mentionAt[after]?.entity.type === "PER" || ctx.mentionAt[after + 1]?.entity.type === "PER") continue;
      const country = statedCountry(ctx, tokens, after);
      const chosen = country
        ? matching.filter((o) => o.country === country)
        : matching;
      const people = [...new Set(chosen.map((o) => o.entity.id))];
      if (people.length === 1) out.set(t, people[0]);
    }
  }
  cache.set(ctx, out);
  return out;
}

function matchesAt(tokens: Token[], t: number, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const tok = tokens[t + i];
    if (!tok || bare(tok.core) !== words[i]) return false;
  }
  return true;
}

/** ملك المغرب، الرئيس المصري: the country written right after the title, if any. */
function statedCountry(ctx: DocContext, tokens: Token[], at: number): string | null {
  const m = ctx.mentionAt[at];
  if (m && m.entity.type === "GPE") return entityCountry(m.entity);
  const adj = tokens[at]?.norm ?? "";
  return adj.startsWith("ال") ? countryOfAdjective(adj) : null;
}
