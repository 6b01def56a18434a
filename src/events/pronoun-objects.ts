// A meeting whose guest is an object pronoun (ثم استقبله الرئيس X، واستقبلهما X، التقتها X): the
// pronoun points back to the person(s) of the clause before — the one named last, of the pronoun's
// number, of another state than the host who meets them, a woman for ها where one is titled so.
import { entityCountry } from "./countries.js";
import type { DocContext } from "./context.js";
import { eventLexicon } from "./lexicon.js";

/** The object pronouns of a meeting verb and how many persons each names (هم: two or more). */
const PRONOUN = /^(.+?)(هما|هم|ها|ه)$/u;

/** How many persons of the clause before the pronoun may point to: its subject and object, one more. */
const CANDIDATES = 3;

/** How many words before a name its feminine title stands (الوزيرة X، وزيرة الخارجية الإسبانية X). */
const TITLE_REACH = 4;

interface Candidate {
  id: string;
  feminine: boolean;
}

/**
 * The person(s) the object pronoun of the meeting verb at `trigger` points back to, when `subject` is
 * the only person its sentence names: none when the verb carries no pronoun or nobody fits.
 */
export function pronounObjects(ctx: DocContext, sentence: number, trigger: number, subject: string): string[] {
  const tokens = ctx.doc.tokens;
  const m = PRONOUN.exec(tokens[trigger].core);
  if (!m || !eventLexicon().participants.pronounMeetingVerb.test(m[1])) return [];
  const s = ctx.doc.sentences[sentence];
  // The clause before the verb in its sentence, else the sentence before.
  let found = candidatesIn(ctx, s.tokenStart, trigger, subject);
  if (!found.length && sentence > 0) {
    const prev = ctx.doc.sentences[sentence - 1];
    found = candidatesIn(ctx, prev.tokenStart, prev.tokenEnd, subject);
  }
  const own = countryOf(ctx, subject);
  // A guest is of another state than the one who receives him.
  const foreign = found.filter((c) => !own || countryOf(ctx, c.id) !== own);
  if (foreign.length) found = foreign;
  const pronoun = m[2];
  if (pronoun === "ها" || pronoun === "ه") {
    // (ها: only a person titled as a woman; it points to a delegation or a state as often)
    const ofGender = found.filter((c) => c.feminine === (pronoun === "ها"));
    if (ofGender.length || pronoun === "ها") found = ofGender;
    return found.length ? [found[found.length - 1].id] : [];
  }
  if (found.length < 2) return [];
  return pronoun === "هما" ? found.slice(-2).map((c) => c.id) : found.map((c) => c.id);
}

/** The first persons named in tokens [from, to), the subject left out, each with whether a feminine title stands before it. */
function candidatesIn(ctx: DocContext, from: number, to: number, subject: string): Candidate[] {
  const tokens = ctx.doc.tokens;
  const feminineTitle = eventLexicon().clauses.femininePerson;
  const out: Candidate[] = [];
  for (let k = from; k < to && out.length < CANDIDATES; k++) {
    const m = ctx.mentionAt[k];
    if (!m || m.tokenStart !== k || m.entity.type !== "PER" || m.entity.id === subject || out.some((c) => c.id === m.entity.id)) continue;
    let feminine = false;
    for (let j = k - 1; j >= Math.max(from, k - TITLE_REACH) && !feminine; j--) feminine = feminineTitle.test(tokens[j].core);
    out.push({ id: m.entity.id, feminine });
  }
  return out;
}

function countryOf(ctx: DocContext, id: string): string | null {
  const e = ctx.byId.get(id);
  return e ? entityCountry(e) : null;
}
