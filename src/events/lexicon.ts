// Loads the event lexicon (data/lexicon/events.json) once and compiles it.
import { loadJson } from "../data-files.js";
import type { EventType } from "../types.js";
import { compilePhrase, firstWordRegex, foldPattern, phraseRegex, tokenRegex } from "./patterns.js";

interface TriggerEntry {
  p: string;
  conf: number;
  unless_after?: string;
  unless_before?: string;
  bilateral_if_two?: boolean;
}

interface EventsFile {
  macros: Record<string, string>;
  types: Record<EventType, { priority: number; absorbs: boolean; plover: { event: string; mode: string | null }; triggers: TriggerEntry[] }>;
  absorb_window: number;
  absorbable: EventType[];
  two_party: { group_words: string; video: string };
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
    anaphora: { demonstrative: string; definite_noun: string; specific_next: string };
    generic_before: string;
    person_titles: string;
    spokesperson: string;
    subjunctive_before: string;
    initiator_relative: string;
    during: string;
    plan_before: string;
  };
}

export interface CompiledTrigger {
  type: EventType;
  priority: number;
  absorbs: boolean;
  re: RegExp;
  /** Tests a token's folded form: can a match start at this token? */
  first: RegExp;
  conf: number;
  unlessAfter: RegExp | null;
  /** Tested on each of the three tokens before the trigger. */
  unlessBefore: RegExp | null;
  bilateralIfTwo: boolean;
}

export interface EventLexicon {
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
  pastMarkers: RegExp[];
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
  initiatorSubject: RegExp;
  demonstrative: RegExp;
  definiteNoun: RegExp;
  specificNext: RegExp;
  genericBefore: RegExp;
  personTitle: RegExp;
  spokesperson: RegExp;
  subjunctive: RegExp;
  initiatorRelative: RegExp;
  during: RegExp;
  planBefore: RegExp;
}

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
          conf: t.conf,
          unlessAfter: t.unless_after ? new RegExp(foldPattern(t.unless_after), "u") : null,
          bilateralIfTwo: t.bilateral_if_two === true,
          unlessBefore: t.unless_before ? tokenRegex(t.unless_before) : null,
        });
      } catch (err) {
        throw new Error(`data/lexicon/events.json: types.${type}: bad trigger "${t.p}": ${(err as Error).message}`);
      }
    }
  }
  const c = file.context;
  cached = {
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
    pastMarkers: c.past_markers.p.map((p) => phraseRegex(p)),
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
    initiatorSubject: tokenRegex(c.initiator_subject),
    demonstrative: tokenRegex(c.anaphora.demonstrative),
    definiteNoun: tokenRegex(c.anaphora.definite_noun),
    specificNext: tokenRegex(c.anaphora.specific_next),
    genericBefore: tokenRegex(c.generic_before),
    personTitle: tokenRegex(c.person_titles),
    spokesperson: tokenRegex(c.spokesperson),
    subjunctive: tokenRegex(c.subjunctive_before),
    initiatorRelative: tokenRegex(c.initiator_relative),
    during: tokenRegex(c.during),
    planBefore: tokenRegex(c.plan_before),
  };
  return cached;
}
