// Titles and counterparts that refer to a person named elsewhere in the article:
// الرئيس الصيني → the Chinese president named in the article; نظيره الروسي → the Russian
// counterpart. Only people the article names are candidates (a title alone names no one).
// Other stages (events, quotes) call resolveReference for a span they hold, or
// findReferences for every such phrase in a document.
import type { Doc, Entity, Span, TextSpan } from "../types.js";
import { normalize } from "../text/normalize.js";
import { getLexicon } from "./lexicon.js";
import { matchPhrases } from "./match-gazetteer.js";
import { makeContext, type PatternContext } from "./patterns/context.js";
import { matchOrganisations } from "./patterns/orgs.js";
import { findRoles, type RolePhrase } from "./patterns/titles.js";

export interface Reference extends TextSpan {
  /** Id of the entity referred to. */
  entity: string;
  kind: "title" | "counterpart";
}

const contextCache = new WeakMap<Doc, { ctx: PatternContext; roles: RolePhrase[] }>();

function rolesOf(doc: Doc): { ctx: PatternContext; roles: RolePhrase[] } {
  let hit = contextCache.get(doc);
  if (!hit) {
    const lex = getLexicon();
    const ctx = makeContext(doc, lex, matchPhrases(doc, lex));
    hit = { ctx, roles: findRoles(ctx, matchOrganisations(ctx)) };
    contextCache.set(doc, hit);
  }
  return hit;
}

/** Does a person's role or office use this title head (رئيس ↔ الرئيس الصيني، President)? */
function holds(e: Entity, heads: readonly string[], titleEn: string): boolean {
  if (!heads.length) return true;
  const written = normalize(e.roles.join(" "));
  if (heads.some((h) => written.includes(h))) return true;
  if (e.office && (heads.some((h) => normalize(e.office?.title_ar ?? "").includes(h)) || e.office.title_en.includes(titleEn))) return true;
  return false;
}

function pick(entities: readonly Entity[], span: Span, test: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  let bestDistance = Infinity;
  for (const e of entities) {
    if (e.type !== "PER" || !test(e)) continue;
    for (const m of e.mentions) {
      // Prefer the nearest mention before the span; one after it counts at twice the distance.
      const d = m.end <= span.start ? span.start - m.end : m.start >= span.end ? 2 * (m.start - span.end) : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = e;
      }
    }
  }
  return best;
}

function resolveRole(role: RolePhrase, entities: readonly Entity[], self: Span): Entity | null {
  const country = role.country;
  if (role.counterpart) {
    if (!country) return null;
    return pick(entities, self, (e) => e.country === country);
  }
  const heads = role.heads.filter((h) => h !== "نظير");
  if (!country) {
    // الوزير، الرئيس alone: only when exactly one named person holds such a title.
    if (!heads.length) return null;
    const holders = entities.filter((e) => e.type === "PER" && holds(e, heads, "\u0000"));
    return holders.length === 1 ? holders[0] : null;
  }
  return pick(entities, self, (e) => e.country === country && holds(e, heads, role.titleEn));
}

/**
 * The person a title or counterpart phrase at `span` refers to (an entity of `entities`), or null.
 * A span that is already a mention resolves to its entity.
 */
export function resolveReference(doc: Doc, entities: readonly Entity[], span: Span): Entity | null {
  for (const e of entities) for (const m of e.mentions) if (m.start <= span.start && span.end <= m.end) return e;
  const { roles } = rolesOf(doc);
  const role = roles.find((r) => r.start < span.end && span.start < r.end);
  if (!role) return null;
  return resolveRole(role, entities, span);
}

/** Every title or counterpart phrase not followed by a name that resolves to a named person. */
export function findReferences(doc: Doc, entities: readonly Entity[]): Reference[] {
  const { roles } = rolesOf(doc);
  const mentionAt = new Set<number>();
  for (const e of entities) for (const m of e.mentions) mentionAt.add(m.start);
  const out: Reference[] = [];
  for (const r of roles) {
    const next = doc.tokens[r.tokEnd];
    if (next && mentionAt.has(next.start)) continue; // the role introduces a name: not a reference
    const e = resolveRole(r, entities, r);
    if (e) out.push({ start: r.start, end: r.end, text: r.text, entity: e.id, kind: r.counterpart ? "counterpart" : "title" });
  }
  return out;
}
