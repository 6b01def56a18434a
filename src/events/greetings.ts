// Greetings carried in person (ونقل X إلى الرئيس Y تحيات الرئيس Z، نقل X لسموه تحيات Z): a message
// from Z to Y (the contract lists greetings under `message`), X only carrying it. The greetings of the
// carrier himself (نقل تحياته إلى Y) and those he is asked to carry later (طلب منه نقل تحياته) are none.
import type { Event, Token } from "../types.js";
import { entityCountry } from "./countries.js";
import { isPunct, type DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";
import { titleReferences } from "./titles.js";

/** تحيات، التحيات، تمنيات (a token's core): greetings of someone named after them, no pronoun of the carrier's. */
const GREETINGS = /^(?:ال)?(?:تحيات|تمنيات)$/u;

/** How many words before the greetings its carrying verb may stand (ونقل الموفد الخاص X إلى الرئيس Y تحيات). */
const VERB_REACH = 12;

/** How many words after the greetings their sender is named (تحيات وتقدير أخيه جلالة الملك X). */
const SENDER_REACH = 8;

/** أن ينقل، طلب منه نقل (folded): greetings to be carried later. */
const PLANNED = new Set(["ان", "منه", "منها", "منهما"]);

export interface CarriedGreetings {
  sentence: number;
  /** The carrying verb's token. */
  verb: number;
  sender: string;
  /** Every sender, the first and those joined to him by و (تحيات أمير الكويت وولي عهده الشيخ X): one message each. */
  senders: string[];
  /** The person named after إلى / ل, else null (إليه، لسموه: the host the carrier meets). */
  recipient: string | null;
  /** The person named between the verb and the greetings, not after إلى / ل: who carries them. */
  carrier: string | null;
}

/** Every greeting carried in person in the article, in text order. */
export function carriedGreetings(ctx: DocContext): CarriedGreetings[] {
  const tokens = ctx.doc.tokens;
  const carrierVerb = eventLexicon().messageCarrier;
  const out: CarriedGreetings[] = [];
  for (let g = 0; g < tokens.length; g++) {
    const w = tokens[g];
    if (!(w.core.includes("تحيات") || w.core.includes("تمنيات")) || !GREETINGS.test(w.core)) continue;
    let verb = -1;
    for (let k = g - 1; k >= Math.max(0, g - VERB_REACH) && tokens[k].sentence === w.sentence && !stop(tokens[k]); k--) {
      if (carrierVerb.test(tokens[k].norm) && !ctx.mentionAt[k]) {
        verb = k;
        break;
      }
    }
    // (طلب منه نقل، أن ينقل: a verbal noun or a plan, carried later if at all)
    if (verb < 0 || PLANNED.has(tokens[verb - 1]?.norm ?? "")) continue;
    const senders = personsAfter(ctx, g + 1, Math.min(tokens.length, g + 1 + SENDER_REACH), w.sentence);
    if (!senders.length) continue;
    const sender = senders[0];
    let recipient: string | null = null;
    let carrier: string | null = null;
    let toSeen = false;
    for (let k = verb + 1; k < g; k++) {
      if (tokens[k].norm === "الي" || tokens[k].pre.endsWith("ل")) toSeen = true;
      const m = ctx.mentionAt[k];
      if (m?.tokenStart !== k || m.entity.type !== "PER" || senders.includes(m.entity.id)) continue;
      if (toSeen) recipient ??= m.entity.id;
      else carrier ??= m.entity.id;
    }
    out.push({ sentence: w.sentence, verb, sender, senders, recipient, carrier });
  }
  return out;
}

function stop(t: Token): boolean {
  return isPunct(t) && t.text !== "-";
}

/**
 * The persons named in tokens [from, to) of the sentence, before any punctuation: the first, by name or by
 * title (تحيات أمير الكويت: the emir the article names), and each joined to the one before by و
 * (تحيات الملك X وولي عهده الأمير Y، تحيات أمير البلاد وولي العهد).
 */
function personsAfter(ctx: DocContext, from: number, to: number, sentence: number): string[] {
  const tokens = ctx.doc.tokens;
  const titles = titleReferences(ctx);
  const out: string[] = [];
  // The last word opening with و after the person named last: a next person within JOIN_REACH words of it is joined.
  let joined = -1;
  for (let k = from; k < to && tokens[k].sentence === sentence && !stop(tokens[k]); k++) {
    const m = ctx.mentionAt[k];
    const id = m?.entity.type === "PER" ? (m.tokenStart === k ? m.entity.id : null) : titles.get(k) ?? null;
    if (out.length && !m && tokens[k].pre.startsWith("و")) joined = k;
    if (!id) continue;
    if (!out.length || (joined >= 0 && k - joined <= JOIN_REACH && !out.includes(id))) out.push(id);
    joined = -1;
  }
  return out;
}

/** How far after its و a joined sender is named (وولي عهده الشيخ X). */
const JOIN_REACH = 3;

/**
 * The meeting the greetings are carried at: the last one reported up to their sentence with the carrier
 * (إليه، لسموه: the other party), else with one party of another state than the sender.
 */
export function greetingsMeeting(ctx: DocContext, g: CarriedGreetings, events: Event[]): { meeting: Event; recipient: string } | null {
  const end = ctx.doc.sentences[g.sentence].end;
  const country = (id: string) => {
    const e = ctx.byId.get(id);
    return e ? entityCountry(e) : null;
  };
  const senderCountry = country(g.sender);
  for (let i = events.length - 1; i >= 0; i--) {
    const m = events[i];
    if (m.type !== "meeting" || m.trigger.start > end || m.participants.length !== 2 || m.participants.includes(g.sender)) continue;
    if (g.recipient) {
      if (m.participants.includes(g.recipient)) return { meeting: m, recipient: g.recipient };
      continue;
    }
    const others = g.carrier ? m.participants.filter((id) => id !== g.carrier) : m.participants.filter((id) => !senderCountry || country(id) !== senderCountry);
    if ((g.carrier && !m.participants.includes(g.carrier)) || others.length !== 1) continue;
    return { meeting: m, recipient: others[0] };
  }
  return null;
}
