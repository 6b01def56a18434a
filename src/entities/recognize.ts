// Entity stage: recognise, resolve and describe the people, organisations, places and
// named things of one document. Evidence: gazetteers (data/gazetteer), patterns (titles,
// organisation heads) and the trained tagger; see combine.ts for precedence.
import type { Doc, Entity } from "../types.js";
import type { Lexicon } from "./lexicon.js";
import type { RolePhrase } from "./patterns/titles.js";
import type { Candidate } from "./types.js";
import { attachRoles, combine } from "./combine.js";
import { creditedOutlet } from "./credited-outlet.js";
import { describe } from "./describe.js";
import { getLexicon } from "./lexicon.js";
import { matchNested, matchPeople, matchPhrases, matchShortNames } from "./match-gazetteer.js";
import { modelCandidates } from "./model-spans.js";
import { monthInDate } from "./months.js";
import { makeContext } from "./patterns/context.js";
import { matchNamedThings } from "./patterns/misc.js";
import { matchOrganisations, matchShortForms } from "./patterns/orgs.js";
import { findRoles, namesAfterDualRoles, namesAfterHonorifics, namesAfterRelatives, namesAfterRoles, namesBeforeRoles, namesInCreditLines } from "./patterns/titles.js";
import { accordsNamedByCities, bareAliases, facilitiesAfterHeads, stateWordMentions, townsAfterSettlementHeads, findBarePlaces, mergeHeadedPlaces, placesAfterDirections, placesAfterHeads, townsAfterHeads, watersNamedAfterPlaces, widenTaggedPlaces } from "./places.js";
import { crossingsAfterHeads } from "./crossings.js";
import { cluster, findShortMentions, mergeBracketed } from "./resolve.js";
import { resolveShortBodies } from "./short-bodies.js";
import { wordFacts } from "./word-facts.js";

export interface RecognizeOptions {
  /** Use the trained tagger (default true). */
  model?: boolean;
}

/**
 * Sentences where the tagger can add something: those with a word no gazetteer, pattern or role
 * claims that is not an ordinary word. Elsewhere any span it found would be dropped by combine().
 */
function sentencesToTag(doc: Doc, lex: Lexicon, found: Candidate[][], roles: readonly RolePhrase[]): Set<number> {
  const covered = new Uint8Array(doc.tokens.length);
  for (const list of found) for (const c of list) for (let k = c.tokStart; k < c.tokEnd; k++) covered[k] = 1;
  for (const r of roles) for (let k = r.tokStart; k < r.tokEnd; k++) covered[k] = 1;
  const out = new Set<number>();
  const facts = wordFacts(doc, lex);
  // A sentence's tokens are contiguous: once it is in, the rest of it is skipped without a lookup.
  let last = -1;
  for (const t of doc.tokens) {
    if (covered[t.i] || t.sentence === last || (t.kind !== "arabic" && t.kind !== "latin") || facts[t.i].ordinary) continue;
    out.add(t.sentence);
    last = t.sentence;
  }
  return out;
}

/** Entity stage: recognise and resolve named entities in one document. */
export function recognizeEntities(doc: Doc, options: RecognizeOptions = {}): Entity[] {
  const lex = getLexicon();
  const phrases = matchPhrases(doc, lex);
  placesAfterHeads(doc, phrases);
  accordsNamedByCities(doc, phrases);
  placesAfterDirections(doc, phrases);
  const international = bareAliases(doc, lex, phrases, (w) => lex.stopwords.has(w));
  facilitiesAfterHeads(doc, lex, phrases, international);
  townsAfterSettlementHeads(doc, lex, phrases);
  crossingsAfterHeads(doc, lex, phrases);
  const people = matchPeople(doc, lex);
  const nested = matchNested(doc, lex, phrases);
  // After the nested names: the town or state inside a water's name (خليج عمان) is no mention of its own.
  watersNamedAfterPlaces(doc, phrases);
  const ctx = makeContext(doc, lex, phrases.concat(people));
  const headed = matchOrganisations(ctx);
  // Short forms inside a longer name (دائرة الاتصال في الرئاسة التركية) are part of it.
  const orgs = headed.concat(matchShortForms(ctx).filter((s) => !headed.some((o) => o.tokStart < s.tokStart && s.tokEnd <= o.tokEnd)));
  const roles = findRoles(ctx, orgs);
  const patternPeople = namesAfterRoles(ctx, roles).concat(namesBeforeRoles(ctx, roles), namesAfterDualRoles(ctx), namesInCreditLines(ctx), namesAfterHonorifics(ctx, roles), namesAfterRelatives(ctx));
  const things = matchNamedThings(ctx);
  const model = options.model === false ? [] : modelCandidates(doc, sentencesToTag(doc, lex, [phrases, people, orgs, patternPeople.filter((p) => p.tokEnd - p.tokStart > 1), things], roles));
  widenTaggedPlaces(doc, model);
  townsAfterHeads(doc, model);
  const mentions = combine(doc, lex, { phrases, people, orgs, patternPeople, things, model, roles }).filter((m) => m.tokEnd - m.tokStart > 1 || !monthInDate(doc, m.tokStart));
  if (nested.length) {
    const spans = new Set(mentions.map((m) => `${m.tokStart}:${m.tokEnd}`));
    for (const n of nested) if (!spans.has(`${n.tokStart}:${n.tokEnd}`)) mentions.push(n);
  }

  const taken = new Uint8Array(doc.tokens.length);
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) taken[k] = 1;
  // 2: a role's word only, which a surname of more words may still hold (ولد الشيخ أحمد).
  for (const r of roles) for (let k = r.tokStart; k < r.tokEnd; k++) if (!taken[k]) taken[k] = 2;
  const persons = new Uint8Array(doc.tokens.length);
  for (const m of mentions) if (m.type === "PER") for (let k = m.tokStart; k < m.tokEnd; k++) persons[k] = 1;
  for (const s of matchShortNames(doc, lex, taken, persons)) {
    mentions.push(s);
    taken[s.tokStart] = 1;
  }
  attachRoles(doc, mentions, roles);
  const merged = mergeBracketed(doc, mergeHeadedPlaces(cluster(mentions, lex.genericOrgs, doc.article.outlet ? lex.outletCountry.get(doc.article.outlet) ?? null : null)));
  findShortMentions(doc, lex, merged, taken);
  const clusters = resolveShortBodies(doc, lex, merged, taken);
  findBarePlaces(doc, clusters, taken);
  stateWordMentions(doc, lex, clusters, taken);
  const entities = describe(doc.article, clusters);
  const credited = creditedOutlet(doc.article, lex, entities);
  return credited ? [...entities, credited] : entities;
}
