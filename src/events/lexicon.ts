// Loads the event lexicon (data/lexicon/events.json) once and compiles it.
import { loadJson } from "../data-files.js";
import { normalize } from "../text/normalize.js";
import type { EventType } from "../types.js";
import { BOUNDARY_BEFORE, compilePhrase, firstWordRegex, foldPattern, lastWordSource, phraseNeedle, phraseRegex, tokenRegex } from "./patterns.js";

interface TriggerEntry {
  p: string;
  conf: number;
  unless_after?: string;
  unless_before?: string;
  bilateral_if_two?: boolean;
  one_phrase?: boolean;
  /** Kept only after one of these words, within 12 words before it in its sentence (a noun its verb introduces). */
  only_after?: string;
}

interface EventsFile {
  macros: Record<string, string>;
  types: Record<EventType, { priority: number; absorbs: boolean; plover: { event: string; mode: string | null }; triggers: TriggerEntry[] }>;
  absorb_window: number;
  absorbable: EventType[];
  office_titles: {
    heads: string[];
    head_synonyms: Record<string, string>;
    deputy_heads: string[];
    complement_synonyms: Record<string, string>;
    skip: string[];
    state_words: string[];
    state_heads: string[];
    honorifics: string[];
    need_complement: string[];
    epithets: Record<string, string>;
  };
  two_party: { group_words: string; video: string };
  clauses: {
    plural_triggers: string;
    counts: string;
    kind_adjectives: string;
    feminine_persons: string;
    departure: string;
    purpose: string;
    plan_heads: string;
    arrival: string;
    local_office: string;
    local_office_of_unit: string;
    local_unit: string;
  };
  participants: {
    message_nouns: string;
    several_messages: string;
    addressed: string;
    meeting_verbs: string;
    pronoun_meeting_verbs: string;
    host_verbs: string;
    made_by: string;
    lists_members: string;
    travel_together: string;
    aside_openers: string;
    delegation_head: string;
    delegation_member: string;
    on_behalf: string;
    deceased: string;
    deceased_after: string;
    list_intro: string;
    list_intro_prep: string;
    unnamed_signers: string;
    joint_cue: string;
    joint_guests: string;
    joint_headline_verbs: string;
    both_states: string;
    signing_verb: string;
    signing_verb_back: string;
    person_topic: string;
  };
  context: {
    irrealis_before: { window: number; p: string[] };
    irrealis_after: { window: number; p: string[] };
    future_prefix: string;
    past_markers: { p: string[] };
    pluperfect: string;
    reporting_verbs: string;
    attendance: string;
    pair_refs: string;
    pair_heads: string;
    pair_tails: string;
    counterpart: string;
    honorific_pronouns: string;
    initiator_from: string;
    initiator_request: string[];
    initiator_subject: string;
    anaphora: { demonstrative: string; definite_noun: string; in_message: string; specific_next: string };
    generic_before: string;
    person_titles: string;
    spokesperson: string;
    subjunctive_before: string;
    initiator_relative: string;
    during: string;
    clause_openers: string;
    taking_part: string;
    beside_gathering: string;
    gathering_refs: string;
    gathering_stages: string;
    frame_gatherings: string;
    plan_before: string;
    signatory_verb: string;
    signatory_marker: string;
    signed_document_back: string;
    similar_message: string;
    message_carrier: string;
    address_title: string;
    topic_before_between: string;
    reference_before: string;
    witness: string;
    invitation: string;
    invitation_goal: string;
  };
}

export interface CompiledTrigger {
  type: EventType;
  priority: number;
  absorbs: boolean;
  re: RegExp;
  /** Tests a token's folded form: can a match start at this token? */
  first: RegExp;
  /** The same without a leading و / ف: for words whose و / ف is their own letter (فيصل is no ف + يصل). */
  firstWhole: RegExp;
  /** A later word every match contains (global; see phraseNeedle), or null. */
  needle: RegExp | null;
  conf: number;
  unlessAfter: RegExp | null;
  /** Tested on each of the three tokens before the trigger. */
  unlessBefore: RegExp | null;
  bilateralIfTwo: boolean;
  /** A noun phrase: a match that holds punctuation (عقب الاجتماع، بأن الدول) joins two phrases. */
  onePhrase: boolean;
  /** Whole-token test for a word that must stand before the trigger in its sentence (only_after). */
  onlyAfter: RegExp | null;
}

/** Office title words (folded, without the article): see "office_titles" in events.json. */
export interface OfficeTitleWords {
  heads: Set<string>;
  headSynonyms: Map<string, string>;
  /** A word's head through its synonym, for the words that have one: one lookup for headOf. */
  headOfWord: Map<string, string>;
  deputyHeads: Set<string>;
  complementSynonyms: Map<string, string>;
  skip: Set<string>;
  stateWords: Set<string>;
  stateHeads: Set<string>;
  honorifics: Set<string>;
  needComplement: Set<string>;
  /** "head word" → the office's head (رئيس الدبلوماسية = وزير الخارجية): the word after is read through complementSynonyms. */
  epithets: Map<string, string>;
}

/** Whole-token tests of src/events/clauses.ts: see "clauses" in events.json. */
export interface ClauseWords {
  pluralTrigger: RegExp;
  count: RegExp;
  kind: RegExp;
  femininePerson: RegExp;
  departure: RegExp;
  purpose: RegExp;
  planHead: RegExp;
  arrival: RegExp;
  /** محافظ، والي، عمدة (folded): a regional or city officer. */
  localOffice: RegExp;
  /** أمير، نائب، أمين، حاكم (folded): a regional officer only before a unit word (أمير منطقة). */
  localOfficeOfUnit: RegExp;
  /** منطقة، محافظة، ولاية، العاصمة … (folded): the unit a regional officer governs. */
  localUnit: RegExp;
}

/** Whole-token tests of src/events/participants.ts: see "participants" in events.json. */
export interface ParticipantWords {
  messageNoun: RegExp;
  severalMessages: RegExp;
  addressed: RegExp;
  meetingVerb: RegExp;
  pronounMeetingVerb: RegExp;
  hostVerb: RegExp;
  madeBy: RegExp;
  listsMembers: RegExp;
  travelTogether: RegExp;
  asideOpener: RegExp;
  delegationHead: RegExp;
  delegationMember: RegExp;
  onBehalf: RegExp;
  deceased: RegExp;
  deceasedAfter: RegExp;
  listIntro: RegExp;
  /** من، على، في before a list_intro word (، من بينهم A وB). */
  listIntroPrep: RegExp;
  /** وزراء، مسؤولو، ممثلو (folded): unnamed officials who may sign for both states. */
  unnamedSigners: RegExp;
  /** البلدين، الدولتين، الجانبين (folded). */
  bothStates: RegExp;
  /** وقع، وقعها، وقعهما (folded): a signing verb, with a pronoun pointing back to the document. */
  signingVerb: RegExp;
  /** وقعها، وقعهما (folded): a signing verb pointing back to the document by its pronoun. */
  signingVerbBack: RegExp;
  personTopic: RegExp;
  /** معهما، معهم، معا، بحضورهما (folded): guests spoken with jointly. */
  jointCue: RegExp;
  /** مبعوثي، سفيري، وزيري (folded): a dual or plural noun naming several guests at once. */
  jointGuests: RegExp;
  /** يلتقي، يستقبل، مع (folded): what a headline's joint guests noun follows. */
  jointHeadlineVerb: RegExp;
}

export interface EventLexicon {
  officeTitles: OfficeTitleWords;
  triggers: CompiledTrigger[];
  plover: Record<EventType, { event: string; mode: string | null }>;
  priority: Record<EventType, number>;
  absorbWindow: number;
  absorbable: Set<EventType>;
  groupWord: RegExp;
  videoWord: RegExp;
  irrealisBefore: { window: number; res: RegExp[] };
  irrealisAfter: { window: number; res: RegExp[] };
  futurePrefix: RegExp;
  /** Any of the past markers (one search over all of them). */
  anyPastMarker: TextTest;
  /** A whole token that can end a past marker (its last word): a text with none holds no past marker. */
  pastMarkerEnd: RegExp;
  pluperfect: RegExp;
  reportingVerb: RegExp;
  attendance: RegExp;
  pairRef: RegExp;
  pairHead: RegExp;
  pairTail: RegExp;
  counterpart: RegExp;
  honorific: RegExp;
  initiatorFrom: RegExp;
  initiatorRequest: RegExp[];
  /** Any of initiatorRequest: a sentence it does not match needs none of them tried. */
  anyInitiatorRequest: TextTest;
  initiatorSubject: RegExp;
  demonstrative: RegExp;
  definiteNoun: RegExp;
  /** برقيته، رسالتها (folded): a message with its sender's pronoun. */
  inMessage: RegExp;
  specificNext: RegExp;
  genericBefore: RegExp;
  personTitle: RegExp;
  spokesperson: RegExp;
  subjunctive: RegExp;
  initiatorRelative: RegExp;
  during: RegExp;
  /** Words opening a new clause after a comma (، كما، مؤكدا، وذلك): see "clause_openers". */
  clauseOpener: RegExp;
  /** شارك، بالمشاركة، مشاركته: see "taking_part". */
  takingPart: RegExp;
  /** قبيل، عقب، على هامش + (انعقاد) الاجتماع: see "beside_gathering", "gathering_refs", "gathering_stages". */
  besideGathering: RegExp;
  gatheringRef: RegExp;
  gatheringStage: RegExp;
  /** على هامش + قمة، مؤتمر، أعمال …: see "frame_gatherings". */
  frameGathering: RegExp;
  clauses: ClauseWords;
  participants: ParticipantWords;
  planBefore: RegExp;
  signatoryVerb: RegExp;
  signatoryMarker: RegExp;
  signedDocumentBack: RegExp;
  similarMessage: RegExp;
  messageCarrier: RegExp;
  addressTitle: RegExp;
  topicBeforeBetween: RegExp;
  referenceBefore: RegExp;
  witness: RegExp;
  invitation: RegExp;
  invitationGoal: RegExp;
}

/** Whether a text contains a match (a RegExp, or a needle test before one). */
export interface TextTest {
  test(text: string): boolean;
}

/**
 * One test that passes where any of the phrases matches. The word boundary every phrase opens
 * with is written once, before the alternation (the same test at the same place): an alternation
 * of branches that each open with a lookbehind is slower than the phrases tried one by one.
 * Texts without any phrase's needle (phraseNeedle) are answered without the phrase regex.
 */
function anyOf(phrases: string[]): TextTest {
  const sources = phrases.map((p) => compilePhrase(p));
  const re = sources.every((s) => s.startsWith(BOUNDARY_BEFORE))
    ? new RegExp(`${BOUNDARY_BEFORE}(?:${sources.map((s) => `(?:${s.slice(BOUNDARY_BEFORE.length)})`).join("|")})`, "u")
    : new RegExp(sources.map((s) => `(?:${s})`).join("|"), "u");
  const needles = phrases.map((p) => phraseNeedle(p));
  if (needles.some((n) => n === null)) return re;
  const gate = new RegExp(needles.map((n) => `(?:${n})`).join("|"), "u");
  return { test: (text) => gate.test(text) && re.test(text) };
}

const needleRegex = (source: string | null) => (source === null ? null : new RegExp(source, "gu"));

let cached: EventLexicon | null = null;

export function eventLexicon(): EventLexicon {
  if (cached) return cached;
  const file = loadJson<EventsFile>("data/lexicon/events.json");
  const triggers: CompiledTrigger[] = [];
  const plover = {} as EventLexicon["plover"];
  const priority = {} as EventLexicon["priority"];
  for (const [type, def] of Object.entries(file.types) as [EventType, EventsFile["types"][EventType]][]) {
    plover[type] = def.plover;
    priority[type] = def.priority;
    for (const t of def.triggers) {
      try {
        triggers.push({
          type,
          priority: def.priority,
          absorbs: def.absorbs,
          re: new RegExp(compilePhrase(t.p, file.macros), "uy"),
          first: firstWordRegex(t.p, file.macros),
          firstWhole: firstWordRegex(t.p, file.macros, false),
          needle: needleRegex(phraseNeedle(t.p, file.macros, { afterFirst: true })),
          conf: t.conf,
          unlessAfter: t.unless_after ? new RegExp(foldPattern(t.unless_after), "u") : null,
          bilateralIfTwo: t.bilateral_if_two === true,
          onePhrase: t.one_phrase === true,
          onlyAfter: t.only_after ? tokenRegex(t.only_after) : null,
          unlessBefore: t.unless_before ? tokenRegex(t.unless_before) : null,
        });
      } catch (err) {
        throw new Error(`data/lexicon/events.json: types.${type}: bad trigger "${t.p}": ${(err as Error).message}`);
      }
    }
  }
  const c = file.context;
  const o = file.office_titles;
  const words = (list: string[]) => new Set(list.map(normalize));
  const pairs = (rec: Record<string, string>) => new Map(Object.entries(rec).map(([k, v]) => [normalize(k), normalize(v)]));
  const heads = words(o.heads);
  const headSynonyms = pairs(o.head_synonyms);
  // headOf(w) = the synonym's target if w has one, else w itself, when that is a head.
  const headOfWord = new Map<string, string>();
  for (const h of heads) if (!headSynonyms.has(h)) headOfWord.set(h, h);
  for (const [w, h] of headSynonyms) if (heads.has(h)) headOfWord.set(w, h);
  cached = {
    officeTitles: {
      heads,
      headSynonyms,
      headOfWord,
      deputyHeads: words(o.deputy_heads),
      complementSynonyms: pairs(o.complement_synonyms),
      skip: words(o.skip),
      stateWords: words(o.state_words),
      stateHeads: words(o.state_heads),
      honorifics: words(o.honorifics),
      needComplement: words(o.need_complement),
      epithets: pairs(o.epithets ?? {}),
    },
    triggers,
    plover,
    priority,
    absorbWindow: file.absorb_window,
    absorbable: new Set(file.absorbable),
    groupWord: new RegExp(foldPattern(file.two_party.group_words), "u"),
    videoWord: new RegExp(foldPattern(file.two_party.video), "u"),
    irrealisBefore: { window: c.irrealis_before.window, res: c.irrealis_before.p.map(tokenRegex) },
    irrealisAfter: { window: c.irrealis_after.window, res: c.irrealis_after.p.map(tokenRegex) },
    futurePrefix: tokenRegex(c.future_prefix),
    anyPastMarker: anyOf(c.past_markers.p),
    pastMarkerEnd: new RegExp(`^(?:${c.past_markers.p.map((p) => lastWordSource(p)).join("|")})$`, "u"),
    pluperfect: tokenRegex(c.pluperfect),
    reportingVerb: tokenRegex(c.reporting_verbs),
    attendance: tokenRegex(c.attendance),
    pairRef: tokenRegex(c.pair_refs),
    pairHead: tokenRegex(c.pair_heads),
    pairTail: tokenRegex(c.pair_tails),
    counterpart: tokenRegex(c.counterpart),
    honorific: tokenRegex(c.honorific_pronouns),
    initiatorFrom: tokenRegex(c.initiator_from),
    initiatorRequest: c.initiator_request.map((p) => phraseRegex(p)),
    anyInitiatorRequest: anyOf(c.initiator_request),
    initiatorSubject: tokenRegex(c.initiator_subject),
    demonstrative: tokenRegex(c.anaphora.demonstrative),
    definiteNoun: tokenRegex(c.anaphora.definite_noun),
    inMessage: tokenRegex(c.anaphora.in_message),
    specificNext: tokenRegex(c.anaphora.specific_next),
    genericBefore: tokenRegex(c.generic_before),
    personTitle: tokenRegex(c.person_titles),
    spokesperson: tokenRegex(c.spokesperson),
    subjunctive: tokenRegex(c.subjunctive_before),
    initiatorRelative: tokenRegex(c.initiator_relative),
    during: tokenRegex(c.during),
    clauseOpener: tokenRegex(c.clause_openers),
    takingPart: tokenRegex(c.taking_part),
    besideGathering: tokenRegex(c.beside_gathering),
    gatheringRef: tokenRegex(c.gathering_refs),
    gatheringStage: tokenRegex(c.gathering_stages),
    frameGathering: tokenRegex(c.frame_gatherings),
    clauses: {
      pluralTrigger: tokenRegex(file.clauses.plural_triggers),
      count: tokenRegex(file.clauses.counts),
      kind: tokenRegex(file.clauses.kind_adjectives),
      femininePerson: tokenRegex(file.clauses.feminine_persons),
      departure: tokenRegex(file.clauses.departure),
      purpose: tokenRegex(file.clauses.purpose),
      planHead: tokenRegex(file.clauses.plan_heads),
      arrival: tokenRegex(file.clauses.arrival),
      localOffice: tokenRegex(file.clauses.local_office),
      localOfficeOfUnit: tokenRegex(file.clauses.local_office_of_unit),
      localUnit: tokenRegex(file.clauses.local_unit),
    },
    participants: {
      messageNoun: tokenRegex(file.participants.message_nouns),
      severalMessages: tokenRegex(file.participants.several_messages),
      addressed: tokenRegex(file.participants.addressed),
      meetingVerb: tokenRegex(file.participants.meeting_verbs),
      pronounMeetingVerb: tokenRegex(file.participants.pronoun_meeting_verbs),
      hostVerb: tokenRegex(file.participants.host_verbs),
      madeBy: tokenRegex(file.participants.made_by),
      listsMembers: tokenRegex(file.participants.lists_members),
      travelTogether: tokenRegex(file.participants.travel_together),
      asideOpener: tokenRegex(file.participants.aside_openers),
      delegationHead: tokenRegex(file.participants.delegation_head),
      delegationMember: tokenRegex(file.participants.delegation_member),
      onBehalf: tokenRegex(file.participants.on_behalf),
      deceased: tokenRegex(file.participants.deceased),
      deceasedAfter: tokenRegex(file.participants.deceased_after),
      listIntro: tokenRegex(file.participants.list_intro),
      listIntroPrep: tokenRegex(file.participants.list_intro_prep),
      unnamedSigners: tokenRegex(file.participants.unnamed_signers),
      bothStates: tokenRegex(file.participants.both_states),
      signingVerb: tokenRegex(file.participants.signing_verb),
      signingVerbBack: tokenRegex(file.participants.signing_verb_back),
      personTopic: tokenRegex(file.participants.person_topic),
      jointCue: tokenRegex(file.participants.joint_cue),
      jointGuests: tokenRegex(file.participants.joint_guests),
      jointHeadlineVerb: tokenRegex(file.participants.joint_headline_verbs),
    },
    planBefore: tokenRegex(c.plan_before),
    signatoryVerb: tokenRegex(c.signatory_verb),
    signatoryMarker: tokenRegex(c.signatory_marker),
    signedDocumentBack: tokenRegex(c.signed_document_back),
    similarMessage: tokenRegex(c.similar_message),
    messageCarrier: tokenRegex(c.message_carrier),
    addressTitle: tokenRegex(c.address_title),
    topicBeforeBetween: tokenRegex(c.topic_before_between),
    referenceBefore: tokenRegex(c.reference_before),
    witness: tokenRegex(c.witness),
    invitation: tokenRegex(c.invitation),
    invitationGoal: tokenRegex(c.invitation_goal),
  };
  return cached;
}
