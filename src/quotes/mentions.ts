// Entity mentions indexed by position, and the title/counterpart resolution a
// statement's subject needs (الرئيس الصيني → the Chinese president named in
// the article; نظيره الروسي → the Russian counterpart).
import type { Entity, EntityType } from "../types.js";
import { normalize } from "../text/normalize.js";

export interface PlacedMention {
  entity: Entity;
  start: number;
  end: number;
}

export class MentionIndex {
  readonly all: PlacedMention[];
  constructor(readonly entities: Entity[]) {
    this.all = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Mentions that start in [from, to), in text order. */
  within(from: number, to: number, types?: EntityType[]): PlacedMention[] {
    return this.all.filter((m) => m.start >= from && m.start < to && (!types || types.includes(m.entity.type)));
  }

  /** The mention covering offset `at`, if any. */
  at(at: number): PlacedMention | undefined {
    return this.all.find((m) => m.start <= at && at < m.end);
  }

  /** The last mention of the given types that ends at or before `offset`. */
  lastBefore(offset: number, types: EntityType[], except?: Set<string>): PlacedMention | undefined {
    for (let i = this.all.length - 1; i >= 0; i--) {
      const m = this.all[i];
      if (m.end <= offset && types.includes(m.entity.type) && !except?.has(m.entity.id)) return m;
    }
    return undefined;
  }

  /** Entities of a type by number of mentions before `offset`, most first (ties: earliest first). */
  salient(type: EntityType, offset: number): Entity[] {
    const count = new Map<Entity, { n: number; first: number }>();
    for (const m of this.all) {
      if (m.start >= offset || m.entity.type !== type) continue;
      const c = count.get(m.entity);
      if (c) c.n++;
      else count.set(m.entity, { n: 1, first: m.start });
    }
    return [...count.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([e]) => e);
  }
}

/** Folded nationality adjective → the stems a country name may have (الروسي → روس: روسيا). */
function adjectiveStem(word: string): string | null {
  let w = word.startsWith("ال") ? word.slice(2) : word;
  if (w.endsWith("يه")) w = w.slice(0, -2);
  else if (w.endsWith("ي")) w = w.slice(0, -1);
  else return null;
  return w.length >= 2 ? w : null;
}

function countryMatchesAdjective(e: Entity, adjective: string): boolean {
  const stem = adjectiveStem(adjective);
  if (!stem) return false;
  const name = normalize(e.name);
  const bare = name.startsWith("ال") ? name.slice(2) : name;
  return bare === stem || bare === stem + "ا" || bare === stem + "ه" || bare === stem + "ات" || name === "ال" + stem;
}

/** Folded role strings of a person (entity roles and the roles written at its mentions). */
function rolesOf(e: Entity): string[] {
  const out = e.roles.map(normalize);
  for (const m of e.mentions) if (m.role) out.push(normalize(m.role.text));
  return out;
}

/**
 * The person a title phrase refers to: every content word of the title (and
 * its nationality adjective) must appear in one of the person's roles, or the
 * adjective must name the person's country. The most recently mentioned wins.
 */
export function resolveTitle(index: MentionIndex, words: string[], before: number): Entity | null {
  const content = words.filter((w) => w.length >= 2 && !["في", "من", "ل", "و"].includes(w));
  if (!content.length) return null;
  const gpes = index.entities.filter((e) => e.type === "GPE");
  let best: { e: Entity; at: number } | null = null;
  for (const m of index.all) {
    if (m.entity.type !== "PER" || m.start >= before) continue;
    const roles = rolesOf(m.entity).join(" | ");
    const ok = content.every((w) => {
      const bare = w.startsWith("ال") ? w.slice(2) : w;
      if (roles.includes(bare)) return true;
      // A nationality adjective may match the person's country instead.
      return gpes.some((g) => countryMatchesAdjective(g, w) && g.country !== null && g.country === m.entity.country);
    });
    if (ok && (!best || m.start > best.at)) best = { e: m.entity, at: m.start };
  }
  return best?.e ?? null;
}

/** A counterpart (نظيره الروسي): the latest person other than `self` matching the adjective, if given. */
export function resolveCounterpart(index: MentionIndex, adjective: string | null, self: string | null, before: number): Entity | null {
  for (let i = index.all.length - 1; i >= 0; i--) {
    const m = index.all[i];
    if (m.start >= before || m.entity.type !== "PER" || m.entity.id === self) continue;
    if (!adjective) return m.entity;
    const bare = adjective.startsWith("ال") ? adjective.slice(2) : adjective;
    if (rolesOf(m.entity).some((r) => r.includes(bare))) return m.entity;
    const gpes = index.entities.filter((e) => e.type === "GPE" && countryMatchesAdjective(e, adjective));
    if (gpes.some((g) => g.country !== null && g.country === m.entity.country)) return m.entity;
  }
  return null;
}
