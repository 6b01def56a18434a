// Several persons who travel together are the visitors of one visit: a list closed by a dual or
// plural clause (A، وB، اللذين يزوران مصر؛ X وY يزوران)، a subject joined by و after the visit verb
// (وصل X ووزير الدفاع Y إلى)، and the members of the delegation the visitor heads (على رأس وفد يضم
// A، وB؛ وفد برئاسة X، وبمشاركة Y). participants.ts asks for them once it has found the visitor.
import type { Token } from "../types.js";
import { countryOfAdjective } from "./countries.js";
import type { DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";
import { HONORIFIC, PERSON_TITLE, wordIs } from "./word-classes.js";

/** How many words an item of a list may hold between its و and the name (والأمين العام لمجلس التعاون … X). */
const ITEM_REACH = 10;
/** …for the head of a delegation (برئاسة نائب وزير الخارجية والمبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وبلدان إفريقيا X). */
const HEAD_REACH = 20;

/** وفد، وفدا، الوفد (a token's core, clitics off). */
const DELEGATION = /^(?:ال)?(?:وفد|وفدا)$/u;

const isComma = (t: Token | undefined) => t?.text === "،" || t?.text === ",";

/**
 * The persons who travel with the visitor named from token `visitor` (his mention's first token), the
 * visitor not included, in order. `before`: the visitor stands before the trigger (its clause is his
 * relative clause or a verb after its subject), `triggerStart`/`triggerEnd` bound the trigger.
 */
export function travellingWith(ctx: DocContext, visitor: number, id: string, before: boolean, triggerStart: number, triggerEnd: number): string[] {
  const m = nameFrom(ctx, visitor, id);
  if (!m) return [];
  visitor = m.tokenStart;
  const out: string[] = [];
  const add = (id: string) => {
    if (id !== m.entity.id && !out.includes(id)) out.push(id);
  };
  if (before) {
    // A، وB، اللذين يزوران مصر؛ X وY يزوران: the list the dual or plural clause closes.
    if (severalTravel(ctx, m.tokenEnd, triggerStart, triggerEnd)) for (const id of listBefore(ctx, visitor)) add(id);
  } else {
    // وصل X ووزير الدفاع Y إلى القاهرة: the subject written after the verb goes on while joined by و.
    for (const id of listAfter(ctx, m.tokenEnd, false)) add(id);
  }
  for (const id of delegation(ctx, visitor, Math.max(m.tokenEnd, triggerEnd))) add(id);
  return out;
}

/** The mention of `id` at token `k` or, for a title standing for him (نائب وزير الخارجية … X), the name after it in its sentence. */
function nameFrom(ctx: DocContext, k: number, id: string) {
  const tokens = ctx.doc.tokens;
  for (let j = k; j < Math.min(tokens.length, k + HEAD_REACH) && tokens[j].sentence === tokens[k].sentence; j++) {
    const m = ctx.mentionAt[j];
    if (m?.entity.id === id) return m;
  }
  return undefined;
}

/**
 * Between the visitor's name and the trigger (a comma, a relative pronoun, a verb), or at the trigger's
 * first word: a dual or plural of travelling ("travel_together": اللذين، الذين، يزوران، يقومون).
 */
function severalTravel(ctx: DocContext, from: number, triggerStart: number, triggerEnd: number): boolean {
  const tokens = ctx.doc.tokens;
  const words = eventLexicon().participants.travelTogether;
  if (triggerStart - from > 3) return false;
  for (let k = from; k < triggerEnd; k++) {
    if (isComma(tokens[k])) continue;
    if (words.test(tokens[k].norm)) return true;
  }
  return false;
}

/** Words that begin with ال and are no title: إلى، the relative pronouns, إلا، الآن (folded cores). */
const NOT_TITLE = /^(?:الي|التي|الذي|الذين|اللذين|اللذان|اللتين|اللتان|اللاتي|اللواتي|الا|الان)$/u;

/** A word of a title between an item's و and its name: an office, a definite word, a title of address, a place or body named in it. */
function titleish(ctx: DocContext, t: Token | undefined): boolean {
  if (!t || t.kind !== "arabic") return false;
  const m = ctx.mentionAt[t.i];
  if (m) return m.entity.type !== "PER";
  if (NOT_TITLE.test(t.core) || eventLexicon().participants.meetingVerb.test(t.core)) return false;
  return t.core.startsWith("ال") || eventLexicon().officeTitles.headOfWord.has(t.bare) || wordIs(t, PERSON_TITLE | HONORIFIC) || countryOfAdjective(t.core) !== null;
}

/** An office head (وزير، رئيس، مدير): the noun after it may be indefinite (رئيس جهاز الاستخبارات، مدير مكتب الرئيس). */
function officeHead(t: Token | undefined): boolean {
  return !!t && eventLexicon().officeTitles.headOfWord.has(t.bare);
}

/** A word of the title at `k`: titleish, or a noun right after an office head (رئيس جهاز). */
function inTitle(ctx: DocContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  const t = tokens[k];
  if (titleish(ctx, t)) return true;
  return t?.kind === "arabic" && !ctx.mentionAt[k] && !t.pre && officeHead(tokens[k - 1]) && !NOT_TITLE.test(t.core);
}

/** إلى، في، لدى in a long title (المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط): allowed in a delegation head's item. */
const TITLE_PREPOSITION = /^(?:الي|في|لدي)$/u;

/**
 * The item opening at token `k` (و + title words + a name, within `reach` words): the person's
 * mention, or undefined. `needsAnd`: only an item written with و.
 */
function itemAt(ctx: DocContext, k: number, to: number, needsAnd: boolean, reach = ITEM_REACH) {
  const tokens = ctx.doc.tokens;
  const first = tokens[k];
  if (!first || (needsAnd && !first.pre.startsWith("و"))) return undefined;
  const long = reach > ITEM_REACH;
  for (let j = k; j < Math.min(to, k + reach); j++) {
    const m = ctx.mentionAt[j];
    if (m?.entity.type === "PER" && m.tokenStart === j) return m;
    if (!inTitle(ctx, j) && !(long && (TITLE_PREPOSITION.test(tokens[j].norm) || (tokens[j].pre.startsWith("و") && tokens[j].kind === "arabic")))) return undefined;
  }
  return undefined;
}

/** The persons of the list that goes on after token `end` (، وB، وC or وB right after), each item joined by و. */
function listAfter(ctx: DocContext, end: number, firstWithoutAnd: boolean): string[] {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[end - 1]?.sentence;
  const to = ctx.doc.sentences[sentence]?.tokenEnd ?? tokens.length;
  const out: string[] = [];
  let k = end;
  let needsAnd = !firstWithoutAnd;
  for (;;) {
    const start = isComma(tokens[k]) ? k + 1 : k;
    const m = itemAt(ctx, start, to, needsAnd);
    if (!m) return out;
    out.push(m.entity.id);
    k = m.tokenEnd;
    needsAnd = true;
  }
}

/**
 * The persons of the list that closes right before token `k` (A، وB، وC نائب رئيس الوزراء، وذلك بمناسبة
 * مشاركتهم): the last person named before it, past his title, and the items joined to him, in text order.
 */
export function listBeforeToken(ctx: DocContext, k: number): string[] {
  const tokens = ctx.doc.tokens;
  for (let j = k - 1; j >= Math.max(0, k - ITEM_REACH - 6) && tokens[j].sentence === tokens[k].sentence; j--) {
    const m = ctx.mentionAt[j];
    if (m?.entity.type === "PER") return [...listBefore(ctx, m.tokenStart)].reverse().concat(m.entity.id);
    if (tokens[j].kind !== "arabic" && !isComma(tokens[j])) return [];
  }
  return [];
}

/** The persons of the list that ends with the name at `visitor` (A، وB، وC): the earlier items, nearest first. */
function listBefore(ctx: DocContext, visitor: number): string[] {
  const out: string[] = [];
  let current = visitor;
  for (;;) {
    const open = itemOpening(ctx, current);
    const prev = open < 0 ? undefined : nameBefore(ctx, open);
    if (!prev) return out;
    if (!out.includes(prev.entity.id)) out.push(prev.entity.id);
    current = prev.tokenStart;
  }
}

/** The token where the item of the name at `name` opens with و, only title words between, or -1. */
function itemOpening(ctx: DocContext, name: number): number {
  const tokens = ctx.doc.tokens;
  for (let k = name; k >= Math.max(0, name - ITEM_REACH); k--) {
    if (k < name && (tokens[k].sentence !== tokens[name].sentence || !inTitle(ctx, k))) return -1;
    if (tokens[k].pre.startsWith("و")) return k;
  }
  return -1;
}

/**
 * The person of the item before the one opening at `open`: the last one named before it, past a comma and
 * the title written after his name (A وزير خارجية جمهورية مصر العربية، وB), within ITEM_REACH + 4 words.
 */
function nameBefore(ctx: DocContext, open: number) {
  const tokens = ctx.doc.tokens;
  for (let j = open - 1; j >= Math.max(0, open - ITEM_REACH - 4) && tokens[j].sentence === tokens[open].sentence; j--) {
    const m = ctx.mentionAt[j];
    if (m?.entity.type === "PER") return m;
    if (tokens[j].kind !== "arabic" && !isComma(tokens[j])) return undefined;
    if (NOT_TITLE.test(tokens[j].core) || eventLexicon().participants.meetingVerb.test(tokens[j].core)) return undefined;
  }
  return undefined;
}

/**
 * The members of the delegation the visitor heads: على رأس وفد (…) يضم A، وB after his name or the
 * trigger, from `after` on; or وفد … برئاسة X، وبمشاركة Y (عضوية) when he is X or Y.
 */
function delegation(ctx: DocContext, visitor: number, after: number): string[] {
  const tokens = ctx.doc.tokens;
  const lex = eventLexicon().participants;
  const sentence = tokens[visitor].sentence;
  const s = ctx.doc.sentences[sentence];
  // على رأس وفد [وزاري] يضم A، وB
  for (let k = after; k < Math.min(s.tokenEnd, after + 4); k++) {
    if (!lex.delegationHead.test(tokens[k].norm) || !DELEGATION.test(tokens[k + 1]?.core ?? "")) continue;
    for (let j = k + 2; j < Math.min(s.tokenEnd, k + 6); j++) {
      if (lex.listsMembers.test(tokens[j].norm)) return listAfter(ctx, j + 1, true);
    }
    return [];
  }
  // وفد روسي برئاسة X، وبمشاركة Y
  for (let k = Math.max(s.tokenStart, visitor - 30); k < visitor; k++) {
    if (!DELEGATION.test(tokens[k].core)) continue;
    for (let j = k + 1; j < Math.min(visitor + 1, k + 4); j++) {
      if (!lex.delegationHead.test(tokens[j].norm)) continue;
      const head = itemAt(ctx, j + 1, s.tokenEnd, false, HEAD_REACH);
      if (!head) return [];
      const members = joinedMembers(ctx, head.tokenEnd, s.tokenEnd);
      const all = [head.entity.id, ...members];
      return all.includes(ctx.mentionAt[visitor]!.entity.id) ? all : [];
    }
  }
  return [];
}

/** After a delegation's head: ، وبمشاركة Y، وZ (delegation_member): the members it names. */
function joinedMembers(ctx: DocContext, end: number, to: number): string[] {
  const tokens = ctx.doc.tokens;
  const k = isComma(tokens[end]) ? end + 1 : end;
  if (!tokens[k] || !eventLexicon().participants.delegationMember.test(tokens[k].norm)) return [];
  const first = itemAt(ctx, k + 1, to, false);
  return first ? [first.entity.id, ...listAfter(ctx, first.tokenEnd, false)] : [];
}
