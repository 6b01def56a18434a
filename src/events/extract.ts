// Event stage: diplomatic interactions with participants, date, place and
// whether the article reports them (main) or mentions them as earlier ones.
//
// Over-coding is avoided (the GDELT/PETRARCH complaint): an event needs a trigger
// AND participants. Planned, future, negated or hypothetical interactions
// (ستعقد القمة، الاجتماع المقبل، اتفقا على عقد …، لم يلتق، في حال) and
// commemorations (الذكرى الـ20 لتوقيع …) are not events: the record holds what
// happened, and plans show up as agreements or statements instead.
import { personsOfRecalled, recalledGathering } from "./recalled-gatherings.js";
import { documentDrafters } from "./document-drafters.js";
import { partiesOfReference, partiesOutsideReferences, referencePhrase, type ReferencePhrase } from "./reference-events.js";
import { GREGORIAN_MONTHS } from "../text/dates.js";
import { foldChar, normalize, type NormalizedText } from "../text/normalize.js";
import type { Doc, Entity, Event, Token } from "../types.js";
import { ArticleMemo } from "./article-memo.js";
import { countedSeries, insideQuote, plannedClause, purposeOfDeparture, receivedUncarried, spokenOf, thingArrived, welcomeOnArrival } from "./clauses.js";
import { docContext, isPunct, lowerBound, sentenceIndexAt, textSpan, tokenIndexAt, type DocContext } from "./context.js";
import { entityCountry } from "./countries.js";
import { credentialPresentations } from "./credentials.js";
import { eventLexicon } from "./lexicon.js";
import { isStateName, opensClause, personCountry, resolveParticipants, stateOf, statesOfPair, type FocusState, type ParticipantResult } from "./participants.js";
import { anchorYear, articleAnchor, dateExpressions, mayHoldDate, type DateAnchor, type DateExpression } from "./relative-dates.js";
import { masdarSigners, signatories } from "./signatories.js";
import { sideHeads } from "./chairs.js";
import { titleReferences } from "./titles.js";
import { addDays } from "./iso-days.js";
import { findTriggers, type Trigger } from "./triggers.js";
import { frameGathering } from "./frame-gatherings.js";
import { dropHomecomings } from "./homecomings.js";
import { signedByUnnamedOfBoth, statesSigningBetween } from "./unnamed-signers.js";
import { carriedGreetings, greetingsMeeting } from "./greetings.js";
import { anyWordIs, DURING, FUTURE_PREFIX, genericBefore, INVITATION, INVITATION_GOAL, IRREALIS_AFTER, IRREALIS_BEFORE, PAST_MARKER_END, PERSON_TITLE, PLAN_BEFORE, PLUPERFECT, SUBJUNCTIVE, TAKING_PART, wordIs } from "./word-classes.js";

/** What a bare الاجتماع، اللقاء، المحادثات can point back to besides a meeting: a round, a summit, a video call. */
const GATHERINGS = new Set<Event["type"]>(["consultation", "multilateral", "video_call"]);

/** Types that make sense with one named participant (a delegation at a summit, a visitor). */
const SOLO_TYPES = new Set<Event["type"]>(["multilateral", "visit"]);

export interface EventAnalysis {
  events: Event[];
  anchor: DateAnchor;
  /** Date expressions of sentence i (dateline excluded), computed on demand. */
  datesOf: (sentence: number) => DateExpression[];
  /** The main event's participants (for الجانبان in agreements). */
  mainParticipants: string[];
  mainDate: string | null;
}

const cache = new ArticleMemo<DocContext, EventAnalysis>();

/** Event stage: diplomatic interactions with participants, date and place. */
export function extractEvents(doc: Doc, entities: Entity[]): Event[] {
  return analyseEvents(docContext(doc, entities)).events;
}

export function analyseEvents(ctx: DocContext): EventAnalysis {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const anchor = articleAnchor(ctx.doc.article);
  const triggers = findTriggers(ctx)
    .filter((t) => !isIrrealis(ctx, t) && !inLaterYear(ctx, t, anchor) && !remoteField(ctx, t))
    // اجتماع وزاري … بمشاركة ممثلين عن نحو 90 دولة: a meeting of many states is a gathering, with one named delegate.
    .map((t): Trigger => (t.type === "meeting" && ofManyStates(ctx, t) ? { ...t, type: "multilateral" } : t))
    // استعرضا نتائج اجتماع كينشاسا الذي عقد برعاية X وشارك فيه الوزيران: a gathering recalled.
    .map((t): Trigger => (t.type === "meeting" && recalledGathering(ctx, t) ? { ...t, type: "multilateral" } : t));

  // Pass 1: the pair the article is about, from events whose participants are named.
  const focus: FocusState = { pair: [], history: [] };
  // Pass 2 asks again for the same triggers: a result the pair in focus played no part in is kept.
  const firstPass: (ParticipantResult | undefined)[] = [];
  for (const [i, t] of triggers.entries()) {
    const p = resolveParticipants(ctx, t.type, t.sentence, t.tokenStart, t.tokenEnd, focus);
    if (p.focusFree) firstPass[i] = p;
    const persons = p.ids.filter((id) => ctx.byId.get(id)?.type === "PER");
    if (t.type !== "visit" && persons.length === 2 && !p.viaReference) {
      focus.pair = persons;
      break;
    }
  }

  // Pass 2: every trigger, references resolved against the pair in focus.
  const datesOf = sentenceDates(ctx, anchor);
  const events: Event[] = [];
  let previousDate: string | null = null;
  const dl = ctx.doc.article.dateline;
  // Read only when an item has no day of its own (most wire reports never ask).
  let datelineRead: string | null | undefined;
  const datelineDay = () => (datelineRead === undefined ? (datelineRead = dl ? datelineDate(ctx, dl, anchor) : null) : datelineRead);
  const datelineText = dl ? ctx.text.slice(dl.start, dl.end) : null;
  // Sentences that refer back to an event (على هامش القمة، عقب المحادثات): what happens there happens that day.
  const framedBy = new Map<number, Event>();
  // A gathering reported with no named delegate yet (أعمال الدورة … لاجتماع وزراء خارجية الدول الأعضاء): a later
  // الاجتماع that names them is that gathering.
  let unnamedGathering = false;
  // Signings by unnamed officials of both states (وقعها الوزراء المختصون في البلدين): the states' own, kept beside the leaders'.
  const signedByStates = new Set<Trigger>();
  const statesSigned = new Set<Event>();
  for (let [i, t] of triggers.entries()) {
    let p = firstPass[i] ?? resolveParticipants(ctx, t.type, t.sentence, t.tokenStart, t.tokenEnd, focus);
    // (وقع الجانبان على مذكرتي تفاهم، وقعهما عن الجانب … X: the pair word gives way to the signatories named)
    if (t.type === "signing" && (!p.ids.some((id) => ctx.byId.get(id)?.type === "PER") || witnessed(ctx, t) || (p.viaReference && !p.namedPerson))) {
      // وقعت قطر وسوريا مذكرة … وقعها عن الجانب القطري X، شهد الرئيسان توقيع … ووقع الاتفاقية عن
      // الجانب … X: the persons who signed for the states or before the witnesses; وقع الجانبان على
      // مذكرتي تفاهم، وقعهما عن الجانب … X: the sides are those who signed, not the pair in focus.
      // (شهد X وY توقيع A وB على …: the signers the verbal noun names, where no signing verb names them after)
      let persons = signatories(ctx, t, focus);
      if (!persons.length && witnessed(ctx, t)) persons = masdarSigners(ctx, t, focus);
      if (persons.length) p = { ...p, ids: persons, initiator: null, namedPerson: true };
      // شهد الزعيمان توقيع مذكرة تفاهم رباعية بين تركيا والعراق وقطر والإمارات: the states, not the witnesses.
      const states = !persons.length && witnessed(ctx, t) ? statesSigningBetween(ctx, t) : [];
      if (states.length) {
        p = { ...p, ids: states, initiator: null, namedPerson: false, pairs: null };
        signedByStates.add(t);
      }
    }
    if (t.type === "signing" && signedByUnnamedOfBoth(ctx.doc.tokens, t.tokenStart, t.tokenEnd)) {
      // وقع وزراء البلدين 24 مذكرة؛ …، وقعها الوزراء المختصون في البلدين: the two states of the sentence's pair (else the pair in focus).
      const persons = p.ids.filter((id) => ctx.byId.get(id)?.type === "PER");
      const states = statesOfPair(ctx, persons.length === 2 ? persons : focus.pair);
      if (states.length === 2) {
        p = { ...p, ids: states, initiator: null, namedPerson: false, viaReference: true };
        signedByStates.add(t);
      }
    }
    // وقعت مصر على مسودة الاتفاق التي أعدتها الولايات المتحدة والبنك الدولي: the drafters signed nothing;
    // the one left signed alone (an initialling, an accession).
    let signedAlone = false;
    if (t.type === "signing") {
      const drafters = documentDrafters(ctx, t);
      const ids = p.ids.filter((id) => !drafters.has(id));
      if (ids.length && ids.length < p.ids.length) p = { ...p, ids, initiator: p.initiator && ids.includes(p.initiator) ? p.initiator : null, pairs: null, hubPairs: null };
      signedAlone = drafters.size > 0 && ids.length === 1;
    }
    if (t.type === "consultation" && !p.ids.some((id) => ctx.byId.get(id)?.type === "PER")) {
      // جولة المشاورات … بين وزارة الخارجية القطرية ووزارة الخارجية الباكستانية. ترأس الجانب القطري X، فيما ترأست الجانب الباكستاني Y.
      const heads = sideHeads(ctx, t, focus);
      if (heads.length) p = { ...p, ids: heads, initiator: null, namedPerson: true };
    }
    if (t.type === "message") {
      // كما بعث X ببرقية مماثلة: to the recipient(s) of the message before.
      const pairs = similarMessagePairs(ctx, t, p.ids, events);
      if (pairs) p = { ...p, ids: [...new Set(pairs.flat())], pairs, initiator: pairs[0][0] };
    }
    if (t.type === "message") {
      // تسلم X رسالة خطية من A إلى B (نقلها Y): the letter's writer and addressee, not the one handed it.
      const pair = fromTo(ctx, t);
      if (pair) p = { ...p, ids: pair, initiator: pair[0], pairs: null };
    }
    if (t.type === "message" || t.type === "phone_call") {
      // كما تلقى اتصالا مماثلا من X: the one who received the call (message) before hears from X.
      const pairs = similarReceivedPairs(ctx, t, p.ids, events);
      if (pairs) p = { ...p, ids: [...new Set(pairs.flat())], pairs, initiator: pairs[0][0] };
    }
    // يذكر أن X استقبل Y …، بعد أيام من توقيع ميثاق …: the signing's parties are its phrase's, none here.
    // (and التقى X Y، في أعقاب زيارة قام بها Z: Z is the visit's, not the meeting's)
    const reference = referencePhrase(ctx, t, triggers);
    const framedPhrases = triggers.filter((o) => o.sentence === t.sentence && o !== t).map((o) => referencePhrase(ctx, o, triggers)).filter((r): r is ReferencePhrase => !!r?.framed);
    if ((reference?.framed && !isAnaphoric(ctx, t)) || framedPhrases.length) {
      const ids = reference?.framed && !isAnaphoric(ctx, t) ? partiesOfReference(ctx, t, reference, p.ids) : partiesOutsideReferences(ctx, t, framedPhrases, p.ids);
      if (ids.length !== p.ids.length) p = { ...p, ids, initiator: p.initiator && ids.includes(p.initiator) ? p.initiator : null, pairs: null, hubPairs: null };
    }
    const recalled = t.type === "multilateral" ? recalledGathering(ctx, t) : null;
    if (recalled) {
      // (its sponsor and those who took part: شارك فيه الوزيران resolves to the pair the resolution gave)
      const ids = [...new Set([...personsOfRecalled(ctx, recalled), ...p.ids.filter((id) => ctx.byId.get(id)?.type === "PER")])];
      if (ids.length) p = { ...p, ids, initiator: null, namedPerson: true, pairs: null, hubPairs: null };
    }
    if (t.type === "multilateral" && !p.namedPerson && !isAnaphoric(ctx, t)) unnamedGathering = true;
    // (one person before a noun pointing back may be a delegate of the gathering it points to: في كلمته أمام الاجتماع)
    const lone = p.ids.length < 2 && !SOLO_TYPES.has(t.type) && !signedAlone;
    if (p.ids.length === 0 || (lone && !(isAnaphoric(ctx, t) && delegateOf(ctx.doc.tokens, t)))) continue;
    // A gathering named in what its one person says (not القمة pointing back: a speaker there is a delegate).
    if (spokenOf(ctx, t, p.ids) && !isAnaphoric(ctx, t)) continue;
    if (t.type === "message" && (duringOther(ctx, t, triggers) || sameMessageAgain(ctx, t, events))) continue;
    // وكتب X في تغريدة: «سعدت باستقبال أخي الرئيس Y … وتوقيع اتفاقية …»: the speaker tells of what the report told already.
    // وكتب X: «سعدت … بتوقيع اتفاقية …»: a signing reported already, told again in its signer's or witness's words.
    if (insideQuote(ctx, t) && events.some((e) => e.type === t.type && (e.main || e.type === "signing"))) continue;
    const gathering = isAnaphoric(ctx, t) ? gatheringBehind(ctx, t, triggers, events, unnamedGathering, focus) : null;
    if (gathering) {
      // وترأس الاجتماع X، بمشاركة Y؛ وشارك في الاجتماع، الذي ترأسه X، كل من A وB وC: the gathering itself.
      [t, p] = [{ ...t, type: "multilateral" }, gathering];
      unnamedGathering = false;
    } else if (isAnaphoric(ctx, t)) {
      // الاجتماع، القمة، هذه المذكرة: the event reported already, unless it brings new participants.
      const earlier = [...events].reverse().find((e) => e.type === t.type || (t.type === "meeting" && GATHERINGS.has(e.type)));
      const sameSentence = triggers.some((o) => o !== t && o.sentence === t.sentence && !isAnaphoric(ctx, o));
      if (sameSentence) {
        const frame = earlier ?? [...events].reverse().find((e) => e.main);
        if (frame) framedBy.set(t.sentence, frame);
        // بوتين في قمة «بريكس» (the headline) … شارك بوتين، يوم الخميس 23 يونيو 2022، في أعمال القمة: the day the body writes.
        if (frame && !frame.date && frame.type === t.type) {
          const day = writtenDay(ctx, t, datesOf(t.sentence));
          if (day) [frame.date, frame.date_text] = [day.date, day.text];
        }
        // وشارك في القمة X وY، فيما …: the delegates it names, whatever else the sentence reports.
        if (frame?.type === "multilateral" && t.type === "multilateral" && takingPartIn(ctx.doc.tokens, t)) {
          for (const id of p.ids) if (!frame.participants.includes(id)) frame.participants.push(id);
        }
        continue;
      }
      if (earlier && (t.type === "multilateral" || (earlier.type === "multilateral" && meetingNounGathering(ctx, t, earlier)))) {
        // A delegate named again (في ختام القمة … X); a state or document name (إعلان الرياض) adds nobody.
        // وشارك في رئاسة الاجتماع X، فيما حضره Y: the gathering's, those attending too.
        const q = t.type === "multilateral" ? p : resolveParticipants(ctx, "multilateral", t.sentence, t.tokenStart, t.tokenEnd, focus);
        for (const id of q.ids) if (ctx.byId.get(id)?.type === "PER" && !earlier.participants.includes(id)) earlier.participants.push(id);
        const day = !earlier.date && earlier.type === t.type ? writtenDay(ctx, t, datesOf(t.sentence)) : null;
        if (day) [earlier.date, earlier.date_text] = [day.date, day.text];
        continue;
      }
      const seen = events.some((e) => p.ids.every((id) => e.participants.includes(id)));
      if (earlier || seen || lone) continue;
    }
    const s = ctx.doc.sentences[t.sentence];
    // في اليوم نفسه: the day of the event before.
    const dates = datesOf(t.sentence).map((d) => (d.kind === "same_day" ? { ...d, date: previousDate } : d));
    // وتأتي زيارة X بعد اتصال هاتفي … في 23 مايو: a day after an event the trigger is set after (or before) is that one's.
    const beyond = (d: DateExpression) =>
      triggers.some((o) => o !== t && o.sentence === t.sentence && o.tokenStart >= t.tokenEnd && o.span.end <= d.start && sequenced(ctx.doc.tokens, t.tokenEnd, o.tokenStart));
    // (an event named as a reference takes a day its own phrase writes, not that of the event it dates)
    const outsideReference = (d: DateExpression) => !!reference && (d.start < ctx.doc.tokens[reference.word].start || d.start >= (ctx.doc.tokens[reference.end - 1]?.end ?? 0));
    const own = nearestDate(dates.filter((d) => !inRelativeClause(ctx, d, t) && !farClause(ctx, d, t) && !beyond(d) && !ofReferenceEvent(ctx, d, t) && !untilDate(ctx, d) && !outsideReference(d)), t, s.start);
    // المقررة السبت المقبل، غدا: an event dated after the report is a plan, not an event.
    if (own?.date && anchor.candidates[0] && own.date > anchor.candidates[0]) continue;
    let past = isPast(ctx, t, own, anchor);
    // (the event another of the sentence is dated by happened before or after it, not as the news)
    if ((reference?.framed && !isAnaphoric(ctx, t)) || recalled) past = true;
    // ووقع البلدان خلالها …، استقبله خلالها …: during the event before it in the sentence, earlier if that one was.
    const during = duringEarlier(ctx, t, events);
    if (during && !during.main) past = true;
    // …كانا قد ترأسا يوم 15 نونبر 2018 حفل … خلال زيارة قام بها X. وقد أجرى قائدا البلدين، بهذه المناسبة، مباحثات: on that earlier occasion.
    const occasion = !own && !during ? earlierOccasion(ctx, t, events) : null;
    let date = own?.date ?? null;
    let dateText = own?.text ?? null;
    if (occasion) {
      past = true;
      [date, dateText] = [occasion.date, occasion.date_text];
    }
    // وكان X قد استقبل الوزراء قبيل انعقاد الاجتماع، على هامش القمة: on the day of the gathering reported before.
    const around = !own ? aroundGathering(ctx, t, events) : null;
    if (around?.date) {
      past = !around.main;
      [date, dateText] = [around.date, around.date_text];
    }
    // (only where the pluperfect alone made it earlier: not المؤتمر السابق عام 2022)
    const lead = !own && !around?.date && past && !during && !isPast(ctx, t, own, anchor, false) ? gatheringOfLead(ctx, t, datesOf, anchor) : null;
    if (lead) {
      // وكان الرئيس قد افتتح أعمال المؤتمر … after "مؤتمر القاهرة … الذي اختتم أعماله أمس": the lead's gathering, on its day.
      past = false;
      [date, dateText] = [lead.date, lead.text];
    }
    // وكان X تلقى أيضا برقية من Y … . وأفادت الوكالة بأن Y بعث بالبرقية إلى X مساء أمس: the day the next sentence gives the cable.
    const retold = t.type === "message" && !own && !during && !occasion && !around?.date ? messageRetoldDay(ctx, t, datesOf) : null;
    if (retold?.date) [date, dateText] = [retold.date, retold.text];
    if (!own && !past && !retold?.date) {
      // The day the text last fixed (the lead's "اليوم (الخميس)") dates what it reports next.
      const ctxDate = lastDayBefore(datesOf, t.sentence, t.span.start, ctx, anchor);
      if (ctxDate?.date) {
        date = ctxDate.date;
        dateText = ctxDate.text;
      } else if (datelineDay()) {
        // "الدوحة في 01 ديسمبر /قنا/ بعث …": an agency dateline that writes the day dates the
        // release's items (a bare place or a month alone does not).
        date = datelineDay();
        dateText = datelineText;
      }
    }
    if (t.type === "multilateral" && !past) {
      // وشارك في القمة الخليجية X: a delegate of the summit the body reported already.
      const title = headlineSentence(ctx);
      const same = events.find((e) => e.type === "multilateral" && e.main && e.evidence.start !== title?.start && namesSameGathering(ctx, t, e));
      if (same) {
        for (const id of p.ids) if (!same.participants.includes(id)) same.participants.push(id);
        if (!same.date && date) [same.date, same.date_text] = [date, dateText];
        continue;
      }
    }
    // ويقوم X، منذ أمس الثلاثاء، بزيارة …: the day a stay began is no day "في اليوم ذاته" points back to.
    if (date && !(own && SINCE_BEFORE.test(ctx.text.slice(Math.max(0, own.start - 8), own.start)))) previousDate = date;
    const persons = p.ids.filter((id) => ctx.byId.get(id)?.type === "PER");
    let type = twoPartyType(ctx, t, p.ids.length === 2 && persons.length === 2);
    if (type === "video_call") {
      // وشارك في القمة X …، واكتفى Y بالمشاركة عبر تقنية الفيديو: a delegate of the summit by video;
      // several leaders by video are a summit of their own.
      const frame = framedBy.get(t.sentence);
      if (frame?.type === "multilateral" && anyWordIs(ctx.doc.tokens, s.tokenStart, s.tokenEnd, TAKING_PART)) {
        for (const id of p.ids) if (!frame.participants.includes(id)) frame.participants.push(id);
        continue;
      }
      if (persons.length > 2) type = "multilateral";
    }
    if (type === "meeting" && gatheringOfStates(ctx, t, persons, p.ids)) type = "multilateral";
    if (persons.length === 2 && !past && type !== "visit") {
      if (focus.pair.length === 2 && focus.pair.join() !== persons.join()) focus.history!.push(focus.pair);
      focus.pair = persons;
    }
    if (persons.length >= 3) (focus.groups ??= []).push(persons);
    if (t.type === "multilateral" && !p.namedPerson) continue;
    const lex = eventLexicon();
    // Several senders of one message are one event each, the sender initiating.
    // An encounter of three persons or more, not a gathering: the one who met or called, with each other (participants.ts eachOther).
    const pairs = p.pairs ?? (type === "meeting" || type === "phone_call" || type === "video_call" ? p.hubPairs : null);
    const parties: (readonly [string[], string | null])[] = pairs ? pairs.map(([a, b]) => [[a, b], a] as const) : [[p.ids, p.initiator]];
    for (const [ids, initiator] of parties) {
    events.push({
      id: "",
      type,
      participants: [...ids],
      initiator,
      date,
      date_text: dateText,
      place: p.place,
      main: !past,
      plover: { ...lex.plover[type] },
      trigger: triggerText(ctx, t),
      evidence: textSpan(ctx.text, s),
      confidence: round(t.conf * (p.viaReference ? 0.85 : 1) * (p.ids.length >= 2 ? 1 : 0.8)),
    });
    if (signedByStates.has(t)) statesSigned.add(events[events.length - 1]);
    }
  }
  for (const c of credentialPresentations(ctx)) {
    // Each ambassador presenting credentials meets the head of state (one meeting each).
    const sent = ctx.doc.sentences[c.sentence];
    const day = lastDayBefore(datesOf, c.sentence, sent.end, ctx, anchor);
    const verb = ctx.doc.tokens[c.verb];
    const earlier = ctx.doc.tokens[c.verb - 1]?.core === "قد";
    events.push({
      id: "",
      type: "meeting",
      participants: [c.receiver, c.ambassador],
      initiator: null,
      date: day?.date ?? datelineDay(),
      date_text: day?.date ? day.text : datelineDay() ? datelineText : null,
      place: null,
      main: !earlier,
      plover: { ...eventLexicon().plover.meeting },
      trigger: { start: verb.start, end: verb.end, text: verb.text },
      evidence: textSpan(ctx.text, sent),
      confidence: 0.8,
    });
  }
  for (const g of carriedGreetings(ctx)) {
    // ونقل X إلى الرئيس Y تحيات الرئيس Z: a message from Z to Y, at the meeting they are carried to.
    const at = greetingsMeeting(ctx, g, events);
    const recipient = at?.recipient ?? g.recipient;
    // (تحيات أمير الكويت وولي عهده الشيخ Z: one message from each sender)
    for (const sender of g.senders) {
    if (!recipient || recipient === sender || events.some((e) => e.type === "message" && e.participants.includes(sender) && e.participants.includes(recipient))) continue;
    const sent = ctx.doc.sentences[g.sentence];
    const verb = ctx.doc.tokens[g.verb];
    const day = at ? null : lastDayBefore(datesOf, g.sentence, sent.end, ctx, anchor);
    events.push({
      id: "",
      type: "message",
      participants: [sender, recipient],
      initiator: sender,
      date: at ? at.meeting.date : day?.date ?? null,
      date_text: at ? at.meeting.date_text : day?.date ? day.text : null,
      place: null,
      main: at ? at.meeting.main : true,
      plover: { ...eventLexicon().plover.message },
      trigger: { start: verb.start, end: verb.end, text: verb.text },
      evidence: textSpan(ctx.text, sent),
      confidence: 0.7,
    });
    }
  }
  const headline = headlineVisit(ctx);
  if (headline) {
    // بارو في الجزائر … أعلن بارو الأحد من الجزائر بعد لقاء مع تبون: the visit of the day the lead reports.
    const lead = events.find((e) => e.main && e.date);
    if (lead) [headline.date, headline.date_text] = [lead.date, lead.date_text];
    events.push(headline);
  }
  for (const e of events) {
    const frame = framedBy.get(sentenceOfEvidence(ctx, e));
    if (frame && frame !== e && !e.date && frame.date && e.main) {
      e.date = frame.date;
      e.date_text = frame.date_text;
    }
  }
  const frame = frameGathering(ctx, events);
  if (frame) events.push(frame);
  const merged = dropHomecomings(ctx, mergeDuplicates(dropMeetingBesideMode(mergeSameGathering(ctx, dropPartOfSummit(dropStatesBesidePersons(ctx, dropHeadlineRepeats(ctx, events), statesSigned))))));
  const main = merged.find((e) => e.main) ?? null;
  if (main) {
    // An event dated before the main one is an earlier interaction the article recalls; a visit
    // that began a day or two before is the one the main event belongs to.
    for (const e of merged) {
      if (e === main || !e.date || !main.date || e.date >= main.date) continue;
      if (e.type === "visit" && e.main && addDays(e.date, VISIT_ARRIVAL_DAYS) >= main.date) continue;
      e.main = false;
    }
  }
  merged.forEach((e, i) => (e.id = `ev${i + 1}`));
  const result: EventAnalysis = {
    events: merged,
    anchor,
    datesOf,
    mainParticipants: main?.participants ?? focus.pair,
    mainDate: main?.date ?? null,
  };
  cache.set(ctx, result);
  return result;
}

function sentenceOfEvidence(ctx: DocContext, e: Event): number {
  return ctx.doc.sentences.findIndex((s) => s.start === e.evidence.start);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The trigger as shown: a phrase that spans its subject (وقع X وY، اليوم في موسكو، مذكرة) is cut to its verb. */
function triggerText(ctx: DocContext, t: Trigger): Event["trigger"] {
  if (t.tokenEnd - t.tokenStart <= 6) return t.span;
  const first = ctx.doc.tokens[t.tokenStart];
  return { start: first.start, end: first.end, text: first.text };
}

/**
 * "كما بعث X ببرقية مماثلة": a message like the one before, with no recipient of its own
 * (no إلى after it), goes from each person of its sentence to the earlier one's recipients.
 */
function similarMessagePairs(ctx: DocContext, t: Trigger, ids: string[], events: Event[]): [string, string][] | null {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  let similar = -1;
  for (let k = t.tokenStart; k < Math.min(s.tokenEnd, t.tokenEnd + 4); k++) if (lex.similarMessage.test(tokens[k].norm)) similar = k;
  if (similar < 0) return null;
  // كما بعث X برقية مماثلة لصاحب السمو الشيخ Y: the addressee is written (لـ before the name or its titles), not the one before.
  if (tokens[similar + 1] && /^و?ل/u.test(tokens[similar + 1].norm) && personWithin(ctx, similar + 1, Math.min(s.tokenEnd, similar + 5))) return null;
  for (let k = t.tokenEnd; k < s.tokenEnd; k++) if (tokens[k].norm === "الي") return null;
  const before = [...events].reverse().find((e) => e.type === "message");
  if (!before) return null;
  // وبعث X برقيتي تهنئة إلى A وB. كما بعث Y برقيتي تهنئة مماثلتين: to each recipient of the one before (one event each).
  const sender = before.initiator ?? before.participants[0];
  const recipients = [
    ...new Set(
      events
        .filter((e) => e.type === "message" && e.evidence.start === before.evidence.start && (e.initiator ?? e.participants[0]) === sender)
        .flatMap((e) => e.participants.filter((id) => id !== sender)),
    ),
  ];
  const senders = ids.filter((id) => ctx.byId.get(id)?.type === "PER" && !recipients.includes(id));
  if (!senders.length || !recipients.length) return null;
  return senders.flatMap((a) => recipients.map((b): [string, string] => [a, b]));
}

/**
 * "كما تلقى اتصالا مماثلا من X": a call or message like the one before, received by one the sentence
 * does not name (no person before the trigger's "similar"), comes from each person named to the one
 * who received the one before; so do cables whose senders alone are written (وأبرق مهنئا كل من A، وB).
 */
function similarReceivedPairs(ctx: DocContext, t: Trigger, ids: string[], events: Event[]): [string, string][] | null {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  let similar = -1;
  if (RECEIVING_VERB.test(tokens[t.tokenStart].norm)) {
    for (let k = t.tokenStart; k < Math.min(s.tokenEnd, t.tokenEnd + 3); k++) if (lex.similarMessage.test(tokens[k].norm)) similar = k;
  } else if (t.type === "message" && SENDING_VERB.test(tokens[t.tokenStart].norm)) {
    // وأبرق مهنئا كل من A، وB: the senders listed as the verb's subject, the addressee the one before (no إلى).
    for (let k = t.tokenStart + 1; k < Math.min(s.tokenEnd - 1, t.tokenStart + 4); k++) if (EACH.test(tokens[k].norm) && tokens[k + 1].norm === "من") similar = k;
    for (let k = t.tokenEnd; k < s.tokenEnd; k++) if (tokens[k].norm === "الي") return null;
  }
  if (similar < 0) return null;
  // (كما تلقى الرئيس X اتصالا مماثلا: the receiver is written)
  for (let k = s.tokenStart; k < similar; k++) if (ctx.mentionAt[k]?.entity.type === "PER") return null;
  const before = [...events].reverse().find((e) => (e.type === "message" || e.type === "phone_call") && e.initiator && e.participants.length === 2);
  if (!before) return null;
  const receiver = before.participants.find((id) => id !== before.initiator)!;
  const senders = ids.filter((id) => ctx.byId.get(id)?.type === "PER" && id !== receiver);
  if (!senders.length) return null;
  return senders.map((a): [string, string] => [a, receiver]);
}

/** كل، كلا (before من: each of). */
const EACH = /^[و]?(?:كل|كلا)$/u;

/** تلقى، تسلم (folded, the perfect only). */
const RECEIVING_VERB = /^[وف]?(?:تلقي|تلقت|تسلم|تسلمت)$/u;

/** منذ right before a date: the start of a stretch of time. */
const SINCE_BEFORE = /منذ\s*$/u;

/** A sending verb before a definite message noun (بعث بالبرقية، وجه الرسالة) within this many words. */
const RETOLD_REACH = 3;

/**
 * The day the sentence after a message's names for it again: a definite message noun after a sending verb
 * (بعث بالبرقية، وجه الرسالة، أرسل البرقية) with a day of its own in that sentence (مساء أمس، يوم 9 يناير).
 */
function messageRetoldDay(ctx: DocContext, t: Trigger, datesOf: (i: number) => DateExpression[]): DateExpression | null {
  const next = ctx.doc.sentences[t.sentence + 1];
  if (!next) return null;
  const tokens = ctx.doc.tokens;
  for (let k = next.tokenStart; k < next.tokenEnd; k++) {
    if (!RETOLD_NOUN.test(tokens[k].norm)) continue;
    let sent = false;
    for (let j = Math.max(next.tokenStart, k - RETOLD_REACH); j < k; j++) if (SENDING_VERB.test(tokens[j].norm)) sent = true;
    if (!sent) continue;
    const day = datesOf(t.sentence + 1).find((d) => d.date && d.start > tokens[k].start);
    return day ?? null;
  }
  return null;
}

/** البرقية، بالبرقية، الرسالة، بالرسالة (folded). */
const RETOLD_NOUN = /^[وفب]?(?:ال)(?:برقيه|رساله)$/u;
/** بعث، وجه، أرسل (folded, the perfect only). */
const SENDING_VERB = /^[وف]?(?:بعث|بعثت|وجه|وجهت|ارسل|ارسلت|ابرق|ابرقت)$/u;

/** Whether a person's name begins in tokens [from, to). */
function personWithin(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.mentionAt[k]?.entity.type === "PER" && ctx.mentionAt[k]!.tokenStart === k) return true;
  return false;
}

/** The gathering's name (القمة الخليجية، المؤتمر الدولي) is written again in the earlier event's sentence. */
function namesSameGathering(ctx: DocContext, t: Trigger, e: Event): boolean {
  const tokens = ctx.doc.tokens;
  const last = tokens[t.tokenEnd - 1];
  const next = tokens[t.tokenEnd];
  if (!last.core.startsWith("ال")) return false;
  const name = next && next.sentence === t.sentence && next.core.startsWith("ال") ? `${last.bare} ${next.core}` : null;
  if (!name) return false;
  return normalize(e.evidence.text).includes(name);
}

/** The event reported earlier in the trigger's sentence when the trigger says it happened during it (خلالها، خلاله). */
function duringEarlier(ctx: DocContext, t: Trigger, events: Event[]): Event | null {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  if (!anyWordIs(tokens, Math.max(s.tokenStart, t.tokenStart - 3), Math.min(s.tokenEnd, t.tokenEnd + 3), DURING)) return null;
  for (let i = events.length - 1; i >= 0; i--) if (events[i].evidence.start === s.start) return events[i];
  return null;
}

/** بهذه المناسبة، وبالمناسبة ذاتها (folded): on the occasion the sentence before told of. */
const THIS_OCCASION = /^[وف]?(?:بهذه|بالمناسبه)$/u;

/**
 * The earlier event (not the report's news) of the sentence before, when the trigger's clause says it
 * happened on that occasion (، بهذه المناسبة، …): it is part of that past occasion, with its day.
 */
function earlierOccasion(ctx: DocContext, t: Trigger, events: Event[]): Event | null {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  let said = false;
  for (let k = Math.max(s.tokenStart, t.tokenStart - 6); k < Math.min(s.tokenEnd, t.tokenEnd + 6) && !said; k++) {
    said = THIS_OCCASION.test(tokens[k].norm) && (tokens[k].norm.endsWith("مناسبه") || tokens[k + 1]?.core === "المناسبه");
  }
  if (!said || t.sentence === 0) return null;
  const before = ctx.doc.sentences[t.sentence - 1];
  const last = [...events].reverse().find((e) => e.evidence.start === before.start);
  return last && !last.main ? last : null;
}

/**
 * The gathering reported earlier that the trigger's clause sets it beside (قبيل انعقاد الاجتماع،
 * على هامش أعمال القمة), or null: a word setting it beside one within twelve words after the trigger (no
 * sentence stop between) or at the head of its sentence (وعلى هامش المؤتمر، استقبل …), then a definite
 * gathering noun pointing back.
 */
function aroundGathering(ctx: DocContext, t: Trigger, events: Event[]): Event | null {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  // قبيل، عقب، على هامش + (انعقاد، أعمال) الاجتماع، القمة: see "beside_gathering" in events.json.
  const { besideGathering } = eventLexicon();
  // …، على هامش القمة after the trigger; وعلى هامش المؤتمر، استقبل … at the head of its sentence, before it.
  for (let k = s.tokenStart; k < Math.min(t.tokenStart, s.tokenStart + GATHERING_HEAD); k++) {
    if (isPunct(tokens[k])) break;
    if (besideGathering.test(tokens[k].norm)) return gatheringAt(tokens, k, events);
  }
  for (let k = t.tokenEnd; k < Math.min(s.tokenEnd, t.tokenEnd + 12); k++) {
    if (PUNCT_STOP_WORDS.has(tokens[k].text)) break;
    if (besideGathering.test(tokens[k].norm)) return gatheringAt(tokens, k, events);
  }
  return null;
}

/** How many words into its sentence a gathering framing it (وعلى هامش المؤتمر،) may start. */
const GATHERING_HEAD = 3;

/** The gathering reported before that the words after a beside-word at k (هامش أعمال القمة) name, if any. */
function gatheringAt(tokens: Token[], k: number, events: Event[]): Event | null {
  const { gatheringStage, gatheringRef } = eventLexicon();
  let n = k + 1;
  if (gatheringStage.test(tokens[n]?.norm ?? "")) n++;
  if (!gatheringRef.test(tokens[n]?.norm ?? "")) return null;
  // A summit, conference or forum is a multilateral event; a meeting (الاجتماع) may be either.
  const meeting = /اجتماع/u.test(tokens[n].norm);
  return [...events].reverse().find((e) => e.type === "multilateral" || (meeting && e.type === "meeting")) ?? null;
}
const PUNCT_STOP_WORDS = new Set([".", "؛", ";", ":", "!", "?", "؟"]);

/**
 * العمل عن بعد، التعليم عن بعد، المشاركة عن بعد: "عن بعد" after a definite noun that names no
 * event (no trigger starts with it) qualifies that activity — a field of work, a ministry's
 * title, taking part remotely — and is no video link (اجتماعا عن بعد، الاجتماع عن بعد are).
 */
function remoteField(ctx: DocContext, t: Trigger): boolean {
  if (t.type !== "video_call" || t.tokenEnd - t.tokenStart !== 2 || ctx.doc.tokens[t.tokenStart].norm !== "عن") return false;
  const prev = ctx.doc.tokens[t.tokenStart - 1];
  if (!prev || prev.sentence !== t.sentence || ctx.mentionAt[prev.i] || !prev.core.startsWith("ال")) return false;
  return !eventLexicon().triggers.some((x) => x.first.test(prev.norm));
}

/**
 * شهد المسؤولان توقيع …، وشهد سموه والرئيس الكيني، عقب المباحثات، توقيع …: a witness verb before the
 * signing noun, with its subject and a time phrase set off by commas between. The subject may be two
 * leaders with their full titles and a palace's blessing in quotes (شهد صاحب السمو الشيخ X رئيس الدولة
 * "حفظه الله" وفخامة الرئيس Y رئيس جمهورية Z، اليوم في قصر …، توقيع …).
 */
function witnessed(ctx: DocContext, t: Trigger): boolean {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  for (let k = t.tokenStart - 1; k >= Math.max(ctx.doc.sentences[t.sentence].tokenStart, t.tokenStart - WITNESS_REACH); k--) {
    // (past the leaders' titles, "حفظه الله" in quotes or dashes, the day and the palace)
    if (isPunct(tokens[k]) && !WITNESS_PUNCT.has(tokens[k].text)) return false;
    if (lex.witness.test(tokens[k].norm)) return true;
    // وقع X …، شهد …: another signing's verb in between is that one's.
    if (lex.signatoryVerb.test(tokens[k].norm)) return false;
  }
  return false;
}

/** How far before a signing noun its witness verb may stand: two leaders with their full titles, a day and a place. */
const WITNESS_REACH = 32;
/** Punctuation a witness verb's subject may hold: commas, quotation marks, brackets and dashes around a formula (حفظه الله) or a name. */
const WITNESS_PUNCT = new Set(["،", ",", '"', "«", "»", "“", "”", "(", ")", "-", "–", "—"]);

/** A full date written in the trigger's own clause (not a relative clause's, not another clause's), or null. */
function writtenDay(ctx: DocContext, t: Trigger, dates: DateExpression[]): DateExpression | null {
  const s = ctx.doc.sentences[t.sentence];
  const own = nearestDate(dates.filter((d) => d.kind === "absolute" && d.date && !inRelativeClause(ctx, d, t) && !farClause(ctx, d, t)), t, s.start);
  return own?.date ? own : null;
}

/** ترأس، رأس (folded, و/ف allowed): chairing what follows. */
const CHAIRED = /^[وف]?(?:تراس|تراست|راس|راست|يتراس|تتراس)$/u;

/**
 * في كلمته أمام الاجتماع، وشارك في الاجتماع، وترأس الاجتماع: the one person of the clause addresses, attends or
 * chairs the gathering the noun points back to (not قاطع الاجتماع: who stayed away).
 */
function delegateOf(tokens: Token[], t: Trigger): boolean {
  const prev = tokens[t.tokenStart - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  return prev.norm === "امام" || CHAIRED.test(prev.norm) || takingPartIn(tokens, t);
}

/** بعد، قبل between two triggers: the second is another time's (وتأتي الزيارة بعد أيام من اتصال …). */
function sequenced(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].norm === "بعد" || tokens[k].norm === "قبل") return true;
  return false;
}

/** شارك في القمة، بمشاركته في الاجتماع: a word of taking part right before the trigger (في between). */
function takingPartIn(tokens: Token[], t: Trigger): boolean {
  const prev = tokens[t.tokenStart - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  if (wordIs(prev, TAKING_PART)) return true;
  const before = tokens[t.tokenStart - 2];
  return prev.norm === "في" && before !== undefined && before.sentence === t.sentence && wordIs(before, TAKING_PART);
}

/**
 * تبادل خلاله الزعيمان التهنئة: greetings exchanged during another event of the sentence; so are greetings
 * exchanged (تبادلا التهاني) after a call or meeting of the sentence, whatever stands between.
 */
function duringOther(ctx: DocContext, t: Trigger, triggers: Trigger[]): boolean {
  const earlier = triggers.filter((o) => o !== t && o.sentence === t.sentence && o.tokenStart < t.tokenStart);
  if (!earlier.length) return false;
  const tokens = ctx.doc.tokens;
  if (EXCHANGE.test(tokens[t.tokenStart].norm) && earlier.some((o) => ENCOUNTERS.has(o.type))) return true;
  return anyWordIs(tokens, Math.max(ctx.doc.sentences[t.sentence].tokenStart, t.tokenStart - 3), t.tokenEnd, DURING);
}

/** تبادل، تبادلا (folded, و/ف allowed): greetings exchanged. */
const EXCHANGE = /^[وف]?(?:تبادل|تبادلا|تبادلت|يتبادل|تبادلوا)$/u;
const ENCOUNTERS = new Set<Event["type"]>(["phone_call", "video_call", "meeting"]);

/**
 * "إن رسالة الرئيس السيسي تعكس …": a message noun with its sender written right after it (no verb of
 * sending) when a message from that sender was reported already: that message again.
 */
function sameMessageAgain(ctx: DocContext, t: Trigger, events: Event[]): boolean {
  if (t.type !== "message" || t.tokenEnd - t.tokenStart !== 1) return false;
  const tokens = ctx.doc.tokens;
  const titles = titleReferences(ctx);
  let sender: string | undefined;
  // (past a title: رسالة الرئيس X، رسالة جلالة الملك; the title itself may name him)
  for (let k = t.tokenEnd; k < t.tokenEnd + 4 && tokens[k]?.sentence === t.sentence && !sender; k++) {
    const m = ctx.mentionAt[k];
    if (m) sender = m.entity.type === "PER" ? m.entity.id : "";
    else if (titles.has(k)) sender = titles.get(k);
    else if (tokens[k].kind !== "arabic" || !(wordIs(tokens[k], PERSON_TITLE) || countryAdjective(tokens[k]))) break;
  }
  return !!sender && events.some((e) => e.type === "message" && (e.initiator ?? e.participants[0]) === sender);
}

const countryAdjective = (w: Token) => w.core.startsWith("ال") && /ي(?:ه)?$/u.test(w.core);

/** The folded gathering noun (اجتماعا، اجتماعها، الاجتماع، للاجتماع، لقاء، اللقاء), not a host's verb (استقبل، التقى). */
const GATHERING_NOUN = /^(?:[وف])?(?:[بل])?(?:ال|لل)?(?:اجتماع|لقاء)(?:ا|ه|ها|هم|هما)?$/u;

/** محادثات، مباحثات، مشاورات (a token's core): talks. */
const TALKS_NOUN = /^(?:ال)?(?:محادثات|مباحثات|مشاورات)$/u;

/** ثلاثي، الثلاثي، الرباعية، خماسي (folded): a meeting of that many sides. */
const SIDES_ADJECTIVE = /^(?:ال)?(?:ثلاثي|رباعي|خماسي|سداسي|سباعي)(?:ه)?$/u;

/**
 * عقد وزراء خارجية A وB وC اجتماعا، اجتماع لجنة الاتصال بمشاركة وزراء …، اللقاء الثلاثي الذي جمع X
 * مع Y وZ، اجتماع تشاوري لوزراء خارجية A وB وC (states named for their ministers): a meeting noun
 * whose persons come from three states or more, or whose three persons it calls a meeting of three
 * sides, is a gathering of states (multilateral), not a meeting. A host who receives them
 * (استقبل الوزراء الأربعة) stays a meeting.
 */
function gatheringOfStates(ctx: DocContext, t: Trigger, persons: string[], ids: string[]): boolean {
  const tokens = ctx.doc.tokens;
  const next = tokens[t.tokenEnd];
  const sides = next !== undefined && next.sentence === t.sentence && SIDES_ADJECTIVE.test(next.norm);
  // استضاف X محادثات ثلاثية مع Y وZ: talks its words call of three sides are one gathering, not talks with each.
  if (sides && persons.length >= 3 && TALKS_NOUN.test(tokens[t.tokenEnd - 1].core)) return true;
  if (!tokens.slice(t.tokenStart, t.tokenEnd).some((x) => GATHERING_NOUN.test(x.norm))) return false;
  if (persons.length === 0) return ids.filter((id) => isStateId(ctx, id)).length >= 3;
  if (persons.length < 3) return false;
  if (sides) return true;
  const states = new Set(persons.map((id) => personCountry(ctx, id)).filter((c) => c));
  return states.size >= 3;
}

/** A participant that is a state (a GPE of a country). */
function isStateId(ctx: DocContext, id: string): boolean {
  const e = ctx.byId.get(id);
  return e?.type === "GPE" && isStateName(e);
}

/** قمة of two: a video call when a video cue is in its sentence, else a meeting; other types unchanged. */
function twoPartyType(ctx: DocContext, t: Trigger, twoPersons: boolean): Event["type"] {
  if (t.type !== "multilateral" || !t.bilateralIfTwo || !twoPersons) return t.type;
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  const phrase = tokens.slice(t.tokenStart, Math.min(s.tokenEnd, t.tokenEnd + 3)).map((x) => x.norm).join(" ");
  if (lex.groupWord.test(phrase)) return t.type;
  const around = tokens.slice(Math.max(s.tokenStart, t.tokenStart - 6), Math.min(s.tokenEnd, t.tokenEnd + 6)).map((x) => x.norm).join(" ");
  return lex.videoWord.test(around) ? "video_call" : "meeting";
}

/** في (folded, و/ف allowed) before a message noun. */
const IN = /^[وف]?في$/u;

/** A definite trigger noun standing alone (الاجتماع، القمة) or followed by a demonstrative (هذه المذكرة). */
function isAnaphoric(ctx: DocContext, t: Trigger): boolean {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const next = tokens[t.tokenEnd];
  if (next && lex.demonstrative.test(next.norm)) return true;
  for (let k = t.tokenStart; k < t.tokenEnd; k++) if (lex.demonstrative.test(tokens[k].norm)) return true;
  // وأعرب في برقيته عن …: what the message already reported says (a first mention still makes one: no message before).
  if (t.type === "message" && t.tokenEnd - t.tokenStart === 1 && lex.inMessage.test(tokens[t.tokenStart].norm) && IN.test(tokens[t.tokenStart - 1]?.norm ?? "")) return true;
  if (t.tokenEnd - t.tokenStart !== 1 || !lex.definiteNoun.test(tokens[t.tokenStart].norm)) return false;
  // الاجتماع الوزاري، اللقاء الثنائي، الاجتماع رفيع المستوى name an event; a bare الاجتماع points back.
  const sameSentence = next && next.sentence === t.sentence && next.kind === "arabic";
  if (sameSentence && lex.specificNext.test(next.norm)) return false;
  // الزيارة التي يقوم بها الوزيران الروسيان: a relative clause naming who makes it names the event.
  return !(sameSentence && RELATIVE_PRONOUN.has(next.norm) && lex.participants.madeBy.test(tokens[t.tokenEnd + 1]?.norm ?? ""));
}

/** اجتماع، قمة، مؤتمر (a token's core, with its article): a gathering's noun. */
const GATHERING_REF = /^(?:ال)?(?:اجتماع|قمه|مؤتمر)$/u;

/** How many persons of three or more a gathering names with no gathering reported before it. */
const GATHERING_PERSONS = 3;

/**
 * الاجتماع pointing back to a gathering no event was made of: one reported with no named delegate
 * (اختتمت أعمال الدورة … لاجتماع وزراء خارجية الدول الأعضاء. وترأس الاجتماع X، بمشاركة Y), or one
 * named only as a frame (التقى X Y على هامش اجتماع … وشارك في الاجتماع، الذي ترأسه Z، كل من A وB وC:
 * three persons or more). Its delegates as a multilateral event, or null. Not when a gathering was
 * reported already (it is that one) nor beside another event of the sentence.
 */
function gatheringBehind(ctx: DocContext, t: Trigger, triggers: Trigger[], events: Event[], unnamed: boolean, focus: FocusState): ParticipantResult | null {
  if ((t.type !== "meeting" && t.type !== "multilateral") || t.tokenEnd - t.tokenStart !== 1) return null;
  if (!GATHERING_REF.test(ctx.doc.tokens[t.tokenStart].core)) return null;
  if (events.some((e) => GATHERINGS.has(e.type))) return null;
  if (triggers.some((o) => o !== t && o.sentence === t.sentence && !isAnaphoric(ctx, o))) return null;
  const q = resolveParticipants(ctx, "multilateral", t.sentence, t.tokenStart, t.tokenEnd, focus);
  const persons = q.ids.filter((id) => ctx.byId.get(id)?.type === "PER");
  if (!q.namedPerson || persons.length < (unnamed ? 1 : GATHERING_PERSONS)) return null;
  // (the pair already met: وفي كلمته أمام الاجتماع، قال X … is a delegate of no new gathering)
  if (!unnamed && events.some((e) => persons.every((id) => e.participants.includes(id)))) return null;
  return { ...q, ids: persons };
}

/** الاجتماع pointing back to a gathering written as a meeting (اجتماع وزاري … بمشاركة … 90 دولة): that gathering. */
function meetingNounGathering(ctx: DocContext, t: Trigger, earlier: Event): boolean {
  if (!/اجتماع/u.test(ctx.doc.tokens[t.tokenStart].core)) return false;
  // وأكد X في كلمته أمام الاجتماع: whoever addresses it is a delegate, whatever the gathering was called (الدورة العادية لمجلس الجامعة).
  return /اجتماع/u.test(normalize(earlier.trigger.text)) || ctx.doc.tokens[t.tokenStart - 1]?.norm === "امام";
}

/** دولة، دول، بلدا، بلدان (folded core): states counted. */
const STATES_COUNTED = /^(?:دوله|دول|بلدا|بلدان|دوله|وفدا|وفود)$/u;
/** A number of states: digits, or a count word (عشرات، نحو). */
const COUNT_WORD = /^(?:\d+|[٠-٩]+|عشرات|مئات|عشرين|ثلاثين|اربعين|خمسين)$/u;

/**
 * اجتماع وزاري عقد …، بمشاركة ممثلين عن نحو 90 دولة ومنظمة: a meeting noun whose clause counts the states
 * taking part (بمشاركة / بحضور, a number, دولة) within MANY_STATES_REACH words after it.
 */
const MANY_STATES_REACH = 26;

function ofManyStates(ctx: DocContext, t: Trigger): boolean {
  const tokens = ctx.doc.tokens;
  if (!/^(?:[وفبل])?(?:ال)?(?:اجتماع|اجتماعات|لقاء)/u.test(tokens[t.tokenStart].norm)) return false;
  const s = ctx.doc.sentences[t.sentence];
  let taking = -1;
  for (let k = t.tokenEnd; k < Math.min(s.tokenEnd, t.tokenEnd + MANY_STATES_REACH); k++) {
    if (PUNCT_STOP_WORDS.has(tokens[k].text)) return false;
    if (/^[وف]?(?:بمشاركه|بحضور)$/u.test(tokens[k].norm)) taking = k;
    if (taking >= 0 && k - taking <= 6 && COUNT_WORD.test(tokens[k].norm) && STATES_COUNTED.test(tokens[k + 1]?.core ?? "")) return true;
  }
  return false;
}

/** Planned, future, negated, hypothetical or commemorated: not an event. */
function isIrrealis(ctx: DocContext, t: Trigger): boolean {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  if (countedSeries(tokens, t) || thingArrived(ctx, t) || purposeOfDeparture(tokens, t) || plannedClause(tokens, t, s.tokenStart) || welcomeOnArrival(tokens, t) || receivedUncarried(tokens, t)) return true;
  let from = Math.max(s.tokenStart, t.tokenStart - lex.irrealisBefore.window);
  // …، اتفقا خلاله على موعدها، فيما زار X: a cue of another clause (past a comma that opens one) is not this one's.
  for (let k = t.tokenStart - 1; k > from; k--) {
    if ((tokens[k - 1].text === "،" || tokens[k - 1].text === ",") && opensClause(tokens, k)) {
      from = k;
      break;
    }
  }
  for (let k = from; k <= t.tokenStart && k < s.tokenEnd; k++) {
    if (k < t.tokenStart && wordIs(tokens[k], IRREALIS_BEFORE)) return true;
    if (wordIs(tokens[k], FUTURE_PREFIX)) return true;
  }
  // لآلية الاجتماع الدوري، على هامش القمة: a mechanism or a frame, not an event reported.
  for (const k of t.type === "visit" ? [] : [t.tokenStart - 1, t.tokenStart - 2]) {
    const b = tokens[k];
    if (b && b.sentence === t.sentence && genericBefore(b)) return true;
  }
  const before = tokens[t.tokenStart - 1];
  // من المنتظر أن تلتقي، لن يزور: a verb in the subjunctive; يلتقي خلالها، حيث يلتقي: a visit's programme.
  const imperfect = /^[وف]?[يتن]/.test(tokens[t.tokenStart].norm);
  if (before && before.sentence === t.sentence && imperfect && wordIs(before, SUBJUNCTIVE)) return true;
  if (imperfect) {
    if (before && before.sentence === t.sentence && wordIs(before, PLAN_BEFORE)) return true;
    for (let k = t.tokenStart + 1; k < Math.min(s.tokenEnd, t.tokenStart + 6); k++) if (wordIs(tokens[k], PLAN_BEFORE)) return true;
  }
  if (invited(ctx, t)) return true;
  // تنفيذ مخرجات قمة بكين، الاستفادة من قمة …: a gathering named as a source, not reported; أطلعه على مسار
  // الجولة الثانية من المحادثات، تقييم الجولة الأخيرة: a round of talks as the topic of another exchange.
  if (t.type === "multilateral" || t.type === "consultation") {
    for (let k = t.tokenStart - 1; k >= Math.max(s.tokenStart, t.tokenStart - 4) && !isPunct(tokens[k]); k--) {
      if (lex.referenceBefore.test(tokens[k].norm)) return true;
    }
  }
  const to = Math.min(s.tokenEnd, t.tokenEnd + lex.irrealisAfter.window);
  for (let k = t.tokenStart + 1; k < to; k++) {
    if (wordIs(tokens[k], IRREALIS_AFTER)) return true;
    if (k >= t.tokenEnd && wordIs(tokens[k], FUTURE_PREFIX)) return true;
  }
  return false;
}

/**
 * تلقى دعوة لزيارة العراق، وجه دعوة إلى X لزيارة بغداد، قبل الدعوة للقيام بزيارة: the event
 * is what an invitation in its clause asks for (introduced by ل or إلى), not one held. After
 * تلبية لدعوة … لزيارة the visit is the one the clause's verb reports (وصل X إلى …).
 */
function invited(ctx: DocContext, t: Trigger): boolean {
  const tokens = ctx.doc.tokens;
  const first = tokens[t.tokenStart].norm;
  const prev = tokens[t.tokenStart - 1];
  // (للمشاركة في القمة: the goal word, then في before the gathering)
  const beforePrev = prev?.norm === "في" ? tokens[t.tokenStart - 2] : undefined;
  const goal = (/^[وف]?ل/.test(first) && !/^[وف]?لقا/.test(first)) || first.startsWith("للقا") || (prev !== undefined && wordIs(prev, INVITATION_GOAL)) ||
    (beforePrev !== undefined && beforePrev.sentence === t.sentence && wordIs(beforePrev, INVITATION_GOAL));
  if (!goal) return false;
  for (let k = t.tokenStart - 1; k >= Math.max(0, t.tokenStart - INVITATION_REACH); k--) {
    const tok = tokens[k];
    if (tok.sentence !== t.sentence || isPunct(tok)) return false;
    if (wordIs(tok, INVITATION)) return true;
  }
  return false;
}

/** How far before the event asked for its invitation may stand: past the inviter's full title (دعوة من خادم الحرمين الشريفين الملك X للمشاركة في القمة). */
const INVITATION_REACH = 20;

/** How far after the trigger (in words, within its clause) a year it is dated by may stand. */
const YEAR_WINDOW = 12;

/**
 * القمة الثانية عام 2026، المؤتمر المقرر في مارس 2026، الدورة المقبلة سنة 2026 in a report of
 * 2024: a year written in the trigger's clause after it (after عام/سنة or a month) that comes
 * after the report's is a plan, not an event.
 */
function inLaterYear(ctx: DocContext, t: Trigger, anchor: DateAnchor): boolean {
  const reportYear = anchorYear(anchor);
  if (reportYear === null) return false;
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  for (let k = t.tokenEnd; k < Math.min(s.tokenEnd, t.tokenEnd + YEAR_WINDOW) && !isPunct(tokens[k]); k++) {
    if (tokens[k].kind !== "number") continue;
    const y = Number(tokens[k].norm);
    const before = tokens[k - 1];
    if (y > reportYear && y < 2200 && (/^(?:عام|سنه|العام|السنه)$/.test(before.norm) || isMonthWord(before))) return true;
  }
  return false;
}

/** How many sentences back the gathering a pluperfect points to may have been named. */
const LEAD_GATHERING_SENTENCES = 3;

/**
 * "أسفر مؤتمر القاهرة … الذي اختتم أعماله أمس عن …. وكان الرئيس X قد افتتح أعمال المؤتمر …": a
 * gathering noun in the pluperfect, definite, whose noun an earlier sentence (up to three back)
 * named with a day of the news (no year before the report's, no relative clause of another
 * verb): the same gathering, on that day — the pluperfect tells how it went, not an earlier one.
 */
function gatheringOfLead(ctx: DocContext, t: Trigger, datesOf: (i: number) => DateExpression[], anchor: DateAnchor): DateExpression | null {
  if (t.type !== "multilateral") return null;
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  if (!pluperfect(tokens, s.tokenStart, t.tokenStart)) return null;
  // في دورته الأولى عام 2022: another year written in its sentence makes it another gathering.
  const year = anchorYear(anchor);
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const y = tokens[k].kind === "number" ? Number(tokens[k].norm) : NaN;
    if (y >= 1900 && y < 2200 && y !== year && !sinceYear(tokens, k)) return null;
  }
  const noun = tokens.slice(t.tokenStart, t.tokenEnd).find((x) => x.core.startsWith("ال"));
  if (!noun) return null;
  const stem = noun.core.slice(2);
  const base = anchor.candidates[0];
  for (let i = t.sentence - 1; i >= Math.max(0, t.sentence - LEAD_GATHERING_SENTENCES); i--) {
    const prev = ctx.doc.sentences[i];
    let named = false;
    for (let k = prev.tokenStart; k < prev.tokenEnd && !named; k++) named = tokens[k].core === stem || tokens[k].core === noun.core;
    if (!named) continue;
    const day = datesOf(i).find((d) => (d.kind === "relative" || d.kind === "absolute") && d.date && (!base || (d.date <= base && d.date.slice(0, 4) === base.slice(0, 4))));
    return day ?? null;
  }
  return null;
}

/** How many words after the trigger, within its clause, a month without its day may stand. */
const MONTH_WINDOW = 20;

/** An earlier interaction: past markers near the trigger, the pluperfect (وكان … قد), an earlier year. */
function isPast(ctx: DocContext, t: Trigger, own: DateExpression | null, anchor: DateAnchor, pluperfectCounts = true): boolean {
  const lex = eventLexicon();
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[t.sentence];
  const from = Math.max(s.tokenStart, t.tokenStart - 10);
  const to = Math.min(s.tokenEnd, t.tokenEnd + 8);
  // Two words past the window are read as context: منذ عام 2012 (since a year), في وقت سابق من اليوم (the same day).
  const context = Math.min(s.tokenEnd, to + 2);
  // وسلّمه الأخير رسالة: الأخير right before the trigger is "the latter", its subject; an adjective follows its noun.
  const latter = (x: Token) => x.i === t.tokenStart - 1 && LATTER.test(x.norm);
  if (anyWordIs(tokens, from, to, PAST_MARKER_END) && lex.anyPastMarker.test(tokens.slice(from, context).map((x) => (latter(x) ? "" : x.norm)).join(" "))) return true;
  // وكان X قد استقبل صباح اليوم …، وكان الوزير قد وصل أمس في زيارة: earlier, but still the report's day (a visit: still going on).
  if (pluperfectCounts && pluperfect(tokens, s.tokenStart, t.tokenStart) && !reportDay(t, own, anchor)) return true;
  // الأسبوع الماضي، مؤخرا: earlier; هذا الشهر، الأسبوع الجاري: the report's own span, not an earlier event.
  if (own?.kind === "vague" && !PRESENT_SPAN.test(normalize(own.text))) return true;
  // آخر لقاء بين X وY، في آخر زيارة له: the last one before now (لقاء آخر, another one, is not).
  const prev = tokens[t.tokenStart - 1];
  if (prev && prev.sentence === t.sentence && prev.core === "اخر") return true;
  // بعد أسابيع من مشاركة X في الاجتماع: what the time is counted from came before.
  for (let k = t.tokenStart - 1; k >= Math.max(s.tokenStart, t.tokenStart - 10); k--) {
    if (tokens[k].norm === "بعد" && PERIOD.test(tokens[k + 1].norm) && tokens[k + 2]?.norm === "من" && !anyPunct(tokens, k, t.tokenStart)) return true;
  }
  // زيارة الرئيس إلى بكين في فبراير: a month without its day is not the day of the report (the clause after the trigger too).
  // (a long name and a place may stand between: لقاء الرئيس X ولي العهد Y في سان بطرسبورغ في حزيران الماضي)
  const last = Math.min(s.tokenEnd, t.tokenEnd + MONTH_WINDOW);
  for (let k = from; k < last - 1; k++) {
    if (tokens[k].norm !== "في") continue;
    if (k >= to && anyPunct(tokens, to, k)) break;
    if (!isMonthWord(tokens[k + 1])) continue;
    const after = tokens[k + 2]?.norm ?? "";
    if (!/^(?:المقبل|القادم|الجاري|الحالي)$/.test(after)) return true;
  }
  const reportYear = anchorYear(anchor);
  if (reportYear !== null) {
    // عام 2019، في أكتوبر 2019، آذار/مارس 2023 (not منذ عام 2019 or حتى عام 2027).
    for (let k = from; k < to; k++) {
      if (tokens[k].kind !== "number") continue;
      const y = Number(tokens[k].norm);
      if (y < 1900 || y >= reportYear) continue;
      const before = tokens[k - 1]?.norm ?? "";
      if (/^(?:منذ|حتي)$/.test(tokens[k - 2]?.norm ?? "") || /^(?:منذ|حتي)$/.test(before) || sinceYear(tokens, k)) continue;
      if (k < t.tokenStart && /عام|سنه/.test(before)) return true;
      if (tokens[k - 1] && isMonthWord(tokens[k - 1])) return true;
    }
  }
  return false;
}

/** هذا الشهر، هذه الأيام، الأسبوع الجاري (folded): a vague span the report is in. */
const PRESENT_SPAN = /(?:^|\s)(?:هذا|هذه|الجاري|الجاريه|الحالي|الحاليه)(?:\s|$)/u;

/** الأخير، الأخيرة (folded), with و or ف. */
const LATTER = /^[وف]?الاخير(?:ه)?$/u;

/** How many words back from a year منذ may open the span it ends (منذ اندلاع الأزمة السورية عام 2011). */
const SINCE_WINDOW = 5;

/** أول زيارة … منذ اندلاع الأزمة عام 2011، للمرة الأولى منذ توقيع الاتفاق في 2017: the year a span starts, not the event's. */
function sinceYear(tokens: Token[], year: number): boolean {
  for (let k = year - 1; k >= Math.max(0, year - SINCE_WINDOW) && tokens[k].sentence === tokens[year].sentence; k--) {
    if (isPunct(tokens[k])) return false;
    if (tokens[k].core === "منذ") return true;
  }
  return false;
}

/** وكان … قد before the trigger: قد within eight words after كان, or right before the trigger (a long title between). */
function pluperfect(tokens: Token[], sentenceStart: number, trigger: number): boolean {
  for (let k = sentenceStart; k < trigger; k++) {
    if (!wordIs(tokens[k], PLUPERFECT)) continue;
    if (tokens[trigger - 1]?.norm === "قد") return true;
    for (let j = k + 1; j < Math.min(trigger + 1, k + 8); j++) if (tokens[j].norm === "قد") return true;
  }
  return false;
}

/** How many days before the report an arrival in the pluperfect still opens the visit reported. */
const VISIT_ARRIVAL_DAYS = 2;

/**
 * The event's own day is the report's (اليوم، صباح اليوم، في وقت سابق من اليوم), or, for a visit,
 * its arrival a day or two before (وكان الوزير قد وصل أمس في زيارة تستغرق يومين).
 */
function reportDay(t: Trigger, own: DateExpression | null, anchor: DateAnchor): boolean {
  // في وقت سابق من اليوم ذاته: the day of the event before.
  if (own?.kind === "same_day") return true;
  if (own?.kind !== "relative") return false;
  const base = anchor.candidates[0];
  if (!own.date || !base) return !own.date && TODAY.test(normalize(own.text));
  if (own.date === base) return true;
  return t.type === "visit" && own.date < base && addDays(own.date, VISIT_ARRIVAL_DAYS) >= base;
}

/** اليوم، صباح اليوم، اليوم الخميس (folded): the report's day, with or without an anchor to date it. */
const TODAY = /^[وف]?(?:(?:صباح|مساء|ظهر)\s+)?اليوم(?:\s|$)/u;

/** Gregorian month names as folded words (the first word of كانون الثاني، تشرين الأول). */
let monthWords: Set<string> | null = null;

/** A Gregorian month name (أكتوبر، آذار، تشرين), possibly after ل/ب or a slash (آذار/مارس). */
function isMonthWord(t: Token): boolean {
  monthWords ??= new Set(GREGORIAN_MONTHS.flatMap((names) => names.map((n) => normalize(n).split(" ")[0])));
  if (monthWords.has(t.core) || monthWords.has(t.norm)) return true;
  const slash = t.norm.lastIndexOf("/");
  return slash >= 0 && monthWords.has(t.norm.slice(slash + 1));
}

function anyPunct(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPunct(tokens[k])) return true;
  return false;
}

/** أيام، أسابيع، شهرين …: a span of time counted from an earlier event (بعد أسابيع من). */
const PERIOD = /^(?:ايام|يومين|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات)$/u;

/**
 * The date expression of the trigger's sentence closest to it. Wire copy writes the day
 * after the verb and its subject (استقبل X مساء أمس الأحد Y), so expressions after the
 * trigger are preferred; an absolute date opening the sentence is its dateline when the
 * sentence also has a relative one.
 */
function nearestDate(dates: DateExpression[], t: Trigger, sentenceStart: number): DateExpression | null {
  const hasRelative = dates.some((d) => d.kind === "relative");
  let best: DateExpression | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    if (hasRelative && d.kind === "absolute" && d.start - sentenceStart < 50 && d.end <= t.span.start) continue;
    const inside = d.start >= t.span.start && d.end <= t.span.end;
    const after = d.start >= t.span.end;
    const dist = inside ? 0 : after ? d.start - t.span.end : 2 * (t.span.start - d.end) + 20;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * A vague span (العام الماضي) after the trigger past a comma that opens another clause (participants'
 * opensClause: …، مشيدا بنتائج زيارته إلى المملكة العام الماضي، كما التقى …) belongs to that clause, not to the event.
 */
function farClause(ctx: DocContext, d: DateExpression, t: Trigger): boolean {
  if (d.kind !== "vague" || d.start < t.span.end) return false;
  const tokens = ctx.doc.tokens;
  const at = tokenIndexAt(tokens, d.start);
  for (let k = t.tokenEnd; k < at - 1; k++) if ((tokens[k].text === "،" || tokens[k].text === ",") && opensClause(tokens, k + 1)) return true;
  return false;
}

/** الذي، التي، الذين …: a relative pronoun opens a clause about something else. */
const RELATIVE_PRONOUN = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"]);

/**
 * الذي استضافته الرياض، التي عقدت، الذي جرى، الذي جمع أمس، الذي اختتم أعماله أمس، التي بدأت اليوم …: the clause
 * tells where or when the event itself was held; الذي استقبله الرئيس قبل ظهر اليوم: the reception a message
 * was handed over at.
 */
const HOLDING_VERB = /^(?:استقبل|التقي|التقا|اجتمع|استضاف|استضافت|احتضن|احتضنت|عقد|عقدت|انعقد|انعقدت|جري|جرت|اقيم|اقيمت|نظم|نظمت|شهد|شهدت|تم|جمع|جمعت|ضم|ضمت|التام|التامت|اختتم|اختتمت|افتتح|افتتحت|انطلق|انطلقت|بدات|بدا$)/u;

/**
 * A date inside a relative clause (at most ten words after الذي/التي) dates that clause's verb,
 * not the event ("برقية تعزية … بضحايا التفجير الذي استهدف … السبت الماضي"، "استقبل … الوزير X
 * الذي وصل أمس"), unless the clause says where or when the event itself was held. For a
 * trigger's own date the clause must open after the trigger.
 */
function inRelativeClause(ctx: DocContext, d: DateExpression, t?: Trigger): boolean {
  if (t && d.start < t.span.end) return false;
  const tokens = ctx.doc.tokens;
  const at = tokenIndexAt(tokens, d.start);
  const sentence = tokens[at]?.sentence;
  const from = Math.max(t ? t.tokenEnd : 0, at - 10);
  for (let k = at - 1; k >= from && tokens[k].sentence === sentence; k--) {
    if (RELATIVE_PRONOUN.has(tokens[k].norm)) return !HOLDING_VERB.test(tokens[k + 1]?.core ?? "");
  }
  return false;
}

/**
 * The date expressions of a sentence, outside the dateline (the anchor rather than an event
 * date), memoised. "في اليوم نفسه" is left unresolved here: it takes the date of the event before.
 */
function sentenceDates(ctx: DocContext, anchor: DateAnchor): (sentence: number) => DateExpression[] {
  const dl = ctx.doc.article.dateline;
  const f = ctx.folded;
  const memo: (DateExpression[] | undefined)[] = new Array(ctx.doc.sentences.length);
  return (i) => {
    const hit = memo[i];
    if (hit) return hit;
    const s = ctx.doc.sentences[i];
    const a = lowerBound(f.starts, s.start);
    const b = lowerBound(f.starts, s.end);
    const folded = f.text.slice(a, b);
    const found = mayHoldDate(folded)
      ? dateExpressions(ctx.text, s.start, s.end, anchor, null, foldedSentence(ctx, s, a, b, folded), 0).filter((d) => !(dl && d.start >= dl.start && d.end <= dl.end))
      : [];
    return (memo[i] = joinRestated(ctx.text, found));
  };
}

/** Only a comma, a bracket or الموافق between a day word and the full date that restates it. */
const RESTATED_GAP = /^[\s,،()\u064B-\u0652]*(?:ال)?(?:موافق|موافقة|موافقه)?[\s,،()\u064B-\u0652]*$/u;

/**
 * "اليوم الجمعة 3 أبريل 2020"، "أمس الأحد الموافق 15 سبتمبر": a relative day followed by the
 * full date that restates it is one expression, dated by the full date (the relative one
 * needs an anchor the article may lack, and the full date would otherwise pass for a dateline).
 */
function joinRestated(text: string, dates: DateExpression[]): DateExpression[] {
  if (dates.length < 2) return dates;
  const out: DateExpression[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === "relative" && d.kind === "absolute" && d.date && d.start - prev.end <= 14 && RESTATED_GAP.test(text.slice(prev.end, d.start))) {
      out[out.length - 1] = { start: prev.start, end: d.end, text: text.slice(prev.start, d.end), kind: "absolute", date: d.date };
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * The sentence's part [a, b) of the article's folded text, as normalizeWithMap(sentence) would
 * give it (but with offsets from the article start), or null where the two could differ: they agree when
 * the sentence's first and last characters fold to letters (a space or a dropped mark there
 * folds differently alone) and no dropped mark follows it (it would widen the last character).
 */
function foldedSentence(ctx: DocContext, s: { start: number; end: number }, a: number, b: number, text: string): NormalizedText | null {
  const plain = (i: number) => {
    const c = ctx.text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    const f = foldChar(ctx.text[i]);
    return f !== "" && f !== " ";
  };
  const next = s.end < ctx.text.length ? ctx.text.charCodeAt(s.end) : -1;
  const markAfter = next >= 0 && ((next >= 0xd800 && next <= 0xdfff) || foldChar(ctx.text[s.end]) === "");
  if (s.end <= s.start || !plain(s.start) || !plain(s.end - 1) || markAfter) return null;
  // Views of the article's map (offsets from the article start, hence origin 0 for dateExpressions): nothing copied.
  return { text, starts: ctx.folded.starts.subarray(a, b), ends: ctx.folded.ends.subarray(a, b) };
}

/**
 * The day an agency dateline writes ("الدوحة في 01 ديسمبر /قنا/"، "نواكشوط، 18/02/2025"), a
 * day and month without a year read against the anchor (the publication date); null for a
 * bare place or a month alone.
 */
function datelineDate(ctx: DocContext, dl: { start: number; end: number; date: string | null }, anchor: DateAnchor): string | null {
  if (dl.date && /^\d{4}-\d{2}-\d{2}$/.test(dl.date)) return dl.date;
  if (!/\d/.test(ctx.text.slice(dl.start, dl.end))) return null;
  const found = dateExpressions(ctx.text, dl.start, dl.end, anchor).find((d) => (d.kind === "absolute" || d.kind === "relative") && d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date));
  return found?.date ?? null;
}

/** بعد، قبل، عقب، إثر (folded core): what follows is another event the trigger is set against. */
const REFERENCE_WORD = /^(?:بعد|قبل|عقب|اثر)$/u;
/** بعد ظهر، قبل منتصف: a part of the day, not an event. */
const DAY_PART = /^(?:ظهر|الظهر|منتصف)$/u;

/**
 * زار X بيروت مرتين بعد انفجار المرفأ في 4 آب 2020، الأولى في 6 آب: a day within five words after
 * بعد/قبل/عقب/إثر + a noun (no comma between), after the trigger, is the day of that other event.
 */
function ofReferenceEvent(ctx: DocContext, d: DateExpression, t: Trigger): boolean {
  if (d.start < t.span.end) return false;
  const tokens = ctx.doc.tokens;
  const at = tokenIndexAt(tokens, d.start);
  for (let k = at - 1; k >= Math.max(t.tokenEnd, at - 5); k--) {
    if (isPunct(tokens[k])) return false;
    if (REFERENCE_WORD.test(tokens[k].core)) {
      const next = tokens[k + 1];
      return !!next && next.i < at && next.norm !== "ان" && !DAY_PART.test(next.norm);
    }
  }
  return false;
}

/** منذ هجوم 7 أكتوبر، منذ توليه منصبه في 3 مارس: the start of a period, not a day of the news. */
function sinceDate(ctx: DocContext, d: DateExpression): boolean {
  const tokens = ctx.doc.tokens;
  const at = tokenIndexAt(tokens, d.start);
  for (let k = at - 1; k >= Math.max(0, at - 5) && tokens[k].sentence === tokens[at]?.sentence; k--) {
    if (tokens[k].core === "منذ") return true;
    if (isPunct(tokens[k])) return false;
  }
  return false;
}

/** حتى، لغاية، إلى غاية (folded): what follows is where a span ends. */
const UNTIL = /^(?:حتي|لغايه|غايه)$/u;

/** تستمر حتى يوم الجمعة، تستمر لغاية 5 مايو: the day a span ends (a stay, a visit), not the day of the news. */
function untilDate(ctx: DocContext, d: DateExpression): boolean {
  const tokens = ctx.doc.tokens;
  const at = tokenIndexAt(tokens, d.start);
  for (let k = at - 1; k >= Math.max(0, at - 2) && tokens[k].sentence === tokens[at]?.sentence; k--) {
    if (UNTIL.test(tokens[k].norm)) return true;
    if (isPunct(tokens[k])) return false;
  }
  return false;
}

/**
 * The last day the text fixed before `offset` (the lead's "اليوم (الخميس)"), walking back
 * sentence by sentence; an unresolved expression ("يوم السبت" with no anchor) ends the walk.
 */
function lastDayBefore(datesOf: (i: number) => DateExpression[], sentence: number, offset: number, ctx: DocContext, anchor: DateAnchor): DateExpression | null {
  // A day of another clause (التفجير الذي استهدف … السبت الماضي) or of history (حدود الرابع من
  // حزيران 1967: a year before the report's) is no day of the news.
  const base = anchor.candidates[0];
  const year = base?.slice(0, 4);
  // …and a day after the report's (الانتخابات المقررة في 24 ديسمبر المقبل) is a plan.
  const other = (d: DateExpression) =>
    (!!year && !!d.date && ((d.date.slice(0, 4) < year && d.kind === "absolute") || d.date > base!)) || inRelativeClause(ctx, d) || sinceDate(ctx, d) || untilDate(ctx, d);
  for (let i = sentence; i >= 0; i--) {
    // (كما كان X قد قام بزيارة … في السابع من يونيو: the day of a recalled event is not the news's; اليوم there is)
    const recall = i < sentence && recalledSentence(ctx, i);
    const found = datesOf(i).filter((d) => d.kind !== "vague" && d.kind !== "same_day" && d.end <= offset && !other(d) && !(recall && !NEWS_DAY.test(d.text)));
    if (found.length) return found[found.length - 1];
  }
  return null;
}

/** اليوم، أمس، الليلة، البارحة (as written): the news's own day, even in a pluperfect (وكان X قد وصل اليوم). */
const NEWS_DAY = /(?:^|\s)(?:اليوم|أمس|امس|الليلة|البارحة)(?:\s|$)/u;

/** وكان X قد …، كما كان X قد …، وكانت الوزارة قد …: a sentence opening on a pluperfect recalls an earlier event. */
function recalledSentence(ctx: DocContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[i];
  let kana = -1;
  for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + 3); k++) if (/^(?:[وف])?(?:كان|كانت|كانا|كانوا)$/u.test(tokens[k].norm)) kana = k;
  if (kana < 0) return false;
  for (let k = kana + 1; k < Math.min(s.tokenEnd, kana + 10); k++) if (tokens[k].norm === "قد") return true;
  return false;
}

/**
 * The headline restates the lead in short (المغرب وإسبانيا يوقعان مذكرة), often with states
 * for persons: an event of the title line is kept only when the body reports none of its type.
 */
function dropHeadlineRepeats(ctx: DocContext, events: Event[]): Event[] {
  const first = headlineSentence(ctx);
  if (!first) return events;
  const inTitle = (e: Event) => e.evidence.start === first.start;
  return events.filter((e) => !inTitle(e) || !events.some((o) => !inTitle(o) && o.type === e.type));
}

/**
 * A headline "X في Y" (عراقجي في بغداد: …، كيشيدا في برازيليا لتعزيز …): a person in a foreign
 * capital is a visit. Kept only when the body reports no visit (dropHeadlineRepeats).
 */
function headlineVisit(ctx: DocContext): Event | null {
  const title = headlineSentence(ctx);
  if (!title) return null;
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[sentenceIndexAt(ctx.doc, title.start)];
  if (!s) return null;
  const person = ctx.mentionAt[s.tokenStart];
  if (!person || person.tokenStart !== s.tokenStart || person.entity.type !== "PER") return null;
  const fi = tokens[person.tokenEnd];
  const place = ctx.mentionAt[person.tokenEnd + 1];
  if (fi?.norm !== "في" || !place || place.tokenStart !== fi.i + 1 || place.entity.type !== "GPE") return null;
  // The place ends the phrase: a colon, a dash, the end, or a purpose (لتعزيز، لبحث).
  const after = tokens[place.tokenEnd];
  if (after && after.sentence === s.i && !isPunct(after) && !/^ل/.test(after.norm)) return null;
  const host = stateOf(ctx, place.entity, tokens, place.tokenStart);
  const hostEntity = ctx.byId.get(host)!;
  const visitorCountry = personCountry(ctx, person.entity.id);
  const hostCountry = entityCountry(hostEntity);
  if (!isStateName(hostEntity) || !visitorCountry || !hostCountry || visitorCountry === hostCountry) return null;
  const lex = eventLexicon();
  return {
    id: "",
    type: "visit",
    participants: [person.entity.id, host],
    initiator: person.entity.id,
    date: null,
    date_text: null,
    place: host,
    main: true,
    plover: { ...lex.plover.visit },
    trigger: { start: fi.start, end: fi.end, text: fi.text },
    evidence: textSpan(ctx.text, s),
    confidence: 0.5,
  };
}

/** The sentence among the first three that is the article's title, if the body repeats it. */
export function headlineSentence(ctx: DocContext): { start: number; end: number } | null {
  const title = ctx.doc.article.title?.trim();
  if (!title) return null;
  return ctx.doc.sentences.slice(0, 3).find((s) => ctx.text.slice(s.start, s.end).trim() === title) ?? null;
}

/**
 * States stand in for persons only when no person is named for them: a state-level event
 * (وتناول اللقاء العلاقات بين سورية وإيران، وقعت قطر وسوريا مذكرة) next to one of its type
 * with persons (the meeting of the two ministers, the signatories) is that event again.
 */
function dropStatesBesidePersons(ctx: DocContext, events: Event[], statesSigned: Set<Event>): Event[] {
  const isPer = (id: string) => ctx.byId.get(id)?.type === "PER";
  const sentenceOf = new Map(events.map((e) => [e, sentenceOfEvidence(ctx, e)]));
  return events.filter((e) => {
    // (وقع وزراء البلدين 24 مذكرة beside the leaders' own signing: the text says the states' officials signed)
    if (e.participants.some(isPer) || statesSigned.has(e)) return true;
    return !events.some(
      (o) => o !== e && o.type === e.type && o.main === e.main && o.participants.some(isPer) &&
        Math.abs(sentenceOf.get(o)! - sentenceOf.get(e)!) <= STATE_EVENT_WINDOW,
    );
  });
}

/** One multilateral event per gathering: one whose delegates all attend another of the same name is that one. */
function dropPartOfSummit(events: Event[]): Event[] {
  const name = (e: Event) => normalize(e.trigger.text);
  return events.filter(
    (e) =>
      e.type !== "multilateral" ||
      !events.some(
        (o) => o !== e && o.type === "multilateral" && o.main === e.main && name(o) === name(e) &&
          o.participants.length > e.participants.length && e.participants.every((id) => o.participants.includes(id)),
      ),
  );
}

/**
 * رسالة خطية من الرئيس A إلى الملك B: the writer and the addressee the message noun names right after
 * it (a person each, in one clause), or null.
 */
function fromTo(ctx: DocContext, t: Trigger): [string, string] | null {
  const tokens = ctx.doc.tokens;
  const refs = titleReferences(ctx);
  const personAt = (k: number): [string, number] | null => {
    const m = ctx.mentionAt[k];
    if (m && m.tokenStart === k) return m.entity.type === "PER" ? [m.entity.id, m.tokenEnd] : null;
    const id = refs.get(k);
    return id && ctx.byId.get(id)?.type === "PER" ? [id, k + 1] : null;
  };
  // the noun and up to two words after it (خطية، تهنئة) before من
  let k = t.tokenEnd;
  for (let n = 0; n < 2 && k < tokens.length && tokens[k].core !== "من" && !isPunct(tokens[k]); n++) k++;
  if (tokens[k]?.core !== "من") return null;
  let from: [string, number] | null = null;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5) && !from; j++) {
    if (isPunct(tokens[j])) return null;
    from = personAt(j);
  }
  if (!from) return null;
  for (let j = from[1]; j < Math.min(tokens.length, from[1] + 10); j++) {
    if (isPunct(tokens[j]) || ctx.mentionAt[j]) return null;
    if (tokens[j].core !== "الي" || tokens[j].pre) continue;
    for (let i = j + 1; i < Math.min(tokens.length, j + 5); i++) {
      if (isPunct(tokens[i])) return null;
      const to = personAt(i);
      if (to) return to[0] !== from[0] ? [from[0], to[0]] : null;
    }
    return null;
  }
  return null;
}

/**
 * One gathering written twice on one day (or once with no day of its own), with and without the article and its nisba adjectives
 * (يشارك في القمة الروسية الأفريقية … وانطلقت اليوم أعمال أول قمة روسية أفريقية برئاسة X وY): one
 * multilateral event, its delegates those of both mentions. The head noun must be the same, and the
 * nisba adjectives too where both mentions write them, or else the two words in construct after it
 * where both write them (اجتماع وزراء الخارجية and اجتماع وزراء الداخلية on one day are two).
 */
function mergeSameGathering(ctx: DocContext, events: Event[]): Event[] {
  const gatherings = events.filter((e) => e.type === "multilateral");
  if (gatherings.length < 2) return events;
  const tokens = ctx.doc.tokens;
  const nameOf = (e: Event): [string, string, string] => {
    let i = tokenIndexAt(tokens, e.trigger.start);
    const head = tokens[i]?.bare ?? "";
    const adjectives: string[] = [];
    for (i++; i < tokens.length && adjectives.length < 3; i++) {
      const t = tokens[i];
      if (t.kind !== "arabic" || t.pre || !/(?:ي|يه)$/.test(t.bare) || t.bare.length < 4) break;
      adjectives.push(t.bare);
    }
    // The words in construct after a head with no adjective (اجتماع وزراء الخارجية، اجتماع اللجنة) tell two apart.
    const words: string[] = [];
    for (let j = i; !adjectives.length && words.length < 2 && tokens[j]?.kind === "arabic" && tokens[j].sentence === tokens[i - 1].sentence; j++) words.push(tokens[j].bare);
    return [head, adjectives.join(" "), words.join(" ")];
  };
  const names = new Map(gatherings.map((e) => [e, nameOf(e)]));
  const dropped = new Set<Event>();
  for (const [i, e] of gatherings.entries()) {
    if (dropped.has(e)) continue;
    const [head, adj, comp] = names.get(e)!;
    for (const o of gatherings.slice(i + 1)) {
      // (a frame with no day of its own is the reported gathering of the day)
      if (dropped.has(o) || o.main !== e.main || (o.date !== e.date && !(e.main && (!o.date || !e.date)))) continue;
      const [h, a, c] = names.get(o)!;
      if (h !== head || (adj && a && adj !== a) || (comp && c && comp !== c)) continue;
      for (const id of o.participants) if (!e.participants.includes(id)) e.participants.push(id);
      if (!e.date) [e.date, e.date_text] = [o.date, o.date_text];
      dropped.add(o);
    }
  }
  return dropped.size ? events.filter((e) => !dropped.has(e)) : events;
}

/**
 * التقى الرئيس الأمريكي جو بايدن افتراضيا الرئيس الصيني …: a meeting verb and a mode word too
 * far apart to be one trigger still report one event, of the mode, when the sentence gives both
 * the same parties.
 */
function dropMeetingBesideMode(events: Event[]): Event[] {
  const modes = events.filter((o) => o.type === "video_call" || o.type === "phone_call");
  if (!modes.length) return events;
  const key = (e: Event) => [...e.participants].sort().join(",");
  // (a meeting of another time the call is set after, غداة اجتماعهما، is no reading of the call)
  return events.filter((e) => e.type !== "meeting" || !modes.some((o) => o.evidence.start === e.evidence.start && key(o) === key(e) && o.main === e.main));
}

/** How many sentences apart a state-level event and a person-level one of its type are one event. */
const STATE_EVENT_WINDOW = 2;

/** One event per type and set of participants: repeated mentions (اللقاء، الاتصال) fold into the first. */
function mergeDuplicates(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const key = [...e.participants].sort().join(",");
    // The same pair and type in one sentence (والتقى X وY …، في أول لقاء مباشر …) is one event, past if either reading is.
    const same = out.find(
      (o) => o.type === e.type && (o.main === e.main || o.evidence.start === e.evidence.start) && [...o.participants].sort().join(",") === key,
    );
    if (!same) {
      out.push(e);
      continue;
    }
    same.main &&= e.main;
    if (!same.date && e.date) {
      same.date = e.date;
      same.date_text = e.date_text;
    }
    same.initiator ??= e.initiator;
    same.place ??= e.place;
    same.confidence = Math.max(same.confidence, e.confidence);
  }
  return out;
}
