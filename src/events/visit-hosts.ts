// Who a visitor visits: the contract's participants are persons, states only when no person is
// named. A visit's host is the person of the host country the text names as the one who invited
// the visitor (تلبية لدعوة من X، بدعوة من X، بناء على دعوة X), else the first person of that
// country the visitor meets during the visit (the counterpart of a meeting the stage found),
// else the host state. The host state stays the visit's place.
import type { Event } from "../types.js";
import { isPunct, sentenceIndexAt, tokenIndexAt, type DocContext } from "./context.js";
import { entityCountry } from "./countries.js";
import { addDays } from "./iso-days.js";
import { eventLexicon } from "./lexicon.js";
import { DURING, HOST_INVITATION, wordIs } from "./word-classes.js";

/** How many words after بدعوة / لدعوة its sender may stand: past من، رسمية، كريمة and a full title. */
const INVITER_REACH = 12;

/** How many days after a visit's own day a meeting of its visitor is still held during it. */
const VISIT_SPAN_DAYS = 7;

/** The encounters a visitor holds with his hosts: meetings and the rounds of talks of a standing body. */
const TALKS = new Set<Event["type"]>(["meeting", "consultation"]);

/** The ends of a sentence's part an invitation's sender is named in (a comma goes on: الرئيس، السيد X). */
const PART_END = new Set([".", "؛", ";", ":", "!", "?", "؟"]);

interface Invitation {
  sentence: number;
  person: string;
}

/** The visits of `events` with their host person in place of the host state, where the article names one. */
export function visitHosts(ctx: DocContext, events: Event[]): Event[] {
  if (!events.some((e) => e.type === "visit" && e.place)) return events;
  const isPer = (id: string) => ctx.byId.get(id)?.type === "PER";
  const country = (id: string) => {
    const e = ctx.byId.get(id);
    return e ? entityCountry(e) : null;
  };
  const invitations = invitationsOf(ctx);
  const sentenceOf = (e: Event) => sentenceIndexAt(ctx.doc, e.trigger.start);
  const visitSentences = events.filter((e) => e.type === "visit").map(sentenceOf);
  const meetings = events.filter((e) => TALKS.has(e.type)).sort((a, b) => a.trigger.start - b.trigger.start);
  for (const visit of events) {
    if (visit.type !== "visit" || !visit.place || !visit.participants.includes(visit.place)) continue;
    const hostCountry = country(visit.place);
    const visitors = visit.participants.filter((id) => id !== visit.place);
    if (!hostCountry || !visitors.length || !visitors.every(isPer)) continue;
    const ofHost = (id: string) => !visitors.includes(id) && isPer(id) && country(id) === hostCountry;
    const own = sentenceOf(visit);
    // The invitation in the visit's sentence, else in one that tells no other visit.
    const invited =
      invitations.find((v) => v.sentence === own && ofHost(v.person)) ??
      invitations.find((v) => !visitSentences.includes(v.sentence) && ofHost(v.person));
    const planned = invited ? null : programmeHost(ctx, visit, ofHost);
    const met = invited || planned ? null : meetings.find((m) => during(visit, m, hostCountry, country) && m.participants.some((id) => visitors.includes(id)) && m.participants.some(ofHost));
    const host = invited?.person ?? planned ?? met?.participants.find(ofHost);
    if (host) visit.participants = [...visitors, host];
  }
  return events;
}

/**
 * وصل X إلى المنامة عائدا من القاهرة، تأتي زيارة جلالته بعد … الزيارة التي قام بها Y إلى سلطنة عمان: a
 * person of the host state goes home, he visits nobody. Such visitors are left out, and the visit with them
 * when nobody else travelled.
 */
export function dropHomecomings(ctx: DocContext, events: Event[]): Event[] {
  return events.filter((visit) => {
    if (visit.type !== "visit" || !visit.place || !visit.participants.includes(visit.place)) return true;
    const place = ctx.byId.get(visit.place);
    const host = place ? entityCountry(place) : null;
    if (!host) return true;
    const home = (id: string) => {
      const e = ctx.byId.get(id);
      return id !== visit.place && e?.type === "PER" && entityCountry(e) === host;
    };
    if (!visit.participants.some(home)) return true;
    visit.participants = visit.participants.filter((id) => !home(id));
    if (visit.initiator && !visit.participants.includes(visit.initiator)) visit.initiator = visit.participants[0] ?? null;
    return visit.participants.length >= 2;
  });
}

/**
 * Whether a meeting is held during a visit: both dated, within its first days; else held in the
 * host country (وكان X قد وصل إلى الهند … after the talks in New Delhi), or both reported, or both earlier.
 */
function during(visit: Event, meeting: Event, hostCountry: string, country: (id: string) => string | null): boolean {
  if (visit.date && meeting.date) return meeting.date >= visit.date && meeting.date <= addDays(visit.date, VISIT_SPAN_DAYS);
  return (meeting.place !== null && country(meeting.place) === hostCountry) || visit.main === meeting.main;
}

/** في زيارة يلتقي خلالها الرئيس X: the first person of the host country the visit's programme names, in its sentence after the trigger. */
function programmeHost(ctx: DocContext, visit: Event, ofHost: (id: string) => boolean): string | null {
  const tokens = ctx.doc.tokens;
  const lex = eventLexicon();
  const s = ctx.doc.sentences[sentenceIndexAt(ctx.doc, visit.trigger.start)];
  if (!s) return null;
  for (let k = tokenIndexAt(tokens, visit.trigger.end); k + 1 < s.tokenEnd; k++) {
    if (!lex.visitProgramme.test(tokens[k].norm) || !wordIs(tokens[k + 1], DURING)) continue;
    for (let j = k + 2; j < Math.min(s.tokenEnd, k + 2 + INVITER_REACH); j++) {
      const w = tokens[j];
      if (isPunct(w) && PART_END.has(w.text)) return null;
      const m = ctx.mentionAt[j];
      if (m?.entity.type === "PER") return ofHost(m.entity.id) ? m.entity.id : null;
    }
    return null;
  }
  return null;
}

/** Every تلبية لدعوة من X، بدعوة من X، بناء على دعوة X of the article, with X the first person named after it. */
function invitationsOf(ctx: DocContext): Invitation[] {
  const tokens = ctx.doc.tokens;
  const out: Invitation[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!wordIs(t, HOST_INVITATION)) continue;
    // A bare دعوة is an object (وجه دعوة، تلقى دعوة) unless على stands before it (بناء على دعوة).
    if (/^[وف]?دعوه$/u.test(t.norm) && tokens[k - 1]?.norm !== "علي") continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 1 + INVITER_REACH); j++) {
      const w = tokens[j];
      if (w.sentence !== t.sentence || (isPunct(w) && PART_END.has(w.text))) break;
      const m = ctx.mentionAt[j];
      if (m?.entity.type !== "PER") continue;
      out.push({ sentence: t.sentence, person: m.entity.id });
      break;
    }
  }
  return out;
}
